// emend render --format latex|html THESIS.tei.xml -o OUT
#include <iostream>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/output_file.hpp"
#include "core/output_folder.hpp"
#include "render/renderer.hpp"
#include "tei/tei_reader.hpp"

namespace emend::cli {
namespace {

struct RenderArgs {
  std::string format;
  std::string input;
  std::string output;
};

int Run(const RenderArgs& args) {
  std::unique_ptr<render::Renderer> renderer = render::MakeRenderer(args.format);
  if (!renderer) throw UsageError("emend render", "unknown format '" + args.format + "'");
  if (renderer->writes_folder() && (args.output.empty() || args.output == "-")) {
    throw UsageError("emend render",
                     "--format " + args.format + " writes a folder: give it with -o");
  }
  const std::string output = args.output.empty() ? "-" : args.output;
  RefuseToOverwrite(args.input, output);
  const tei::Document document = tei::ReadTeiFile(args.input);
  const std::vector<OutputFile> files = renderer->Render(document);
  if (renderer->writes_folder()) {
    WriteFolderAtomically(output, files);
  } else {
    WriteFileAtomically(output, files.empty() ? std::string() : files.front().contents);
  }
  return kOk;
}

}  // namespace

Runner AddRenderCommand(CLI::App& app) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App* cmd = app.add_subcommand(
      "render",
      "Render the TEI edition as LaTeX (for XeLaTeX and reledmac) or as a static HTML site.");
  std::string formats;
  for (const std::string& name : render::RendererNames())
    formats += (formats.empty() ? "" : ", ") + name;
  cmd->add_option("--format", args->format, "the output format: " + formats)->required();
  cmd->add_option("input", args->input, "the TEI document (emend tei); - for standard input")
      ->required();
  cmd->add_option(
      "-o,--output", args->output,
      "latex: the .tex file (- or nothing for standard output); html: the site's folder, "
      "replaced as a whole if emend wrote it, refused otherwise");
  return [args] { return Run(*args); };
}

}  // namespace emend::cli
