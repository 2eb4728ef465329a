// Reading page images: PNG, JPEG, TIFF with any number of pages, and PDF
// scans (each page rendered at the resolution of the image it holds, with
// Poppler; see pdf_pages.hpp). Every failure is an InputError naming the file,
// and the page when the file holds several.
#pragma once

#include <memory>
#include <string>

#include "ocr/pix.hpp"

namespace emend::ocr {

// A file of pages opened once and read a page at a time, so that a long book
// never sits in memory whole.
class PageSource {
 public:
  virtual ~PageSource() = default;
  // How many pages the file holds (at least 1).
  virtual int pages() const = 0;
  // Page `index` (0-based), decoded, with its resolution set when the file
  // declares one (a PNG by libpng, quietly, into the image Leptonica would
  // give; the other formats by Leptonica). Throws InputError ("file: page N: message" for a file of
  // several pages, "file: message" for a single image) when the page cannot
  // be decoded or has no pixels; the other pages stay readable. Safe to call
  // from several threads at once.
  virtual PixPtr Read(int index) const = 0;
};

// Opens a page file, recognised by its first bytes. Throws InputError
// ("file: message") when the file is missing, empty, of an unsupported
// format, damaged as a whole, encrypted, or holds no pages.
std::unique_ptr<PageSource> OpenPages(const std::string& path);

// OpenPages(path)->pages().
int CountPages(const std::string& path);

// OpenPages(path)->Read(index).
PixPtr ReadPage(const std::string& path, int index);

// The resolution the file declares for the page, or 0 when it declares none.
int DeclaredDpi(const Pix* page);

}  // namespace emend::ocr
