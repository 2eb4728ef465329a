#include "correct/language_model.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/utf8.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

// How much of P(word | neighbour) the pair counts give; the rest is the
// word's own frequency (the pairs of a 90,000-word document are sparse).
constexpr double kPairWeight = 0.5;
// What the shares of unseen words start from, before the document's own
// words used once are counted: a typist types dictionary words, so a short
// text that shows nothing yet takes an unseen form for one ten times as
// readily as for a form no dictionary knows. They are counts in a text of
// kPriorWords words, added to the document's, so that on a line or two a
// share stays a probability. A long document's own counts (thousands)
// outweigh these.
constexpr double kUnseenKnownPrior = 10, kUnseenPrior = 1, kPriorWords = 100;
// The letter model's mixture: trigram, bigram, unigram (add-one).
constexpr double kTrigramWeight = 0.6, kBigramWeight = 0.3, kUnigramWeight = 0.1;

std::u32string Framed(std::string_view word) { return U"^^" + utf8::Decode(ToLower(word)) + U"$"; }

}  // namespace

LanguageModel::LanguageModel(const DocumentStats& document, const Lexicon& lexicon)
    : document_(document) {
  words_ = std::max<double>(1, static_cast<double>(document.words()));
  std::array<double, kShapes> unseen{}, unseen_known{};
  double after_lower = 0, inner_capitals = 0, letter_pairs = 0;
  for (const auto& [form, count] : document.forms()) {
    const bool known = lexicon.IsKnown(form);
    if (!known) {
      if (count == 1) unseen[Shape(form)] += 1;
      continue;
    }
    if (count == 1) unseen_known[Shape(form)] += 1;
    if (!AllLetters(form)) continue;
    const std::u32string cased = utf8::Decode(form);
    letter_pairs += count * static_cast<double>(cased.size());
    for (size_t k = 1; k < cased.size(); ++k) {
      if (!IsLower(cased[k - 1])) continue;
      after_lower += count;
      if (IsUpper(cased[k])) inner_capitals += count;
    }
    const std::u32string w = Framed(form);
    for (size_t k = 2; k < w.size(); ++k) {
      trigrams_[w.substr(k - 2, 3)] += count;
      bigrams_[w.substr(k - 1, 2)] += count;
      unigrams_[w.substr(k, 1)] += count;
      // Histories: the two letters and the one letter before position k.
      trigrams_[U"\x01" + w.substr(k - 2, 2)] += count;
      bigrams_[U"\x01" + w.substr(k - 1, 1)] += count;
      letters_ += count;
    }
  }
  alphabet_ = std::max<double>(1, static_cast<double>(unigrams_.size()));
  inner_capital_ = (inner_capitals + 1) / (after_lower + 2);
  // The dictionary words it learns from are letters only.
  inner_digit_ = 1 / (letter_pairs + 2);
  // At least one unseen word in the whole document, so that no form is
  // impossible.
  for (size_t k = 0; k < kShapes; ++k) {
    unseen_share_[k] = (unseen[k] + kUnseenPrior) / (words_ + kPriorWords);
    unseen_known_share_[k] = (unseen_known[k] + kUnseenKnownPrior) / (words_ + kPriorWords);
  }
}

size_t LanguageModel::Shape(std::string_view word) {
  if (ToLower(word) == word) return 0;
  if (IsCapitalised(word)) return 1;
  return 2;
}

double LanguageModel::LogLetters(std::string_view word) const {
  const std::u32string w = Framed(word);
  auto count = [](const std::unordered_map<std::u32string, double>& map,
                  const std::u32string& key) {
    auto it = map.find(key);
    return it == map.end() ? 0.0 : it->second;
  };
  double log_p = 0;
  for (size_t k = 2; k < w.size(); ++k) {
    const double history2 = count(trigrams_, U"\x01" + w.substr(k - 2, 2));
    const double history1 = count(bigrams_, U"\x01" + w.substr(k - 1, 1));
    const double tri = history2 > 0 ? count(trigrams_, w.substr(k - 2, 3)) / history2 : 0;
    const double bi = history1 > 0 ? count(bigrams_, w.substr(k - 1, 2)) / history1 : 0;
    const double uni = (count(unigrams_, w.substr(k, 1)) + 1) / (letters_ + alphabet_);
    log_p += std::log(kTrigramWeight * tri + kBigramWeight * bi + kUnigramWeight * uni);
  }
  const std::u32string cased = utf8::Decode(word);
  for (size_t k = 1; k < cased.size(); ++k) {
    if (IsLower(cased[k - 1]) && IsUpper(cased[k])) log_p += std::log(inner_capital_);
    // A digit between letters ("Mi6unovi6").
    if (k + 1 < cased.size() && cased[k] >= U'0' && cased[k] <= U'9' && IsLetter(cased[k - 1]) &&
        IsLetter(cased[k + 1])) {
      log_p += std::log(inner_digit_);
    }
  }
  return log_p;
}

double LanguageModel::LogUnseen(std::string_view word) const {
  return std::log(unseen_share_[Shape(word)]) + LogLetters(word);
}

double LanguageModel::LogUnseenKnown(std::string_view word) const {
  return std::log(unseen_known_share_[Shape(word)]) + LogLetters(word);
}

double LanguageModel::LogUnseenListed(std::string_view word, size_t list_size) const {
  return std::log(unseen_known_share_[Shape(word)] /
                  static_cast<double>(std::max<size_t>(1, list_size)));
}

double LanguageModel::LogUses(int uses) const { return std::log(uses / words_); }

double LanguageModel::LogWord(std::string_view word, int leave_out) const {
  const int count = document_.CountIgnoringCase(word) - leave_out;
  if (count <= 0) return LogUnseen(word);
  return std::log(count / words_);
}

int LanguageModel::PhraseUses(std::string_view previous, std::string_view word,
                              std::string_view next) const {
  if (previous.empty() || next.empty()) return 0;
  return std::min(document_.CountPair(previous, word), document_.CountPair(word, next));
}

double LanguageModel::LogContext(std::string_view previous, std::string_view word,
                                 std::string_view next) const {
  const double count = document_.CountIgnoringCase(word);
  if (count <= 0) return 0;
  const double p_word = count / words_;
  double log_ratio = 0;
  if (!previous.empty()) {
    const double before = document_.CountIgnoringCase(previous);
    if (before > 0) {
      const double pair = document_.CountPair(previous, word);
      log_ratio += std::log(kPairWeight * (pair / before) / p_word + (1 - kPairWeight));
    }
  }
  if (!next.empty()) {
    const double after = document_.CountIgnoringCase(next);
    if (after > 0) {
      const double pair = document_.CountPair(word, next);
      log_ratio += std::log(kPairWeight * (pair / count) / (after / words_) + (1 - kPairWeight));
    }
  }
  return log_ratio;
}

}  // namespace emend::correct
