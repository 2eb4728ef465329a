#include "ocr/script.hpp"

#include <algorithm>
#include <map>

#include "core/utf8.hpp"

namespace emend::ocr {
namespace {

bool IsLatinLetter(char32_t c) {
  return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

bool IsCyrillicLetter(char32_t c) { return c >= 0x400 && c <= 0x4FF; }

// What each letter can look like in the other script, in a serif or sans
// typeface at scanning resolution. The first entry is the closest shape.
// These are shapes of letters, not corrections of particular words.
const std::map<char32_t, std::vector<std::u32string>>& CyrillicToLatin() {
  static const std::map<char32_t, std::vector<std::u32string>> table = {
      {U'А', {U"A"}},         {U'В', {U"B"}},
      {U'Е', {U"E", U"F"}},   {U'Ё', {U"E"}},
      {U'К', {U"K"}},         {U'М', {U"M", U"VI"}},
      {U'Н', {U"H"}},         {U'О', {U"O"}},
      {U'Р', {U"P"}},         {U'С', {U"C"}},
      {U'Т', {U"T"}},         {U'Х', {U"X"}},
      {U'У', {U"Y", U"V"}},   {U'И', {U"N", U"II", U"U"}},
      {U'П', {U"II", U"N"}},  {U'Ш', {U"III", U"W"}},
      {U'Л', {U"JI"}},        {U'Г', {U"F", U"r"}},
      {U'І', {U"I"}},         {U'Ј', {U"J"}},
      {U'Ѕ', {U"S"}},         {U'З', {U"3"}},
      {U'Ь', {U"b"}},         {U'а', {U"a"}},
      {U'в', {U"B"}},         {U'е', {U"e"}},
      {U'ё', {U"e"}},         {U'к', {U"k", U"K"}},
      {U'м', {U"M", U"m"}},   {U'н', {U"H", U"n"}},
      {U'о', {U"o"}},         {U'р', {U"p"}},
      {U'с', {U"c"}},         {U'т', {U"T", U"m"}},
      {U'у', {U"y"}},         {U'х', {U"x"}},
      {U'и', {U"u", U"n"}},   {U'п', {U"n"}},
      {U'ш', {U"w", U"iii"}}, {U'г', {U"r"}},
      {U'ь', {U"b"}},         {U'і', {U"i"}},
      {U'ј', {U"j"}},         {U'ѕ', {U"s"}},
      {U'д', {U"d"}},         {U'л', {U"n"}},
  };
  return table;
}

const std::map<char32_t, std::vector<std::u32string>>& LatinToCyrillic() {
  static const std::map<char32_t, std::vector<std::u32string>> table = {
      {U'A', {U"А"}},       {U'B', {U"В", U"в"}},
      {U'C', {U"С"}},       {U'E', {U"Е"}},
      {U'F', {U"Е", U"Г"}}, {U'H', {U"Н", U"н"}},
      {U'K', {U"К", U"к"}}, {U'M', {U"М", U"м"}},
      {U'N', {U"И", U"П"}}, {U'O', {U"О"}},
      {U'P', {U"Р"}},       {U'T', {U"Т", U"т"}},
      {U'X', {U"Х"}},       {U'Y', {U"У"}},
      {U'V', {U"У"}},       {U'I', {U"І"}},
      {U'W', {U"Ш"}},       {U'a', {U"а"}},
      {U'c', {U"с"}},       {U'e', {U"е"}},
      {U'o', {U"о"}},       {U'p', {U"р"}},
      {U'x', {U"х"}},       {U'y', {U"у"}},
      {U'u', {U"и"}},       {U'n', {U"п", U"л", U"и"}},
      {U'r', {U"г"}},       {U'm', {U"т", U"м"}},
      {U'b', {U"ь"}},       {U'k', {U"к"}},
      {U'w', {U"ш"}},       {U'd', {U"д"}},
  };
  return table;
}

// Pairs of Latin letters that together look like one Cyrillic letter.
const std::map<std::u32string, std::u32string>& LatinPairsToCyrillic() {
  static const std::map<std::u32string, std::u32string> table = {
      {U"II", U"П"}, {U"JI", U"Л"}, {U"bI", U"Ы"}, {U"IO", U"Ю"}, {U"III", U"Ш"},
  };
  return table;
}

// Digits inside a word that look like letters ("Ро11су" for "Policy").
const std::map<char32_t, std::vector<std::u32string>>& DigitsToLatin() {
  static const std::map<char32_t, std::vector<std::u32string>> table = {
      {U'1', {U"l", U"i", U"I"}},
      {U'0', {U"o", U"O"}},
      {U'5', {U"S"}},
      {U'8', {U"B"}},
  };
  return table;
}

const std::map<char32_t, std::vector<std::u32string>>& DigitsToCyrillic() {
  static const std::map<char32_t, std::vector<std::u32string>> table = {
      {U'0', {U"о", U"О"}},
      {U'3', {U"з", U"З"}},
      {U'6', {U"б"}},
  };
  return table;
}

struct Partial {
  std::u32string text;
  int multi = 0;  // how many replacements were not one-to-one or not the closest shape
};

}  // namespace

Script ScriptOf(std::string_view text) {
  bool latin = false, cyrillic = false;
  size_t i = 0;
  while (i < text.size()) {
    const char32_t c = utf8::Next(text, i);
    latin = latin || IsLatinLetter(c);
    cyrillic = cyrillic || IsCyrillicLetter(c);
  }
  if (latin && cyrillic) return Script::kMixed;
  if (latin) return Script::kLatin;
  if (cyrillic) return Script::kCyrillic;
  return Script::kNone;
}

std::vector<std::string> LookAlikeSpellings(std::string_view letters, Script target, size_t limit) {
  if (target != Script::kLatin && target != Script::kCyrillic) return {};
  const std::u32string word = utf8::Decode(letters);
  const auto& single = target == Script::kLatin ? CyrillicToLatin() : LatinToCyrillic();
  const bool to_cyrillic = target == Script::kCyrillic;
  // partial[i]: spellings of word[0, i).
  std::vector<std::vector<Partial>> partial(word.size() + 1);
  partial[0].push_back({});
  const size_t keep = std::max<size_t>(limit * 4, 64);
  for (size_t i = 0; i < word.size(); ++i) {
    if (partial[i].empty()) continue;
    auto extend = [&](size_t next, const std::u32string& piece, int cost) {
      for (const Partial& p : partial[i]) {
        if (partial[next].size() >= keep) return;
        partial[next].push_back({p.text + piece, p.multi + cost});
      }
    };
    const char32_t c = word[i];
    const bool in_target = to_cyrillic ? IsCyrillicLetter(c) : IsLatinLetter(c);
    if (c >= U'0' && c <= U'9') {
      // A digit stays, or becomes a letter it looks like (a costlier reading).
      extend(i + 1, std::u32string(1, c), 0);
      const auto& digits = to_cyrillic ? DigitsToCyrillic() : DigitsToLatin();
      if (auto it = digits.find(c); it != digits.end()) {
        for (const std::u32string& letter : it->second) extend(i + 1, letter, 1);
      }
    } else if (in_target) {
      extend(i + 1, std::u32string(1, c), 0);
    } else if (auto it = single.find(c); it != single.end()) {
      for (size_t k = 0; k < it->second.size(); ++k) {
        extend(i + 1, it->second[k], (k > 0 || it->second[k].size() > 1) ? 1 : 0);
      }
    }
    if (to_cyrillic) {
      for (const auto& [pair, cyrillic] : LatinPairsToCyrillic()) {
        if (word.compare(i, pair.size(), pair) == 0) extend(i + pair.size(), cyrillic, 1);
      }
    }
  }
  std::vector<Partial>& done = partial[word.size()];
  std::stable_sort(done.begin(), done.end(),
                   [](const Partial& a, const Partial& b) { return a.multi < b.multi; });
  std::vector<std::string> out;
  for (const Partial& p : done) {
    std::string s = utf8::Encode(p.text);
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
    if (out.size() >= limit) break;
  }
  return out;
}

}  // namespace emend::ocr
