// The subcommands of the emend CLI. Each registers its options on the app and
// returns the function that runs it (returning the exit code).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace emend::cli {

// Exit codes, documented in README.md.
enum ExitCode : int {
  kOk = 0,
  kInputError = 1,     // a file could not be read or is not what it should be
  kUsageError = 2,     // wrong options
  kQualityFailed = 3,  // eval --baseline: the scores fell below the baseline
  kPagesFailed = 4,    // ocr: some pages failed; their inputs were written with them left empty
  kInterrupted = 130,  // ocr: stopped by Ctrl-C; unfinished outputs not written
};

// Where the project's data (dictionaries/, samples/) is: $EMEND_DATA_DIR, or
// the source folder the binary was built from.
std::string DataDir();

using Runner = std::function<int()>;
Runner AddCorrectCommand(CLI::App& app);
Runner AddEvalCommand(CLI::App& app);
Runner AddTeiCommand(CLI::App& app);
Runner AddOcrCommand(CLI::App& app);
Runner AddDictCommand(CLI::App& app);
Runner AddReviewCommand(CLI::App& app);
Runner AddRenderCommand(CLI::App& app);

}  // namespace emend::cli
