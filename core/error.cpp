#include "core/error.hpp"

#include <cerrno>
#include <cstring>

namespace emend {
namespace {

std::string Format(const std::string& file, int line, int column, const std::string& message) {
  std::string out = file;
  if (line > 0) out.append(":").append(std::to_string(line));
  if (line > 0 && column > 0) out.append(":").append(std::to_string(column));
  if (!out.empty()) out.append(": ");
  out.append(message);
  return out;
}

}  // namespace

Error::Error(ErrorKind kind, std::string file, int line, int column, const std::string& message)
    : std::runtime_error(Format(file, line, column, message)),
      kind_(kind),
      file_(std::move(file)),
      line_(line),
      column_(column),
      message_(message) {}

void ThrowOpenError(const std::string& path, int err) {
  const std::string message = std::string("cannot open: ") + std::strerror(err);
  if (err == ENOENT || err == ENOTDIR) throw InputError(path, 0, 0, message);
  throw IoError(path, message);
}

}  // namespace emend
