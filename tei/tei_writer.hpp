// Writes a Document as the project's TEI: the inverse of tei/tei_reader.hpp,
// so that WriteTei(ReadTei(x)) == x for any x that emend wrote.
#pragma once

#include <string>

#include "tei/document.hpp"

namespace emend::tei {

// UTF-8 XML, one element per line where elements hold only elements, running
// text on one line. Deterministic.
std::string WriteTei(const Document& document);

}  // namespace emend::tei
