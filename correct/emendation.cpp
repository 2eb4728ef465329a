#include "correct/emendation.hpp"

#include <array>
#include <charconv>
#include <cstdio>

#include "core/error.hpp"
#include "core/tsv_field.hpp"

namespace emend::correct {
namespace {

constexpr std::array<std::string_view, 7> kClassNames = {
    "apostrophe", "split", "diacritic", "cyrillic", "confusion", "punct", "noise"};
constexpr std::array<std::string_view, 4> kStatusNames = {"applied", "flagged", "accepted",
                                                          "rejected"};
constexpr std::string_view kHeader =
    "id\tline\tcolumn\tlength\tocr\treading\tclass\tconfidence\tstatus\tevidence";
constexpr size_t kFields = 10;

template <typename Enum, size_t N>
bool ParseName(std::string_view s, const std::array<std::string_view, N>& names, Enum& out) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == s) {
      out = static_cast<Enum>(i);
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view ClassName(EmendationClass c) { return kClassNames[static_cast<size_t>(c)]; }
std::string_view StatusName(EmendationStatus s) { return kStatusNames[static_cast<size_t>(s)]; }

std::string FormatEmendations(const std::vector<Emendation>& emendations) {
  std::string out(kHeader);
  out += '\n';
  char confidence[16];
  for (const Emendation& e : emendations) {
    std::snprintf(confidence, sizeof confidence, "%.2f", e.confidence);
    out += EscapeTsvField(e.id) + '\t' + std::to_string(e.line) + '\t' + std::to_string(e.column) +
           '\t' + std::to_string(e.length) + '\t' + EscapeTsvField(e.ocr) + '\t' +
           EscapeTsvField(e.reading) + '\t' + std::string(ClassName(e.emendation_class)) + '\t' +
           confidence + '\t' + std::string(StatusName(e.status)) + '\t' +
           EscapeTsvField(e.evidence) + '\n';
  }
  return out;
}

std::vector<Emendation> ParseEmendations(const std::string& text, const std::string& path) {
  std::vector<Emendation> out;
  size_t start = 0;
  int number = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    start = end + 1;
    ++number;
    if (number == 1) {
      if (line != kHeader) {
        throw InputError(
            path, 1, 1,
            "not an emendations file: the header must be '" + std::string(kHeader) + "'");
      }
      continue;
    }
    std::vector<std::string_view> fields;
    std::vector<int> columns;
    size_t from = 0;
    while (true) {
      size_t tab = line.find('\t', from);
      columns.push_back(static_cast<int>(from) + 1);
      fields.push_back(line.substr(from, tab == std::string_view::npos ? tab : tab - from));
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
    if (fields.size() != kFields) {
      throw InputError(path, number, 1,
                       "expected " + std::to_string(kFields) + " tab-separated fields, found " +
                           std::to_string(fields.size()));
    }
    Emendation e;
    e.id = UnescapeTsvField(fields[0]);
    auto number_field = [&](size_t k, int& value) {
      auto [ptr, ec] =
          std::from_chars(fields[k].data(), fields[k].data() + fields[k].size(), value);
      if (ec != std::errc() || ptr != fields[k].data() + fields[k].size() || value < 0) {
        throw InputError(path, number, columns[k],
                         "not a number: '" + std::string(fields[k]) + "'");
      }
    };
    number_field(1, e.line);
    number_field(2, e.column);
    number_field(3, e.length);
    e.ocr = UnescapeTsvField(fields[4]);
    e.reading = UnescapeTsvField(fields[5]);
    if (!ParseName(fields[6], kClassNames, e.emendation_class)) {
      throw InputError(path, number, columns[6], "unknown class '" + std::string(fields[6]) + "'");
    }
    const std::string_view confidence = fields[7];
    const auto [parsed_to, bad] =
        std::from_chars(confidence.data(), confidence.data() + confidence.size(), e.confidence);
    if (bad != std::errc() || parsed_to != confidence.data() + confidence.size() ||
        !(e.confidence >= 0 && e.confidence <= 1)) {
      throw InputError(path, number, columns[7],
                       "confidence must be a number from 0 to 1: '" + std::string(fields[7]) + "'");
    }
    if (!ParseName(fields[8], kStatusNames, e.status)) {
      throw InputError(path, number, columns[8], "unknown status '" + std::string(fields[8]) + "'");
    }
    e.evidence = UnescapeTsvField(fields[9]);
    out.push_back(std::move(e));
  }
  if (number == 0) throw InputError(path, 0, 0, "the file is empty");
  return out;
}

}  // namespace emend::correct
