#include "core/text_file.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "core/error.hpp"
#include "core/utf8.hpp"

namespace emend {
namespace {

// The line in NFC. ICU fails only when its data is missing or broken; that
// is reported, never answered with the line as it was.
std::string ToNfc(const std::string& line, const std::string& name, int number) {
  bool ascii = true;
  for (unsigned char c : line) ascii &= c < 0x80;
  if (ascii) return line;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  auto fail = [&] {
    throw InputError(
        name, number, 0,
        std::string("cannot normalise the line to NFC (ICU: ") + u_errorName(status) + ")");
  };
  if (U_FAILURE(status)) fail();
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(line);
  const bool normal_already = nfc->isNormalized(text, status);
  if (U_FAILURE(status)) fail();
  if (normal_already) return line;
  icu::UnicodeString normal = nfc->normalize(text, status);
  if (U_FAILURE(status)) fail();
  std::string out;
  normal.toUTF8String(out);
  return out;
}

}  // namespace

std::vector<std::string> SplitTextLines(const std::string& bytes, const TextReadOptions& options) {
  const std::string& name = options.display_name;
  if (bytes.empty()) {
    if (options.allow_empty) return {};
    throw InputError(name, 0, 0, "the file is empty");
  }
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) {
    throw InputError(name, 1, 1,
                     "starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM");
  }
  std::vector<std::string> lines;
  size_t start = 0;
  int number = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string::npos) end = bytes.size();
    std::string_view line(bytes.data() + start, end - start);
    ++number;
    if (line.size() > options.max_line_bytes) {
      throw InputError(name, number, 0,
                       "line is " + std::to_string(line.size()) + " bytes long (the limit is " +
                           std::to_string(options.max_line_bytes) +
                           "): not a text file of this kind");
    }
    if (size_t nul = line.find('\0'); nul != std::string_view::npos) {
      throw InputError(name, number, static_cast<int>(nul) + 1,
                       "NUL byte (binary data, or UTF-16 text): expected UTF-8 text");
    }
    if (!line.empty() && line.back() == '\r') {
      throw InputError(name, number, static_cast<int>(line.size()),
                       "CRLF line end; convert the file to LF line ends (e.g. dos2unix)");
    }
    if (size_t bad = utf8::FindInvalid(line); bad != std::string_view::npos) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(line[bad]));
      throw InputError(name, number, static_cast<int>(bad) + 1,
                       std::string("invalid UTF-8 at byte ") + std::to_string(bad + 1) + " (" +
                           hex +
                           "); convert the file to UTF-8 (e.g. iconv -f WINDOWS-1250 -t UTF-8)");
    }
    lines.push_back(ToNfc(std::string(line), name, number));
    start = end + 1;
  }
  return lines;
}

std::string ReadFileBytes(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) ThrowOpenError(path, errno);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw IoError(path, "cannot read the file");
  return bytes;
}

std::vector<std::string> ReadTextLines(const std::string& path, TextReadOptions options) {
  if (options.display_name.empty()) options.display_name = path == "-" ? "<stdin>" : path;
  return SplitTextLines(ReadFileBytes(path), options);
}

}  // namespace emend
