// The registry of formats.
#include <cstdlib>

#include "render/html_renderer.hpp"
#include "render/latex_renderer.hpp"
#include "render/renderer.hpp"
#include "render/typescript_renderer.hpp"

namespace emend::render {

std::unique_ptr<Renderer> MakeRenderer(std::string_view format) {
  if (format == "latex") return std::make_unique<LatexRenderer>();
  if (format == "html") {
    // The build date readers see: the reproducible-builds convention's date.
    HtmlOptions options;
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch)
      options.build_date = DateFromEpoch(epoch);
    return std::make_unique<HtmlRenderer>(std::move(options));
  }
  if (format == "typescript") return std::make_unique<TypescriptRenderer>();
  return nullptr;
}

std::vector<std::string> RendererNames() { return {"html", "latex", "typescript"}; }

}  // namespace emend::render
