// emend: from a scanned thesis to a critical edition. Parses the command line,
// runs one stage, prints errors (file:line:col: message, the line and a
// caret) and maps their kind to the exit codes documented in README.md.
#include "cli/commands.hpp"
#include "core/data_dir.hpp"
#include "core/temp_files.hpp"

namespace emend::cli {

std::string DataDir() {
  static const std::string dir = FindDataDir(
      ExecutablePath(), {EMEND_CLI_BUILD_DIR, EMEND_DEFAULT_DATA_DIR, EMEND_BIN_TO_DATA});
  return dir;
}

}  // namespace emend::cli

int main(int argc, char** argv) {
  using namespace emend::cli;
  // A stop by Ctrl-C or kill removes the temporary files being written.
  emend::RemoveTempsOnSignals();
  CLI::App app{"emend: OCR of a scanned thesis to a critical edition"};
  app.set_version_flag("--version", std::string("emend ") + EMEND_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 success, 1 bad input (file:line:col: message on stderr), 2 usage error, "
      "3 quality below baseline (eval), 4 a file could not be read or written, "
      "5 some pages failed and were left empty (ocr), 130 interrupted.");
  Runner correct = AddCorrectCommand(app);
  Runner eval = AddEvalCommand(app);
  Runner tei = AddTeiCommand(app);
  Runner ocr = AddOcrCommand(app, argv);
  Runner dict = AddDictCommand(app);
  Runner review = AddReviewCommand(app);
  Runner render = AddRenderCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kUsageError;
  }
  return RunReportingErrors([&]() -> int {
    if (app.got_subcommand("correct")) return correct();
    if (app.got_subcommand("eval")) return eval();
    if (app.got_subcommand("tei")) return tei();
    if (app.got_subcommand("ocr")) return ocr();
    if (app.got_subcommand("dict")) return dict();
    if (app.got_subcommand("review")) return review();
    if (app.got_subcommand("render")) return render();
    return kUsageError;
  });
}
