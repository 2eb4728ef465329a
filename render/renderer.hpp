// The renderers' one interface: a renderer turns the TEI edition (read with
// tei/tei_reader.hpp, never the OCR text) into the files of one format. A new
// format is one new class plus a line in render/renderers.cpp.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/output_folder.hpp"
#include "tei/document.hpp"

namespace emend::render {

class Renderer {
 public:
  virtual ~Renderer() = default;
  // The --format name: "latex", "html".
  virtual std::string_view name() const = 0;
  // True when the rendering is a folder of files (a site), false for one file.
  virtual bool writes_folder() const = 0;
  // The rendered files; a one-file format returns exactly one, its path unused.
  // Pure: no I/O, deterministic (the same document gives the same bytes).
  virtual std::vector<OutputFile> Render(const tei::Document& document) const = 0;
};

// The renderer for a format name, or nullptr if there is none.
std::unique_ptr<Renderer> MakeRenderer(std::string_view format);
// The format names, for --help and errors.
std::vector<std::string> RendererNames();

}  // namespace emend::render
