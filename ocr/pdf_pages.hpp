// PDF scans as page images, through Poppler's C++ API (libpoppler-cpp).
//
// A scanned book in PDF holds one image per page. Each page is rendered at
// the resolution of its image (the image's pixels over the page's size), so
// that no pixel is lost or invented; a page whose image is bilevel comes back
// bilevel. Which image is a page's is judged by shape: Poppler's C++ API does
// not list a page's images, so the sizes of all images are read from their
// dictionaries in the file, and a page takes the resolution of an image whose
// width-to-height ratio is the page's. A page that no image fits is rendered
// at 300 dpi and says so in its resolution (the preprocessing then checks it
// against the text's x-height).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ocr/page_image.hpp"

namespace emend::ocr {

// Opens a PDF. Throws InputError ("file: message") when Poppler cannot read
// it (damaged), when it is encrypted with a password, when it has no pages,
// or when it holds no images at all (a PDF of text, not a scan).
std::unique_ptr<PageSource> OpenPdfPages(const std::string& path);

// The pixel sizes of the images a PDF file holds, in file order, read from
// their dictionaries (which are never compressed or encrypted), a few
// megabytes of the file at a time. Exposed for tests.
struct PdfImageSize {
  int width = 0, height = 0;
};
std::vector<PdfImageSize> PdfImageSizes(const std::string& path, bool* encrypted = nullptr);

// The resolution to render a page of `width_pt` x `height_pt` points that
// one of `images` fills: the largest among the images of the page's shape
// (within 3 %), rounded to a whole dpi; 0 when none has its shape.
int PdfPageDpi(double width_pt, double height_pt, const std::vector<PdfImageSize>& images);

}  // namespace emend::ocr
