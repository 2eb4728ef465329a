// The scanned copy's title-page block holds, besides the notices, what the
// scanner and the library's stamp left: an image's file name ("00001t.tif")
// and fragments of the stamp ("OF", "POUTICAL, AN0 pi"). Those become gaps.
#pragma once

#include <string_view>

namespace emend::tei {

// True for a line of the scan's title-page block that is scanner or stamp
// noise: an image file name; a lone word of one or two capitals; or a short
// line (four words at most) of capitals in which a word holds a 0 or a 1 read
// for a letter (AN0). Lines of the notices (UMI U615474, 1957:) are kept.
bool IsScanNoise(std::string_view line);

}  // namespace emend::tei
