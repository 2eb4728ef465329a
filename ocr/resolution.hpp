// The resolution of a page, checked against its text: a file's declared
// resolution is often wrong (72 dpi written by a scanner driver on a 300 dpi
// scan), and believing it would scale the page up fourfold. The x-height of
// printed and typed text is about 0.07 inch (0.045 to 0.12 for 8 to 14 point
// type), so the letters' height in pixels tells the resolution roughly.
#pragma once

#include <string>

struct Pix;

namespace emend::ocr {

// The typical x-height of a black-and-white page's text, in pixels: the most
// common height among its connected components of letter size (specks and
// rules left out). 0 when the page holds too few letters to tell (fewer than
// `min_letters` components at that height).
int MeasureXHeight(const Pix* binary, int min_letters = 60);

struct ResolutionCheck {
  int dpi = 0;           // the resolution to use
  bool changed = false;  // true when the text overruled the declared (or assumed) dpi
  std::string note;      // "declared 72 dpi, x-height 21 px: 300 dpi used" when changed
};

// Checks `declared` dpi against a measured x-height (0: not measured, the
// declared dpi stands). When the x-height in inches at the declared dpi is
// outside 0.035 to 0.13, the resolution is taken from the x-height instead
// (x-height / 0.07 inch, rounded to the nearest usual scanning resolution).
ResolutionCheck CheckResolution(int declared, int x_height);

}  // namespace emend::ocr
