// The edition as one LaTeX file for XeLaTeX with reledmac: the author's
// footnotes as footnotes, the emendations as a line-numbered apparatus.
#pragma once

#include "render/renderer.hpp"

namespace emend::render {

class LatexRenderer : public Renderer {
 public:
  std::string_view name() const override { return "latex"; }
  bool writes_folder() const override { return false; }
  std::vector<OutputFile> Render(const tei::Document& document) const override;
};

}  // namespace emend::render
