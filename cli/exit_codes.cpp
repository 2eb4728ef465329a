// Errors to messages and exit codes, for emend and emend-ocr alike.
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"

namespace emend::cli {

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

int RunReportingErrors(const Runner& run) {
  try {
    return run();
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
}

}  // namespace emend::cli
