#include "ocr/page_number.hpp"

#include <regex>

namespace emend::ocr {
namespace {

std::string LineText(const RecognizedLine& line) {
  std::string text;
  for (const RecognizedWord& word : line.words) text += (text.empty() ? "" : " ") + word.text;
  return text;
}

}  // namespace

std::string PageNumberOf(const std::string& line_text) {
  // Dashes (ASCII, en, em), brackets and a full stop around the number.
  static const std::regex number(
      "^\\s*(?:-|\xE2\x80\x93|\xE2\x80\x94|\\(|\\[)?\\s*"
      "([1-9][0-9]{0,3}|x{0,3}(?:ix|iv|v?i{0,3}))"
      "\\s*(?:-|\xE2\x80\x93|\xE2\x80\x94|\\)|\\]|\\.)?\\s*$");
  std::smatch match;
  if (!std::regex_match(line_text, match, number) || match[1].length() == 0) return "";
  return match[1].str();
}

PrintedPageNumber FindPrintedPageNumber(const RecognizedPage& page, int page_height) {
  PrintedPageNumber out;
  if (page.lines.empty() || page_height <= 0) return out;
  const int band = page_height / 6;
  // The top and bottom lines by their place (the engine's order follows its blocks).
  size_t top = 0, bottom = 0;
  for (size_t i = 1; i < page.lines.size(); ++i) {
    if (page.lines[i].box.top < page.lines[top].box.top) top = i;
    if (page.lines[i].box.bottom > page.lines[bottom].box.bottom) bottom = i;
  }
  if (page.lines[top].box.bottom <= band) {
    out.number = PageNumberOf(LineText(page.lines[top]));
    if (!out.number.empty()) {
      out.line = static_cast<int>(top);
      return out;
    }
  }
  if (bottom != top && page.lines[bottom].box.top >= page_height - band) {
    out.number = PageNumberOf(LineText(page.lines[bottom]));
    if (!out.number.empty()) out.line = static_cast<int>(bottom);
  }
  return out;
}

}  // namespace emend::ocr
