// Errors that a user can act on: what kind of failure, which file, which line,
// what is wrong. Library code throws these; `emend`'s main prints them and maps
// their kind to the exit codes documented in README.md.
#pragma once

#include <stdexcept>
#include <string>

namespace emend {

// What went wrong, as the caller (and the exit code) needs to know it.
enum class ErrorKind {
  // An input the command reads is missing or cannot be used as given: its
  // content (encoding, a malformed line, a record that does not match), or
  // a named input file that does not exist. Exit code 1.
  kInput,
  // The command was asked for something it cannot do: a missing or
  // contradictory option, an argument naming nothing (a series number, an
  // id), an output that is one of the inputs. Exit code 2.
  kUsage,
  // The system refused or failed a read or a write: permission denied, disk
  // full, a folder that cannot be created or locked. Exit code 4.
  kIo,
};

// The common base. what() is the full diagnostic, "file:line:col: message",
// with the parts that are unknown left out ("file: message" when there is no
// line, "message" when there is no file).
class Error : public std::runtime_error {
 public:
  // line and column are 1-based (the column counts code points); 0 means
  // "not known / not applicable".
  Error(ErrorKind kind, std::string file, int line, int column, const std::string& message);

  ErrorKind kind() const { return kind_; }
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }
  // The message without the "file:line:col: " prefix.
  const std::string& message() const { return message_; }

 private:
  ErrorKind kind_;
  std::string file_;
  int line_;
  int column_;
  std::string message_;
};

// An input (text, dictionary, emendations file, ...) that cannot be used as given.
class InputError : public Error {
 public:
  InputError(std::string file, int line, int column, const std::string& message)
      : Error(ErrorKind::kInput, std::move(file), line, column, message) {}
};

// Options or arguments that do not make sense together. `where` names the
// command ("emend review") or the argument (a path) the message is about.
class UsageError : public Error {
 public:
  UsageError(std::string where, const std::string& message)
      : Error(ErrorKind::kUsage, std::move(where), 0, 0, message) {}
};

// A read or write the system refused or failed; `path` is the file or folder.
class IoError : public Error {
 public:
  IoError(std::string path, const std::string& message)
      : Error(ErrorKind::kIo, std::move(path), 0, 0, message) {}
};

// Throws the error for a failed open of an input: a file that does not exist
// (ENOENT, ENOTDIR) is an InputError, any other errno an IoError; the message
// is "cannot open: " and strerror(err).
[[noreturn]] void ThrowOpenError(const std::string& path, int err);

}  // namespace emend
