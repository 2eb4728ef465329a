#include "tei/reading.hpp"

#include <algorithm>
#include <cstdio>

#include "core/error.hpp"
#include "core/utf8.hpp"

namespace emend::tei {
namespace {

// Byte offset of the 1-based code point column in s, or npos past the end.
// 64-bit: a record's length + 1 must not overflow (a length of 2^31 - 1).
size_t ByteOffset(const std::string& s, long long column) {
  size_t i = 0;
  for (long long c = 1; c < column; ++c) {
    if (i >= s.size()) return std::string::npos;
    utf8::Next(s, i);
  }
  return i;
}

bool NameStart(char32_t c) {
  return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6) ||
         (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
         (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
         (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

bool NameChar(char32_t c) {
  return NameStart(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7 ||
         (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

}  // namespace

bool IsNcName(std::string_view s) {
  if (s.empty() || utf8::FindInvalid(s) != std::string_view::npos) return false;
  size_t i = 0;
  if (!NameStart(utf8::Next(s, i))) return false;
  while (i < s.size()) {
    if (!NameChar(utf8::Next(s, i))) return false;
  }
  return true;
}

void CheckEmendationBytes(const std::string& bytes, const std::string& path) {
  size_t start = 0;
  int row = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string::npos) end = bytes.size();
    const std::string_view line(bytes.data() + start, end - start);
    start = end + 1;
    ++row;
    if (const size_t bad = utf8::FindInvalid(line); bad != std::string_view::npos) {
      throw InputError(path, row, static_cast<int>(bad) + 1,
                       "invalid UTF-8; the file must be UTF-8");
    }
    // Columns are counted in characters, as everywhere in emend.
    int column = 1;
    for (size_t i = 0; i < line.size(); ++column) {
      const char32_t c = utf8::Next(line, i);
      if (c == '\t') continue;
      if (c == '\r')
        throw InputError(path, row, column, "CRLF line end; convert the file to LF line ends");
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
        throw InputError(path, row, column,
                         std::string("control character ") + code + " in a field");
      }
    }
    if (row == 1) continue;  // the header, checked by the parser
    const std::string_view id = line.substr(0, line.find('\t'));
    if (!IsNcName(id)) {
      throw InputError(path, row, 1,
                       "id '" + std::string(id) +
                           "' is not an XML name (a letter or _, then letters, digits, . - _)");
    }
  }
}

std::vector<ReadingLine> ApplyEmendations(const std::vector<std::string>& ocr,
                                          const std::vector<correct::Emendation>& emendations,
                                          const std::string& path) {
  using correct::EmendationClass;
  using correct::EmendationStatus;
  // Records by line, remembering their row in the file (the header is row 1).
  std::vector<std::vector<size_t>> by_line(ocr.size());
  for (size_t r = 0; r < emendations.size(); ++r) {
    const correct::Emendation& e = emendations[r];
    const int row = static_cast<int>(r) + 2;
    if (e.line < 1 || static_cast<size_t>(e.line) > ocr.size()) {
      throw InputError(path, row, 0,
                       "emendation " + e.id + " is on line " + std::to_string(e.line) +
                           ", but the text has " + std::to_string(ocr.size()) + " lines");
    }
    by_line[static_cast<size_t>(e.line) - 1].push_back(r);
  }
  std::vector<ReadingLine> out(ocr.size());
  for (size_t k = 0; k < ocr.size(); ++k) {
    const std::string& line = ocr[k];
    auto& records = by_line[k];
    std::sort(records.begin(), records.end(),
              [&](size_t a, size_t b) { return emendations[a].column < emendations[b].column; });
    ReadingLine& reading = out[k];
    size_t done = 0;
    for (size_t r : records) {
      const correct::Emendation& e = emendations[r];
      const int row = static_cast<int>(r) + 2;
      if (e.emendation_class == EmendationClass::kNoise) {
        reading.noise = true;
        continue;
      }
      const size_t begin = ByteOffset(line, e.column);
      // Bytes from the column over the record's length; npos when that runs
      // past the line's end (or the column is past it).
      const size_t bytes =
          begin == std::string::npos
              ? begin
              : ByteOffset(line.substr(begin), static_cast<long long>(e.length) + 1);
      // Past the line's end, the record is shown against what is there.
      const std::string found = begin == std::string::npos ? "" : line.substr(begin, bytes);
      if (found != e.ocr) {
        throw InputError(path, row, 0,
                         "emendation " + e.id + " does not match the text: line " +
                             std::to_string(e.line) + " has '" + found + "' at column " +
                             std::to_string(e.column) + ", the record says '" + e.ocr + "'");
      }
      // What is there may still be the record's OCR text when the length is
      // wrong: the span must lie within the line.
      if (bytes == std::string::npos) {
        throw InputError(path, row, 0,
                         "emendation " + e.id + " runs past the end of line " +
                             std::to_string(e.line) + " (column " + std::to_string(e.column) +
                             ", length " + std::to_string(e.length) + "; the line has " +
                             std::to_string(utf8::Length(line)) + " characters)");
      }
      if (begin < done) {
        throw InputError(path, row, 0, "emendation " + e.id + " overlaps the one before it");
      }
      if (begin > done) reading.segments.push_back({line.substr(done, begin - done), nullptr});
      const bool shown =
          e.status == EmendationStatus::kApplied || e.status == EmendationStatus::kAccepted;
      reading.segments.push_back({shown ? e.reading : e.ocr, &e});
      done = begin + bytes;
    }
    if (done < line.size() || reading.segments.empty()) {
      reading.segments.push_back({line.substr(done), nullptr});
    }
    for (const Segment& s : reading.segments) reading.text += s.text;
  }
  return out;
}

}  // namespace emend::tei
