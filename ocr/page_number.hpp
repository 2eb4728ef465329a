// The page number printed on a page: a typescript numbers its pages at the
// top (centred or at the right), a printed book at the top or the foot.
#pragma once

#include <string>

#include "ocr/engine.hpp"

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

}  // namespace emend::ocr
