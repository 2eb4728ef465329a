// The edition's page design for XeLaTeX: the document class, fonts and
// languages, reledmac's two footnote series (the author's notes, then the
// apparatus of emendations) and the emend* macros the renderer's body uses.
// Every piece of markup the body relies on is defined here, so the look of
// the edition changes in this one place.
#pragma once

#include <string>

#include "tei/document.hpp"

namespace emend::render {

// From \documentclass to \begin{document}, with the PDF's title and author
// taken from the document's header (escaped). Deterministic: no dates.
std::string LatexPreamble(const tei::HeaderSummary& header);

}  // namespace emend::render
