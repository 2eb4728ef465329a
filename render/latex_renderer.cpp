#include "render/latex_renderer.hpp"

#include <stdexcept>

namespace emend::render {

// Placeholder until the renderer is written (issue 4); emend render refuses.
std::vector<OutputFile> LatexRenderer::Render(const tei::Document&) const {
  throw std::runtime_error("the latex renderer is not written yet");
}

}  // namespace emend::render
