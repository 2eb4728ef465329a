#include "correct/cyrillic_channel.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace emend::correct {
namespace {

// The Latin strings (lower case) each Cyrillic letter was read as.
const std::map<char32_t, std::vector<std::u32string>>& LookAlikes() {
  static const std::map<char32_t, std::vector<std::u32string>> table = {
      {U'а', {U"a"}},
      {U'б', {U"6", U"b"}},
      {U'в', {U"b", U"8"}},
      {U'г', {U"r", U"i~", U"f", U"i\"", U"[\"", U"[", U"t", U"l~", U"1~"}},
      {U'д', {U"fl", U"il", U"d", U"a", U"r"}},
      {U'е', {U"e"}},
      {U'ё', {U"e"}},
      {U'ж', {U">k", U")k", U"x"}},
      {U'з', {U"3", U"z"}},
      {U'и', {U"u", U"m", U"h", U"n", U"w", U"i/l", U"ii", U"n"}},
      {U'й', {U"u", U"n", U"m"}},
      {U'к', {U"k", U"ic", U"<"}},
      {U'л', {U"n", U"ji", U"jl", U"h", U"jt", U"ii", U"l"}},
      {U'м', {U"m"}},
      {U'н', {U"h", U"n"}},
      {U'о', {U"o", U"0"}},
      {U'п', {U"n", U"ii", U"fl", U"i1", U"il", U"ri"}},
      {U'р', {U"p"}},
      {U'с', {U"c"}},
      {U'т', {U"t", U"m"}},
      {U'у', {U"y"}},
      {U'ф',
       {U"o", U"<t>", U"<d", U"(d", U"<j>", U"<t", U"(t", U"cd", U"cp", U"(p", U"<i>", U"<1>",
        U"<l>", U"(i)", U"(1)", U"(l)", U"<])", U"<]"}},
      {U'х', {U"x"}},
      {U'ц', {U"u"}},
      {U'ч', {U"4", U"y"}},
      {U'ш', {U"w", U"m", U"iii", U"ui"}},
      {U'щ', {U"m", U"w", U"iii", U"ui", U"un"}},
      {U'ъ', {U"b"}},
      {U'ы', {U"bi", U"bl"}},
      {U'ь', {U"b"}},
      {U'э', {U"3"}},
      {U'ю', {U"io", U"10", U"lo", U"to"}},
      {U'я', {U"r", U"fl", U"a"}},
  };
  return table;
}

}  // namespace

std::u32string LowerCase(std::u32string_view s) {
  std::u32string out;
  for (char32_t c : s) out += static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
  return out;
}

const std::vector<std::u32string>* LookAlikesOf(char32_t c) {
  static const auto table = [] {
    std::vector<const std::vector<std::u32string>*> t(0x60, nullptr);
    for (const auto& [letter, readings] : LookAlikes()) {
      if (letter >= 0x400 && letter < 0x460) t[letter - 0x400] = &readings;
    }
    return t;
  }();
  return c >= 0x400 && c < 0x460 ? table[c - 0x400] : nullptr;
}

namespace {
// The longest strings Align compares (longer ones never match a listed word).
constexpr size_t kMaxAligned = 63;
}  // namespace

int Align(const std::u32string& latin, const std::u32string& cyrillic, int max_cost) {
  const size_t n = latin.size(), m = cyrillic.size();
  constexpr int kInf = 1000;
  if (n > kMaxAligned || m > kMaxAligned) return kInf;
  // One flat table, reused: this runs for every unknown word and every listed word.
  static thread_local std::vector<int> table;
  const size_t width = m + 1;
  table.assign((n + 1) * width, kInf);
  auto d = [&](size_t i, size_t j) -> int& { return table[i * width + j]; };
  d(0, 0) = 0;
  for (size_t i = 0; i <= n; ++i) {
    bool reachable = false;
    for (size_t j = 0; j <= m; ++j) {
      const int here = d(i, j);
      if (here > max_cost) continue;
      reachable = true;
      if (i < n) d(i + 1, j) = std::min(d(i + 1, j), here + 1);
      if (j < m) d(i, j + 1) = std::min(d(i, j + 1), here + 1);
      if (i < n && j < m) d(i + 1, j + 1) = std::min(d(i + 1, j + 1), here + 1);
      if (j < m) {
        const auto* readings = LookAlikesOf(cyrillic[j]);
        if (readings == nullptr) continue;
        for (const std::u32string& s : *readings) {
          if (latin.compare(i, s.size(), s) == 0)
            d(i + s.size(), j + 1) = std::min(d(i + s.size(), j + 1), here);
        }
      }
    }
    // No cell of this row is within the budget: nothing below can be either.
    if (!reachable && i < n) {
      bool later = false;
      for (size_t k = (i + 1) * width; k < table.size() && !later; ++k)
        later = table[k] <= max_cost;
      if (!later) return kInf;
    }
  }
  return d(n, m);
}

double CyrillicChannel::unexplained_rate() const { return (unexplained_ + 1) / (letters_ + 10); }

double CyrillicChannel::LogLookAlike(char32_t letter, const std::u32string& latin) const {
  const std::vector<std::u32string>* readings = LookAlikesOf(letter);
  const double pairs = readings ? static_cast<double>(readings->size()) : 1;
  auto total = letter_totals_.find(letter);
  const double row = (total == letter_totals_.end() ? 0 : total->second) + pairs;
  auto seen = observed_.find({letter, latin});
  const double count = (seen == observed_.end() ? 0 : seen->second) + 1;
  return std::log((1 - unexplained_rate()) * count / row);
}

std::vector<CyrillicChannel::Step> CyrillicChannel::BestPath(const std::u32string& latin,
                                                             const std::u32string& cyrillic,
                                                             double* log_p) const {
  const size_t n = latin.size(), m = cyrillic.size();
  constexpr double kNone = -std::numeric_limits<double>::infinity();
  const double unexplained = std::log(unexplained_rate());
  std::vector<double> best((n + 1) * (m + 1), kNone);
  std::vector<Step> from((n + 1) * (m + 1));
  auto at = [m](size_t i, size_t j) { return i * (m + 1) + j; };
  best[at(0, 0)] = 0;
  auto relax = [&](size_t i, size_t j, size_t i2, size_t j2, double step, bool explained) {
    if (best[at(i, j)] == kNone) return;
    const double value = best[at(i, j)] + step;
    if (value > best[at(i2, j2)]) {
      best[at(i2, j2)] = value;
      from[at(i2, j2)] = {i, i2, j, j2, explained};
    }
  };
  for (size_t i = 0; i <= n; ++i) {
    for (size_t j = 0; j <= m; ++j) {
      if (i < n) relax(i, j, i + 1, j, unexplained, false);
      if (j < m) relax(i, j, i, j + 1, unexplained, false);
      if (i < n && j < m) relax(i, j, i + 1, j + 1, unexplained, false);
      if (j < m) {
        if (const auto* readings = LookAlikesOf(cyrillic[j])) {
          for (const std::u32string& s : *readings) {
            if (latin.compare(i, s.size(), s) == 0) {
              relax(i, j, i + s.size(), j + 1, LogLookAlike(cyrillic[j], s), true);
            }
          }
        }
      }
    }
  }
  *log_p = best[at(n, m)];
  std::vector<Step> path;
  for (size_t i = n, j = m; i > 0 || j > 0;) {
    const Step& s = from[at(i, j)];
    path.push_back(s);
    i = s.latin_from;
    j = s.cyrillic_from;
  }
  std::reverse(path.begin(), path.end());
  return path;
}

void CyrillicChannel::Observe(const std::u32string& latin, const std::u32string& cyrillic,
                              int uses) {
  double log_p = 0;
  for (const Step& s : BestPath(latin, cyrillic, &log_p)) {
    if (s.cyrillic_to > s.cyrillic_from) letters_ += uses;
    if (!s.explained) {
      unexplained_ += uses;
      continue;
    }
    const char32_t letter = cyrillic[s.cyrillic_from];
    observed_[{letter, latin.substr(s.latin_from, s.latin_to - s.latin_from)}] += uses;
    letter_totals_[letter] += uses;
  }
}

double CyrillicChannel::LogProbability(const std::u32string& latin,
                                       const std::u32string& cyrillic) const {
  double log_p = 0;
  BestPath(latin, cyrillic, &log_p);
  return log_p;
}

int CyrillicChannel::Observed(char32_t letter, const std::u32string& latin) const {
  auto it = observed_.find({letter, latin});
  return it == observed_.end() ? 0 : it->second;
}

}  // namespace emend::correct
