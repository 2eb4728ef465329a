// The edition set again as the typescript it was read from: the test book of
// the path from scans to edition (bench/synthetic_book.sh rasterises and
// degrades it, emend reads it back). One sheet for each page of the TEI, its
// printed number on top as the thesis has it; the author's notes as raised
// marks with their text at the foot of their sheet; a monospaced face,
// widely spaced, Cyrillic and č ć š ž as typed.
//
// A folder: book.tex (for XeLaTeX) and the ground truth a reading of the
// scans is scored against:
//   truth/pages.tsv   sheet (1-based, as the PDF numbers them), printed page
//                     number ("" for none), the note numbers on it
//   truth/NNNN.txt    sheet NNNN's text: its printed number, its body (a
//                     note's mark as its number right after the word), a
//                     blank line, then its notes, "n text" each
// A note the scan lost (kept as a gap) is left out: its text is unknown.
#pragma once

#include "render/renderer.hpp"

namespace emend::render {

class TypescriptRenderer : public Renderer {
 public:
  std::string_view name() const override { return "typescript"; }
  bool writes_folder() const override { return true; }
  std::vector<OutputFile> Render(const tei::Document& document) const override;
};

}  // namespace emend::render
