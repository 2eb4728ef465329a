// The registry of formats.
#include "render/html_renderer.hpp"
#include "render/latex_renderer.hpp"
#include "render/renderer.hpp"

namespace emend::render {

std::unique_ptr<Renderer> MakeRenderer(std::string_view format) {
  if (format == "latex") return std::make_unique<LatexRenderer>();
  if (format == "html") return std::make_unique<HtmlRenderer>();
  return nullptr;
}

std::vector<std::string> RendererNames() { return {"html", "latex"}; }

}  // namespace emend::render
