// Reads a TEI document of the project's subset (what `emend tei` writes, see
// tei/emend-tei.rng) into the typed Document the renderers walk.
#pragma once

#include <string>

#include "tei/document.hpp"

namespace emend::tei {

// Parses xml, naming path in errors. Strict: an element or attribute outside
// the subset is an InputError ("path:line:col: unexpected <hi> in <p>"), so
// nothing is silently lost. White space between elements that hold only
// elements is layout; inside running text it is kept.
Document ReadTei(const std::string& xml, const std::string& path);

// Reads the file at path ("-" for standard input) and parses it.
Document ReadTeiFile(const std::string& path);

}  // namespace emend::tei
