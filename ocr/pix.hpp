// Ownership of Leptonica images: a Pix is destroyed when its handle goes out
// of scope, so no early return or exception leaks one.
#pragma once

#include <memory>

struct Pix;

namespace emend::ocr {

struct PixDeleter {
  void operator()(Pix* pix) const;
};

// Owns one reference to a Leptonica image (null when empty).
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// Silences Leptonica's messages on stderr (the library reports failures as
// values instead). Safe to call more than once and from any thread.
void QuietLeptonica();

}  // namespace emend::ocr
