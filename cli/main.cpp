// emend: from a scanned thesis to a critical edition. Parses the command line,
// runs one stage, prints errors (file:line:col: message, the line and a
// caret) and maps their kind to the exit codes documented in README.md.
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "core/data_dir.hpp"
#include "core/temp_files.hpp"

namespace emend::cli {

std::string DataDir() {
  static const std::string dir = FindDataDir(
      ExecutablePath(), {EMEND_CLI_BUILD_DIR, EMEND_DEFAULT_DATA_DIR, EMEND_BIN_TO_DATA});
  return dir;
}

int ExitCodeOf(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInput:
      return kInputError;
    case ErrorKind::kUsage:
      return kUsageError;
    case ErrorKind::kIo:
      return kIoError;
  }
  return kInputError;
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
  Runner ocr = AddOcrCommand(app);
  Runner dict = AddDictCommand(app);
  Runner review = AddReviewCommand(app);
  Runner render = AddRenderCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kUsageError;
  }
  try {
    if (app.got_subcommand("correct")) return correct();
    if (app.got_subcommand("eval")) return eval();
    if (app.got_subcommand("tei")) return tei();
    if (app.got_subcommand("ocr")) return ocr();
    if (app.got_subcommand("dict")) return dict();
    if (app.got_subcommand("review")) return review();
    if (app.got_subcommand("render")) return render();
  } catch (const emend::Error& e) {
    std::cerr << emend::Diagnostic(e);
    return ExitCodeOf(e.kind());
  } catch (const std::filesystem::filesystem_error& e) {
    // "path: what went wrong", like every other message, not the library's text.
    const std::string path = e.path1().empty() ? std::string("emend") : e.path1().string();
    std::cerr << path << ": " << e.code().message() << "\n";
    return kIoError;
  } catch (const std::exception& e) {
    // Every expected failure is an emend::Error; anything else is a bug.
    std::cerr << "emend: internal error: " << e.what() << "\n";
    return kInputError;
  }
  return kUsageError;
}
