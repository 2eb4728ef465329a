#include "core/error.hpp"

namespace emend {
namespace {

std::string Format(const std::string& file, int line, int column, const std::string& message) {
  std::string out = file;
  if (line > 0) out.append(":").append(std::to_string(line));
  if (line > 0 && column > 0) out.append(":").append(std::to_string(column));
  out.append(": ").append(message);
  return out;
}

}  // namespace

InputError::InputError(std::string file, int line, int column, const std::string& message)
    : std::runtime_error(Format(file, line, column, message)),
      file_(std::move(file)),
      line_(line),
      column_(column),
      message_(message) {}

}  // namespace emend
