#include "tei/scan_notice.hpp"

#include <string>
#include <vector>

namespace emend::tei {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLetter(char c) { return IsUpper(c) || (c >= 'a' && c <= 'z'); }

std::vector<std::string_view> WordsOf(std::string_view line) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == ',' || line[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != ',' && line[i] != '\t') ++i;
    if (i > start) words.push_back(line.substr(start, i - start));
  }
  return words;
}

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// "AN0", "P0LITICAL": a 0 or 1 after two letters or between two, where the
// OCR read a letter as a digit.
bool DigitForLetter(std::string_view word) {
  for (std::size_t k = 1; k < word.size(); ++k) {
    if (word[k] != '0' && word[k] != '1') continue;
    if (k >= 2 && IsLetter(word[k - 1]) && IsLetter(word[k - 2])) return true;
    if (k + 1 < word.size() && IsLetter(word[k - 1]) && IsLetter(word[k + 1])) return true;
  }
  return false;
}

}  // namespace

bool IsScanNoise(std::string_view line) {
  const std::vector<std::string_view> words = WordsOf(line);
  if (words.empty()) return false;
  if (words.size() == 1) {
    const std::string_view w = words.front();
    for (const char* extension : {".tif", ".tiff", ".png", ".jpg"}) {
      if (EndsWith(w, extension)) return true;
    }
    if (w.size() <= 2 && IsUpper(w.front()) && (w.size() == 1 || IsUpper(w.back()))) return true;
  }
  if (words.size() > 4) return false;
  bool digit_for_letter = false;
  for (const std::string_view w : words) digit_for_letter = digit_for_letter || DigitForLetter(w);
  return digit_for_letter && IsUpper(words.front().front());
}

}  // namespace emend::tei
