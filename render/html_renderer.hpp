// The edition as a static HTML site: an index with the contents, a page per
// chapter, the bibliography; footnotes and emendations readable in place.
#pragma once

#include "render/renderer.hpp"

namespace emend::render {

class HtmlRenderer : public Renderer {
 public:
  std::string_view name() const override { return "html"; }
  bool writes_folder() const override { return true; }
  std::vector<OutputFile> Render(const tei::Document& document) const override;
};

}  // namespace emend::render
