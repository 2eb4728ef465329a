// The page number printed on a page: a typescript numbers its pages at the
// top (centred or at the right), a printed book at the top or the foot.
#pragma once

#include <functional>
#include <string>

#include "ocr/engine.hpp"

struct Pix;

namespace emend::ocr {

struct PrintedPageNumber {
  std::string number;  // "12", "iv"; empty when the page shows none
  int line = -1;       // the line of the page that holds it (0-based), -1 when none
};

// Looks for the number in the page's top line, if it lies in the top sixth of
// the page (`page_height` pixels, the frame of the lines' boxes), then in its
// bottom line, if that lies in the bottom sixth. The line must hold nothing
// but the number: arabic (1 to 9999) or lower-case roman (i to xxxix), perhaps
// between dashes or in brackets ("- 12 -", "(iv)", "12.").
PrintedPageNumber FindPrintedPageNumber(const RecognizedPage& page, int page_height);

// The number a line's text shows, as above ("" when it is not only a page
// number). Exposed for tests.
std::string PageNumberOf(const std::string& line_text);

struct LostPageNumberOptions {
  // A digit is this tall, in the page's typical line heights (the median
  // height of its lines' boxes: a digit stands about as tall as a capital,
  // 0.6-0.75 of a line box); a speck is smaller, a rule or a stamp larger.
  double min_height = 0.4;
  double max_height = 1.3;
  // No glyph of a number is wider than this (line heights).
  double max_width = 1.1;
  // Glyphs this close (line heights) belong to one number.
  double max_gap = 0.6;
  // Longest number read (digits) and how many groups of ink are read at most.
  int max_digits = 4;
  int max_groups = 3;
  // The page needs this many lines to measure its line height.
  int min_lines = 3;
};

// A group of ink in the top sixth of `binary` that the engine read no word
// from: glyphs of a digit's size side by side, that no word the engine read
// with a letter or a digit covers (a lone small digit on top of a
// typescript's page is often dropped as noise, or read as a quote or a bar).
// Topmost first, at most options.max_groups. Exposed for tests.
std::vector<BoundingBox> FindLostPageNumberInk(const Pix* binary, const RecognizedPage& page,
                                               const LostPageNumberOptions& options = {});

// Reads the digits in a box of the page (padded as the reader needs);
// `confidence` gets the engine's 0..100. "" when none are read.
using ReadNumber = std::function<std::string(const BoundingBox& box, float* confidence)>;

// When FindPrintedPageNumber finds no number on `page`, reads each group of
// FindLostPageNumberInk with `read`; the first that gives a page number
// (PageNumberOf, at most options.max_digits digits) becomes a line of its own
// at the top of `page` (its word's repair says so), in place of any line the
// engine read from that ink (a quote, a bar), and is returned. Otherwise the
// page is left as it is and FindPrintedPageNumber's answer returned.
PrintedPageNumber ReadPrintedPageNumber(const Pix* binary, RecognizedPage& page,
                                        const ReadNumber& read,
                                        const LostPageNumberOptions& options = {});

}  // namespace emend::ocr
