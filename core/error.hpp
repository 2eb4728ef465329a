// Errors that a user can act on: which file, which line, what is wrong.
#pragma once

#include <stdexcept>
#include <string>

namespace emend {

// An input (text, dictionary, emendations file, ...) that cannot be used as
// given. what() is the full diagnostic, "file:line:col: message", with the
// parts that are unknown left out ("file: message" when there is no line).
class InputError : public std::runtime_error {
 public:
  // line and column are 1-based; 0 means "not known / not applicable".
  InputError(std::string file, int line, int column, const std::string& message);

  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }
  // The message without the "file:line:col: " prefix.
  const std::string& message() const { return message_; }

 private:
  std::string file_;
  int line_;
  int column_;
  std::string message_;
};

}  // namespace emend
