#include "tei/reading.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "core/utf8.hpp"

namespace emend::tei {
namespace {

// Byte offset of the 1-based code point column in s, or npos past the end.
size_t ByteOffset(const std::string& s, int column) {
  size_t i = 0;
  for (int c = 1; c < column; ++c) {
    if (i >= s.size()) return std::string::npos;
    utf8::Next(s, i);
  }
  return i;
}

}  // namespace

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
    std::sort(records.begin(), records.end(), [&](size_t a, size_t b) {
      return emendations[a].column < emendations[b].column;
    });
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
      const size_t end = begin == std::string::npos ? begin : ByteOffset(line.substr(begin), e.length + 1);
      const std::string found =
          begin == std::string::npos || end == std::string::npos ? "" : line.substr(begin, end);
      if (found != e.ocr) {
        throw InputError(path, row, 0,
                         "emendation " + e.id + " does not match the text: line " +
                             std::to_string(e.line) + " has '" + found + "' at column " +
                             std::to_string(e.column) + ", the record says '" + e.ocr + "'");
      }
      if (begin < done) {
        throw InputError(path, row, 0, "emendation " + e.id + " overlaps the one before it");
      }
      if (begin > done) reading.segments.push_back({line.substr(done, begin - done), nullptr});
      const bool shown = e.status == EmendationStatus::kApplied ||
                         e.status == EmendationStatus::kAccepted;
      reading.segments.push_back({shown ? e.reading : e.ocr, &e});
      done = begin + end;
    }
    if (done < line.size() || reading.segments.empty()) {
      reading.segments.push_back({line.substr(done), nullptr});
    }
    for (const Segment& s : reading.segments) reading.text += s.text;
  }
  return out;
}

}  // namespace emend::tei
