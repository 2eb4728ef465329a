#include "ocr/digit_letters.hpp"

#include <algorithm>

namespace emend::ocr {
namespace {

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// The word's core: what lies between its leading and trailing punctuation.
struct Core {
  size_t begin = 0, end = 0;
};

Core CoreOf(const std::string& word) {
  auto letter_or_digit = [](char c) { return IsLower(c) || (c >= 'A' && c <= 'Z') || c == '1'; };
  Core c{0, word.size()};
  while (c.begin < c.end && !letter_or_digit(word[c.begin])) ++c.begin;
  while (c.end > c.begin && !letter_or_digit(word[c.end - 1])) --c.end;
  return c;
}

}  // namespace

std::vector<std::string> LetterSpellings(const std::string& word, const KnownWord& known) {
  std::vector<std::string> out;
  const Core c = CoreOf(word);
  const std::string core = word.substr(c.begin, c.end - c.begin);
  const auto ones = std::count(core.begin(), core.end(), '1');
  const auto letters = std::count_if(core.begin(), core.end(), IsLower);
  if (ones == 0 || ones > 3 || letters == 0 || ones + letters != static_cast<long>(core.size()) ||
      known(core)) {
    return out;
  }
  std::vector<std::string> spellings = {""};
  for (size_t i = 0; i < core.size(); ++i) {
    std::vector<std::string> next;
    for (const std::string& s : spellings) {
      if (core[i] != '1') {
        next.push_back(s + core[i]);
        continue;
      }
      for (char letter : {'i', 'l'}) next.push_back(s + letter);
    }
    spellings = std::move(next);
  }
  for (const std::string& s : spellings) {
    if (known(s)) out.push_back(word.substr(0, c.begin) + s + word.substr(c.end));
  }
  return out;
}

std::vector<DigitLetterChange> RepairDigitLetters(std::vector<std::string>& words,
                                                  const KnownWord& known,
                                                  const ReadWithoutDigits& read) {
  std::vector<DigitLetterChange> changes;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::vector<std::string> spellings = LetterSpellings(words[i], known);
    if (spellings.empty()) continue;
    const std::string again = read(i);
    if (again.empty()) continue;
    // The new reading's core against each spelling's, in lower case: a
    // typewriter's 1, l, i and I differ little, and a capital read at a
    // word's start is no evidence (the punctuation stays the engine's).
    const Core a = CoreOf(again);
    const std::string core = Lower(again.substr(a.begin, a.end - a.begin));
    for (const std::string& s : spellings) {
      const Core b = CoreOf(s);
      if (Lower(s.substr(b.begin, b.end - b.begin)) != core) continue;
      changes.push_back({i, words[i], s});
      words[i] = s;
      break;
    }
  }
  return changes;
}

}  // namespace emend::ocr
