// emend: from a scanned thesis to a critical edition. Parses the command line,
// runs one stage, prints errors as file:line: message and maps them to exit codes.
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/temp_files.hpp"

namespace emend::cli {

std::string DataDir() {
  if (const char* env = std::getenv("EMEND_DATA_DIR"); env && *env) return env;
  return EMEND_DEFAULT_DATA_DIR;
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
      "Exit codes: 0 success, 1 bad input (file:line: message on stderr), 2 usage error, "
      "3 quality below baseline (eval), 4 some pages failed and were left empty (ocr), "
      "130 interrupted (ocr).");
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
  } catch (const emend::InputError& e) {
    std::cerr << e.what() << "\n";
    return kInputError;
  } catch (const std::filesystem::filesystem_error& e) {
    // "path: what went wrong", like every other message, not the library's text.
    const std::string path = e.path1().empty() ? std::string("emend") : e.path1().string();
    std::cerr << path << ": " << e.code().message() << "\n";
    return kInputError;
  } catch (const std::exception& e) {
    std::cerr << "emend: " << e.what() << "\n";
    return kInputError;
  }
  return kUsageError;
}
