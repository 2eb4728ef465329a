// The subcommands of the emend CLI. Each registers its options on the app and
// returns the function that runs it (returning the exit code).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/error.hpp"

namespace emend::cli {

// Exit codes, documented in README.md.
enum ExitCode : int {
  kOk = 0,
  kInputError = 1,     // an input is missing or not what it should be (ErrorKind::kInput)
  kUsageError = 2,     // wrong options or arguments (ErrorKind::kUsage)
  kQualityFailed = 3,  // eval --baseline: the scores fell below the baseline
  kIoError = 4,        // a read or write the system refused or failed (ErrorKind::kIo)
  kPagesFailed = 5,    // ocr: some pages failed; their inputs were written with them left empty
  kInterrupted = 130,  // stopped by Ctrl-C (SIGINT); unfinished outputs not written
};

// The exit code for an error of this kind.
int ExitCodeOf(ErrorKind kind);

// Where the project's data (dictionaries/, samples/) is: $EMEND_DATA_DIR; for
// the binary in the build tree, the source folder it was built from; for an
// installed one, <prefix>/share/emend (see core/data_dir.hpp).
std::string DataDir();

using Runner = std::function<int()>;

// Hands `object` over to the process's exit, which returns its memory with the
// rest: a command's loaded dictionaries (Hunspell's and WordNet's tables) are
// not torn down table by table after the work is done, a tenth of a second of
// CPU each `emend correct` (LLVM's BuryPointer does the same for clang). Still
// reachable (LeakSanitizer does not count it as a leak); its destructor does
// not run, so use it only for objects that own nothing but memory.
template <typename T>
void KeepUntilExit(std::unique_ptr<T> object) {
  static auto* kept = new std::vector<const void*>;
  kept->push_back(object.release());
}

// Runs a command and returns its exit code; an emend::Error it throws is
// printed (file:line:col: message, the line and a caret) and mapped to its
// exit code, and so are a filesystem error and, as an internal error, any
// other exception.
int RunReportingErrors(const Runner& run);

Runner AddCorrectCommand(CLI::App& app);
Runner AddEvalCommand(CLI::App& app);
Runner AddTeiCommand(CLI::App& app);
// `argv` is the program's whole command line (main's argv, kept for as long
// as the program runs): the runner runs emend-ocr with it (ocr_command.cpp).
Runner AddOcrCommand(CLI::App& app, char** argv);
Runner AddDictCommand(CLI::App& app);
Runner AddReviewCommand(CLI::App& app);
Runner AddRenderCommand(CLI::App& app);

}  // namespace emend::cli
