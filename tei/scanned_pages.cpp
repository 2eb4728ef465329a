#include "tei/scanned_pages.hpp"

#include <regex>

#include "core/error.hpp"
#include "core/text_file.hpp"
#include "core/trim.hpp"
#include "core/tsv_field.hpp"

namespace emend::tei {
namespace {

constexpr char kFormFeed = '\f';

// An arabic page number as a line may print it: "12", "- 12 -", "(12)", "[12]", "12."
int PageNumberOf(const std::string& text) {
  static const std::regex number("[-(\\[ ]*([0-9]{1,4})[-)\\]. ]*");
  std::smatch m;
  if (!std::regex_match(text, m, number)) return 0;
  return std::stoi(m[1].str());
}

bool AllDigits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos && s.size() <= 6;
}

}  // namespace

std::vector<PageTableRow> ReadPageTable(const std::string& path) {
  TextReadOptions options;
  options.display_name = path;
  const std::vector<std::string> lines = ReadTextLines(path, options);
  static const std::string header = "page\tprinted\tline\terror";
  if (lines.front() != header) {
    throw InputError(path, 1, 1,
                     "not a pages table (emend ocr's NAME.pages.tsv): the header should be '" +
                         EscapeTsvField(header) + "'");
  }
  std::vector<PageTableRow> rows;
  for (size_t k = 1; k < lines.size(); ++k) {
    const int line = static_cast<int>(k + 1);
    if (lines[k].empty()) continue;
    const std::vector<std::string> fields = SplitFields(lines[k]);
    if (fields.size() != 4) {
      throw InputError(
          path, line, 1,
          std::to_string(fields.size()) + " fields, 4 expected (page, printed, line, error)");
    }
    PageTableRow row;
    if (!AllDigits(fields[0]) || std::stoul(fields[0]) != rows.size() + 1) {
      throw InputError(path, line, 1,
                       "page '" + fields[0] + "' where page " + std::to_string(rows.size() + 1) +
                           " should follow");
    }
    row.page = rows.size() + 1;
    row.printed = fields[1];
    if (!fields[2].empty()) {
      if (!AllDigits(fields[2]) || std::stoul(fields[2]) == 0) {
        throw InputError(path, line, static_cast<int>(fields[0].size() + fields[1].size() + 3),
                         "line '" + fields[2] + "' is not a line number (1, 2, ...)");
      }
      row.line = std::stoul(fields[2]);
    }
    row.error = fields[3];
    rows.push_back(row);
  }
  return rows;
}

bool HasFormFeeds(const std::vector<std::string>& lines) {
  for (const std::string& line : lines) {
    if (!line.empty() && line.front() == kFormFeed) return true;
  }
  return false;
}

ScannedText SplitScannedPages(const std::vector<std::string>& lines,
                              const std::vector<PageTableRow>& table,
                              const std::string& table_path) {
  // The pages as ranges of input lines, form feeds left out.
  struct Range {
    size_t first, end;  // input lines [first, end)
  };
  std::vector<Range> ranges;
  ScannedText out;
  size_t start = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].empty() || lines[k].front() != kFormFeed) continue;
    ranges.push_back({start, k});
    if (lines[k].size() == 1) {
      start = k + 1;
    } else {  // Tesseract's "\f" before the next page's first line
      out.first_byte_dropped.push_back(k);
      start = k;
    }
  }
  // A form feed after the last page (Tesseract ends every page with one) opens no page.
  if (start < lines.size() || ranges.empty()) ranges.push_back({start, lines.size()});
  if (!table.empty() && table.size() != ranges.size()) {
    throw InputError(table_path, 0, 0,
                     std::to_string(table.size()) + " pages, but the text has " +
                         std::to_string(ranges.size()) +
                         " (form feeds between them): not the table of this text");
  }
  for (size_t p = 0; p < ranges.size(); ++p) {
    const Range& r = ranges[p];
    auto text_of = [&](size_t k) {
      const bool dropped = k == r.first && !lines[k].empty() && lines[k].front() == kFormFeed;
      return dropped ? lines[k].substr(1) : lines[k];
    };
    size_t number_line = lines.size();  // input line of the printed number, if any
    int number = 0;
    if (!table.empty()) {
      const PageTableRow& row = table[p];
      if (row.line > 0) {
        if (row.line > r.end - r.first) {
          throw InputError(table_path, static_cast<int>(p + 2), 1,
                           "page " + std::to_string(p + 1) + ": its number on line " +
                               std::to_string(row.line) + ", but the page has " +
                               std::to_string(r.end - r.first) + " lines in the text");
        }
        number_line = r.first + row.line - 1;
      }
      number = AllDigits(row.printed) ? std::stoi(row.printed) : 0;
    } else {
      // The page's first or last line of text, when it is only a number.
      size_t first = r.first, last = r.end;
      while (first < r.end && Trim(text_of(first)).empty()) ++first;
      while (last > first && Trim(text_of(last - 1)).empty()) --last;
      for (size_t k : {first, last - 1}) {
        if (k < r.first || k >= r.end || first == last) continue;
        if (const int n = PageNumberOf(Trim(text_of(k))); n > 0) {
          number_line = k;
          number = n;
          break;
        }
      }
    }
    ScannedPage page;
    page.first_line = out.kept.size();
    page.sheet = p + 1;
    page.number = number;
    out.pages.push_back(page);
    for (size_t k = r.first; k < r.end; ++k) {
      if (k != number_line) out.kept.push_back(k);
    }
  }
  return out;
}

std::string FacsimileAddress(const std::string& pattern, size_t sheet) {
  const size_t open = pattern.find("{n");
  const size_t close = open == std::string::npos ? std::string::npos : pattern.find('}', open);
  if (close == std::string::npos) {
    throw UsageError("--facs", "the template '" + pattern +
                                   "' has no {n} (or {n:W}) for the page's place in the scans");
  }
  const std::string field = pattern.substr(open + 2, close - open - 2);
  std::string number = std::to_string(sheet);
  if (!field.empty()) {
    if (field.size() < 2 || field[0] != ':' || !AllDigits(field.substr(1)) || field.size() > 3) {
      throw UsageError("--facs", "the template '" + pattern + "': {n" + field +
                                     "} should be {n} or {n:W} (W: 1-99 digits)");
    }
    const size_t width = std::stoul(field.substr(1));
    if (number.size() < width) number.insert(0, width - number.size(), '0');
  }
  return pattern.substr(0, open) + number + pattern.substr(close + 1);
}

}  // namespace emend::tei
