// Reading page images: PNG, and TIFF with any number of pages. Every failure
// is an InputError naming the file (and the page of a multi-page TIFF).
#pragma once

#include <string>

#include "ocr/pix.hpp"

namespace emend::ocr {

// How many pages the file holds (1 for PNG). Throws InputError ("file:
// message") when the file is missing, empty, of an unsupported format, or not
// a readable image.
int CountPages(const std::string& path);

// Page `index` (0-based) of the file: a PNG decoded by libpng (quietly, into
// the image Leptonica would give), a TIFF page by Leptonica. Throws InputError
// when it cannot be decoded (a truncated file, corrupt PNG data, an image over
// Leptonica's 2 GiB limit) or has no pixels.
PixPtr ReadPage(const std::string& path, int index);

// The resolution the file declares for the page, or 0 when it declares none.
int DeclaredDpi(const Pix* page);

}  // namespace emend::ocr
