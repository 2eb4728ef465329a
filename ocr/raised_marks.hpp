// Raised note marks: a typescript's footnote numbers stand above the line in
// smaller type (`leadership.¹⁵³`), and a whole-page recogniser reads them as
// quotes and glyphs (`leadership.?°?`, `'°°`, `!*!`) or drops them. This pass
// finds them in the page's ink and has them read again as digits alone.
//
// A mark is found from the line's connected components (Leptonica) against
// the baseline the engine fitted: glyphs whose bottom stands well above the
// baseline and whose height is about the line's x-height (a quote or an
// apostrophe is about half as tall, an accent or a dot less), in a run that
// follows the ink of a word closely (a mark is glued to the word or the
// punctuation it follows). The run is read again with digits only; what the
// engine read for that ink (the symbols whose boxes fall in the run) is
// replaced by the digits, glued to the word before it.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ocr/engine.hpp"

struct Pix;

namespace emend::ocr {

struct RaisedMarkOptions {
  // A raised glyph's bottom stands at least this many x-heights above the
  // baseline (a typewriter's or LaTeX's superscript: about half an x-height).
  double min_lift = 0.3;
  // Its height, in x-heights: a superscript digit is 0.75-0.95 of the body's
  // x-height; a quote, an apostrophe or an accent is 0.5 or less.
  double min_height = 0.62;
  double max_height = 1.2;
  // Glyphs this close (x-heights) belong to one mark; a mark this close
  // after a word's ink is glued to that word. A typewriter's word space
  // leaves more than 1.1 x-heights between inks; a thin bilevel scan opens
  // the gap before a mark to 0.9.
  double max_gap = 1.0;
  // Longest mark read, in digits (notes are numbered up to a few hundred per
  // chapter); a reading longer than this, or not all digits, is not used.
  int max_digits = 3;
};

// A run of raised glyphs on a line of the cleaned page.
struct RaisedMark {
  BoundingBox box;     // the run's ink, in the cleaned page
  int x_height = 0;    // the line's x-height, pixels
  int ink_before = 0;  // the middle (x) of the glyph the mark follows
};

// Finds the raised marks of `line` in `binary` (the 1 bpp image the engine
// read). None when the line has no baseline or too little ink to measure
// its x-height.
std::vector<RaisedMark> FindRaisedMarks(const Pix* binary, const RecognizedLine& line,
                                        const RaisedMarkOptions& options = {});

// Reads the digits in a box of the page; "" when none are read.
using ReadDigits = std::function<std::string(const BoundingBox& box)>;

// Joins the lines the engine split where a raised mark stood ("...cause of
// Socialism.4" and "1 The aim of the..." read as two lines, the second put
// before the first): two lines side by side, overlapping vertically by half
// the shorter one's height or more, at most a line's height apart or over each
// other by as much (a word box may run over the mark), become one
// line (the left one's words, then the right one's; the baseline of the one
// with more words). Lines one above the other are never joined.
void JoinSplitLines(RecognizedPage& page);

// Joins split lines (JoinSplitLines), then finds the raised marks on every line of `page`, reads
// each with `read`, and writes the digits into the line's words in place of what the engine read
// there (a word's engine_text keeps its first reading and its repair says "raised note mark").
// Returns how many marks were written.
int ReadRaisedMarks(const Pix* binary, RecognizedPage& page, const ReadDigits& read,
                    const RaisedMarkOptions& options = {});

}  // namespace emend::ocr
