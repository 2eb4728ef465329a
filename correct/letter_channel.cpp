#include "correct/letter_channel.hpp"

#include <cmath>

#include "core/utf8.hpp"

namespace emend::correct {
namespace {

// Prior counts: the hook or accent dropped is what an English OCR makes of
// the letter; a misread look-alike is less common; a letter left out least.
constexpr double kDropped = 5;
constexpr double kMisread = 1;
constexpr double kLeftOut = 0.5;
// For a pair neither in the table nor observed.
constexpr double kUnexpected = 0.1;

struct LookAlike {
  char32_t typed;
  char32_t base;
  std::u32string_view misreads;
};

// The typescript's letters outside ASCII, their base letter and what else
// the OCR reads them as.
constexpr LookAlike kTable[] = {
    {U'ć', U'c', U"6dbC"}, {U'č', U'c', U"dC6"}, {U'Ć', U'C', U"6"},  {U'Č', U'C', U"6"},
    {U'š', U's', U"S"},    {U'Š', U'S', U""},    {U'ž', U'z', U"Z"},  {U'Ž', U'Z', U""},
    {U'é', U'e', U"6d"},   {U'á', U'a', U"6d"},  {U'ó', U'o', U"6d"}, {U'ö', U'o', U"6d"},
    {U'ü', U'u', U"6d"},   {U'í', U'i', U""},    {U'ł', U'l', U"t"},  {U'ç', U'c', U"g"},
};

const LookAlike* Find(char32_t typed) {
  for (const LookAlike& l : kTable) {
    if (l.typed == typed) return &l;
  }
  return nullptr;
}

}  // namespace

char32_t BaseLetter(char32_t typed) {
  const LookAlike* l = Find(typed);
  return l ? l->base : typed;
}

std::string BaseLetters(std::string_view word) {
  std::u32string w = utf8::Decode(word);
  for (char32_t& c : w) c = BaseLetter(c);
  return utf8::Encode(w);
}

LetterChannel::LetterChannel() {
  for (const LookAlike& l : kTable) {
    counts_[{l.typed, l.base}] += kDropped;
    for (char32_t m : l.misreads) counts_[{l.typed, m}] += kMisread;
    counts_[{l.typed, 0}] += kLeftOut;
    totals_[l.typed] += kDropped + kLeftOut + kMisread * static_cast<double>(l.misreads.size());
  }
}

void LetterChannel::Observe(std::string_view typed, std::string_view read, int uses) {
  const std::u32string t = utf8::Decode(typed), r = utf8::Decode(read);
  auto add = [&](char32_t a, char32_t b) {
    if (a < 0x80 || uses <= 0) return;
    counts_[{a, b}] += uses;
    observed_[{a, b}] += uses;
    totals_[a] += uses;
  };
  if (t.size() == r.size()) {
    for (size_t i = 0; i < t.size(); ++i) add(t[i], r[i]);
    return;
  }
  // Letters left out: the typed word's letters outside ASCII are the missing ones.
  for (char32_t c : t) {
    if (c >= 0x80) add(c, 0);
  }
}

double LetterChannel::LogLetter(char32_t typed, char32_t read) const {
  if (typed == read && typed < 0x80) return 0;
  auto total = totals_.find(typed);
  const double row = total == totals_.end() ? 0 : total->second;
  auto it = counts_.find({typed, read});
  const double count = it == counts_.end() ? kUnexpected : it->second;
  return std::log(count / (row + kUnexpected));
}

double LetterChannel::LogWord(std::string_view typed, std::string_view read) const {
  const std::u32string t = utf8::Decode(typed), r = utf8::Decode(read);
  double log_p = 0;
  if (t.size() == r.size()) {
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] != r[i] || t[i] >= 0x80) log_p += LogLetter(t[i], r[i]);
    }
    return log_p;
  }
  for (char32_t c : t) {
    if (c >= 0x80) log_p += LogLetter(c, 0);
  }
  return log_p;
}

int LetterChannel::Observed(char32_t typed, char32_t read) const {
  auto it = observed_.find({typed, read});
  return it == observed_.end() ? 0 : it->second;
}

}  // namespace emend::correct
