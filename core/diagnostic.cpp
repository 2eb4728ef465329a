#include "core/diagnostic.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <vector>

#include "core/utf8.hpp"

namespace emend {
namespace {

constexpr int kWidth = 72;   // code points shown at most
constexpr int kBefore = 40;  // of which before the caret, when the line is cut
constexpr size_t kMaxLineBytes = 1 << 20;

// The pieces of a line as they are shown, one per code point of the line
// (an invalid byte counts as one).
std::vector<std::string> Cells(std::string_view line) {
  std::vector<std::string> cells;
  char hex[8];
  size_t i = 0;
  while (i < line.size()) {
    const size_t bad = utf8::FindInvalid(line.substr(i));
    const size_t valid_end = bad == std::string_view::npos ? line.size() : i + bad;
    while (i < valid_end) {
      const size_t start = i;
      const char32_t c = utf8::Next(line, i);
      if (c == '\t') {
        cells.emplace_back(" ");
      } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
        std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned>(c));
        cells.emplace_back(hex);
      } else if (c == 0xFEFF) {  // a byte-order mark, invisible otherwise
        cells.emplace_back("\\u{FEFF}");
      } else {
        cells.emplace_back(line.substr(start, i - start));
      }
    }
    if (i < line.size()) {
      std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned char>(line[i]));
      cells.emplace_back(hex);
      ++i;
    }
  }
  return cells;
}

// Terminal columns a cell takes: an escape its letters, anything else one.
int WidthOf(const std::string& cell) {
  return cell.size() > 1 && cell[0] == '\\' ? static_cast<int>(cell.size()) : 1;
}

}  // namespace

std::string ShowLine(std::string_view line, int column) {
  const std::vector<std::string> cells = Cells(line);
  const int n = static_cast<int>(cells.size());
  const int at = column > 0 ? std::min(column - 1, n) : 0;  // 0-based cell of the caret
  int first = 0;
  if (n > kWidth && column > 0 && at > kBefore)
    first = std::min(at - kBefore, std::max(0, n - kWidth));
  const int last = std::min(n, first + kWidth);
  std::string shown = first > 0 ? "..." : "";
  int caret = first > 0 ? 3 : 0;
  for (int k = first; k < last; ++k) {
    shown += cells[k];
    if (k < at) caret += WidthOf(cells[k]);
  }
  if (last < n) shown += "...";
  shown += "\n";
  if (column > 0) shown += std::string(caret, ' ') + "^ here\n";
  return shown;
}

std::string Diagnostic(const Error& error) {
  std::string out = std::string(error.what()) + "\n";
  if (error.line() <= 0 || error.file().empty()) return out;
  struct stat st {};
  if (stat(error.file().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return out;
  std::ifstream in(error.file(), std::ios::binary);
  std::string line;
  for (int k = 0; k < error.line(); ++k) {
    if (!std::getline(in, line)) return out;
    if (line.size() > kMaxLineBytes) line.resize(kMaxLineBytes);
  }
  return out + ShowLine(line, error.column());
}

}  // namespace emend
