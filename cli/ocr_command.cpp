// emend ocr PAGE_IMAGE... -o DIR [--jobs N] [--shard K/N | --merge]
// The emend binary checks the command line here and then runs emend-ocr
// (ocr_main.cpp) in its own place, with the same arguments: only that program
// loads the OCR libraries, whose loading made every start of emend cost
// 14 ms of CPU instead of 2 (`emend --version`; the CLI tests start it 191 times).
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/ocr_options.hpp"
#include "core/data_dir.hpp"

namespace emend::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kOcrProgram = "emend-ocr";

// Where emend-ocr may be: beside this binary (the build tree), then where
// `cmake --install` puts it from this binary's folder (EMEND_BIN_TO_OCR).
std::vector<fs::path> OcrProgramPlaces() {
  const std::string self = ExecutablePath();
  if (self.empty()) return {};
  const fs::path folder = fs::path(self).parent_path();
  return {folder / kOcrProgram, (folder / EMEND_BIN_TO_OCR / kOcrProgram).lexically_normal()};
}

// Replaces this process with emend-ocr, given `argv` as it is. Returns only
// when it could not be started, with the exit code.
int RunOcrProgram(char** argv) {
  // Tesseract's OpenMP threads oversubscribe a small machine; their runtime
  // reads the limit once, when emend-ocr starts.
  setenv("OMP_THREAD_LIMIT", "1", 0);
  const std::vector<fs::path> places = OcrProgramPlaces();
  for (const fs::path& place : places) {
    if (access(place.c_str(), X_OK) != 0) continue;
    execv(place.c_str(), argv);
    std::cerr << place.string() << ": " << std::strerror(errno) << "\n";
    return kIoError;
  }
  std::cerr << "emend: " << kOcrProgram
            << ", the program that runs `emend ocr`, is missing (looked in";
  for (const fs::path& place : places) std::cerr << " " << place.parent_path().string();
  std::cerr << "): build or install it with emend\n";
  return kIoError;
}

}  // namespace

Runner AddOcrCommand(CLI::App& app, char** argv) {
  // Read only by emend-ocr: here the options are checked.
  auto args = std::make_shared<OcrArgs>();
  AddOcrOptions(app, *args);
  return [args, argv] { return RunOcrProgram(argv); };
}

}  // namespace emend::cli
