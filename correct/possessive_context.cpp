#include "correct/possessive_context.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <unordered_set>
#include <utility>

#include "core/utf8.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

// What English grammar says before any document does, as counts of twenty
// possessives and twenty plurals: a possessive stands before a noun phrase,
// a plural most often before a function word or a verb, or ends a clause.
// Every cell has some, so that a context a sample never shows is rare, not
// impossible. A document's hundreds of uses outweigh them.
constexpr std::pair<double, double> kLeftFromGrammar[] = {
    {0.1, 2.5},   // a plural marker
    {0.3, 0.05},  // a determiner of the singular
    {19.6, 17.45},
};
constexpr std::pair<double, double> kRightFromGrammar[] = {
    {0.1, 3},     // a sentence's end
    {0.25, 2.5},  // a comma
    {0.25, 9},    // a function word
    {0.05, 2},    // a past form
    {0.25, 0.5},  // a verb
    {4, 0.7},     // an adjective
    {12, 0.5},    // a noun
    {2, 0.3},     // a capitalised word
    {0.1, 0.2},   // a number
    {1, 1.3},     // another word
    {0, 0},       // the context unknown: not counted
};
// And of the forms in s no dictionary knows, on a known stem, how many
// possessives against plurals: a name takes no plural.
constexpr std::pair<double, double> kShareFromGrammar[] = {
    {4, 1},   // a lower-case stem
    {19, 1},  // a capitalised one
};
static_assert(std::size(kLeftFromGrammar) == static_cast<size_t>(LeftContext::kCount));
static_assert(std::size(kRightFromGrammar) == static_cast<size_t>(RightContext::kCount));

// Rounds of expectation-maximisation for the share of possessives; it
// settles in far fewer.
constexpr int kRounds = 50;

bool HasAny(std::string_view text, std::string_view characters) {
  return text.find_first_of(characters) != std::string_view::npos;
}

// The chunk before the one at `k` and the two after it, across line ends.
struct Walker {
  const std::vector<std::vector<Token>>& lines;
  std::string_view At(size_t line, long k) const {
    while (true) {
      if (k < 0) {
        if (line == 0) return {};
        --line;
        k += static_cast<long>(lines[line].size());
        continue;
      }
      if (static_cast<size_t>(k) >= lines[line].size()) {
        k -= static_cast<long>(lines[line].size());
        if (++line >= lines.size()) return {};
        continue;
      }
      return lines[line][static_cast<size_t>(k)].text;
    }
  }
};

bool EndsInApostropheS(std::string_view core) {
  return core.ends_with("'s") || core.ends_with("\u2019s");
}

}  // namespace

bool IsPluralMarker(std::string_view word) {
  static const std::unordered_set<std::string> markers = {
      "both",    "two",   "three", "four",       "several",  "many", "all",
      "various", "these", "those", "tripartite", "numerous", "few",  "other"};
  return markers.count(ToLower(word)) > 0;
}

bool TakesSingularOnly(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {"a", "an", "each", "every",
                                                              "another"};
  return kWords.count(word) > 0;
}

bool IsDeterminer(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"};
  return kWords.count(word) > 0;
}

std::string_view Describe(LeftContext context) {
  switch (context) {
    case LeftContext::kPluralMarker:
      return "after a plural word";
    case LeftContext::kSingularDeterminer:
      return "after a determiner of the singular";
    default:
      return "after a word of either number";
  }
}

std::string_view Describe(RightContext context) {
  switch (context) {
    case RightContext::kSentenceEnd:
      return "at a sentence's end";
    case RightContext::kComma:
      return "before a comma";
    case RightContext::kFunctionWord:
      return "before a function word";
    case RightContext::kPastForm:
      return "before a past form";
    case RightContext::kVerb:
      return "before a verb";
    case RightContext::kAdjective:
      return "before an adjective";
    case RightContext::kNoun:
      return "before a noun";
    case RightContext::kCapitalised:
      return "before a capitalised word";
    case RightContext::kNumber:
      return "before a number";
    case RightContext::kUnknown:
      return "before a footnote or a page's end";
    default:
      return "before another word";
  }
}

bool PossessiveContext::IsPastForm(std::string_view word) const {
  if (word_classes_.IsIrregularVerbForm(word)) return true;
  if (word.size() < 4 || !word.ends_with("ed")) return false;
  // A verb with "d" or "ed" taken off, or "ied" read as "y" ("agreed",
  // "responded", "denied"), or its last consonant doubled ("stopped"):
  // "need" and "speed" are no past forms.
  const std::string_view stem = word.substr(0, word.size() - 2);
  auto verb = [&](std::string_view s) { return word_classes_.CanBeVerb(s); };
  return verb(word.substr(0, word.size() - 1)) || verb(stem) ||
         (word.ends_with("ied") && verb(std::string(word.substr(0, word.size() - 3)) + "y")) ||
         (stem.size() >= 3 && stem.back() == stem[stem.size() - 2] &&
          verb(stem.substr(0, stem.size() - 1)));
}

LeftContext PossessiveContext::ClassifyLeft(std::string_view before) const {
  const WordParts b = SplitWord(before);
  if (b.core.empty() || HasAny(b.suffix, ",.;:!?()[]\"")) return LeftContext::kOther;
  const std::string lower = ToLower(b.core);
  if (IsPluralMarker(lower)) return LeftContext::kPluralMarker;
  if (TakesSingularOnly(lower)) return LeftContext::kSingularDeterminer;
  return LeftContext::kOther;
}

RightContext PossessiveContext::ClassifyRight(std::string_view suffix, std::string_view after,
                                              std::string_view after_second,
                                              bool after_on_next_line) const {
  if (HasAny(suffix, ".;:!?")) return RightContext::kSentenceEnd;
  if (HasAny(suffix, ",)") || after.empty()) return RightContext::kComma;
  const WordParts n = SplitWord(after);
  if (n.core.empty() || !n.prefix.empty()) return RightContext::kOther;
  if (IsDigit(static_cast<unsigned char>(n.core[0]))) {
    // A line that starts with a number after one that ends on a word is
    // most often a footnote's or a page's: the text goes on beyond it.
    return after_on_next_line ? RightContext::kUnknown : RightContext::kNumber;
  }
  const std::string lower = ToLower(n.core);
  if (WordClasses::IsFunctionWord(lower)) return RightContext::kFunctionWord;
  if (IsCapitalised(n.core) || AllUpper(n.core)) return RightContext::kCapitalised;
  if (lower != n.core || !AllLetters(n.core)) return RightContext::kOther;
  if (IsPastForm(n.core)) {
    // A participle before the noun it qualifies ("Hoxha's proposed visit").
    // The head's letters: a footnote mark may be glued to it ("arrival.14").
    const WordParts h = SplitWord(after_second);
    std::string_view head = h.core;
    head = head.substr(
        0, std::min(head.size(), head.find_first_not_of("abcdefghijklmnopqrstuvwxyz-")));
    const bool qualifies = n.suffix.empty() && h.prefix.empty() && head.size() >= 2 &&
                           !WordClasses::IsFunctionWord(head) &&
                           (word_classes_.CanBeNoun(head) || word_classes_.CanBeAdjective(head));
    return qualifies ? RightContext::kAdjective : RightContext::kPastForm;
  }
  const bool noun = word_classes_.CanBeNoun(n.core);
  const bool adjective = word_classes_.CanBeAdjective(n.core);
  if (word_classes_.CanBeVerb(n.core) && !noun && !adjective) return RightContext::kVerb;
  if (adjective) return RightContext::kAdjective;
  if (noun) return RightContext::kNoun;
  return RightContext::kOther;
}

PossessiveContext::PossessiveContext(const DocumentStats& document,
                                     const std::vector<std::string>& clean_text,
                                     const Lexicon& lexicon, const WordClasses& word_classes)
    : lexicon_(lexicon), word_classes_(word_classes) {
  for (size_t c = 0; c < kLeft; ++c) {
    left_possessive_[c] = kLeftFromGrammar[c].first;
    left_plural_[c] = kLeftFromGrammar[c].second;
  }
  for (size_t c = 0; c < kRight; ++c) {
    right_possessive_[c] = kRightFromGrammar[c].first;
    right_plural_[c] = kRightFromGrammar[c].second;
  }
  std::vector<std::vector<Token>> clean;
  clean.reserve(clean_text.size());
  for (const std::string& line : clean_text) clean.push_back(Tokenize(line));
  const std::vector<std::vector<Token>>* texts[] = {&document.chunks(), &clean};
  for (const auto* text : texts) {
    const bool ocr = text == &document.chunks();
    const std::vector<std::vector<Token>>& tokens = *text;
    const Walker walk{tokens};
    for (size_t l = 0; l < tokens.size(); ++l) {
      for (size_t k = 0; k < tokens[l].size(); ++k) {
        const WordParts p = SplitWord(tokens[l][k].text);
        const std::string_view w = p.core;
        if (w.size() < 4 || w.back() != 's') continue;
        const long at = static_cast<long>(k);
        auto context = [&] {
          return std::pair{ClassifyLeft(walk.At(l, at - 1)),
                           ClassifyRight(p.suffix, walk.At(l, at + 1), walk.At(l, at + 2),
                                         k + 1 == tokens[l].size())};
        };
        if (EndsInApostropheS(w)) {
          const std::string stem(w.substr(0, w.size() - (w.ends_with("'s") ? 2 : 4)));
          if (utf8::Length(stem) < 2 || WordClasses::IsFunctionWord(ToLower(stem))) continue;
          const auto [left, right] = context();
          left_possessive_[static_cast<size_t>(left)] += 1;
          right_possessive_[static_cast<size_t>(right)] += 1;
          ++possessives_;
          continue;
        }
        if (!AllLetters(w) || HasAny(p.suffix, "'\u2019")) continue;
        const std::string stem(w.substr(0, w.size() - 1));
        if (ToLower(w) == w && lexicon.IsEnglish(w) && !WordClasses::IsFunctionWord(w) &&
            !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") &&
            !word_classes.CanBeVerb(w)) {
          const std::string singular = w.ends_with("ies") && !lexicon.IsEnglish(stem)
                                           ? std::string(w.substr(0, w.size() - 3)) + "y"
                                           : stem;
          if (!lexicon.IsEnglish(singular) || !word_classes.CanBeNoun(singular)) continue;
          const auto [left, right] = context();
          left_plural_[static_cast<size_t>(left)] += 1;
          right_plural_[static_cast<size_t>(right)] += 1;
          ++plurals_;
          continue;
        }
        if (ocr && Doubtful(w)) {
          const auto [left, right] = context();
          doubtful_[IsCapitalised(stem) || AllUpper(stem) ? 1 : 0][static_cast<size_t>(left)]
                   [static_cast<size_t>(right)] += 1;
        }
      }
    }
  }
  // The doubtful forms are a mixture of possessives and plurals. Each
  // round weighs every cell of them by the model as it stands, each form
  // leaving its own weight out (E), then counts them into both tables by
  // those weights, beside the sure samples, and takes each group's share of
  // possessives as its mean weight (M).
  const auto sure_left_possessive = left_possessive_, sure_left_plural = left_plural_;
  const auto sure_right_possessive = right_possessive_, sure_right_plural = right_plural_;
  for (int round = 0; round < kRounds; ++round) {
    std::array<Cells, 2> weight{};
    for (size_t g = 0; g < 2; ++g) {
      for (size_t l = 0; l < kLeft; ++l) {
        for (size_t r = 0; r < kRight; ++r) {
          if (doubtful_[g][l][r] > 0) {
            weight[g][l][r] = Posterior(g == 1, LeftContext(l), RightContext(r), true);
          }
        }
      }
    }
    weight_ = weight;
    left_possessive_ = sure_left_possessive;
    left_plural_ = sure_left_plural;
    right_possessive_ = sure_right_possessive;
    right_plural_ = sure_right_plural;
    for (size_t g = 0; g < 2; ++g) {
      possessive_share_[g] = 0;
      for (size_t l = 0; l < kLeft; ++l) {
        for (size_t r = 0; r < kRight; ++r) {
          const double n = doubtful_[g][l][r], w = weight_[g][l][r];
          possessive_share_[g] += n * w;
          left_possessive_[l] += n * w;
          right_possessive_[r] += n * w;
          left_plural_[l] += n * (1 - w);
          right_plural_[r] += n * (1 - w);
        }
      }
    }
    counted_ = true;
  }
}

bool PossessiveContext::Doubtful(std::string_view core) const {
  if (core.size() < 4 || core.back() != 's' || !AllLetters(core) || lexicon_.IsKnown(core)) {
    return false;
  }
  const std::string stem(core.substr(0, core.size() - 1));
  return stem.back() != 's' && (lexicon_.IsEnglish(stem) || lexicon_.IsName(stem));
}

double PossessiveContext::Posterior(bool capitalised, LeftContext left, RightContext right,
                                    bool leave_out) const {
  const size_t g = capitalised ? 1 : 0;
  const auto l = static_cast<size_t>(left), r = static_cast<size_t>(right);
  // The form's own weight, as the last round counted it.
  const bool own_counted = leave_out && counted_ && doubtful_[g][l][r] > 0;
  const double own = own_counted ? weight_[g][l][r] : 0;
  const double own_plural = own_counted ? 1 - own : 0;
  const double counted = own + own_plural;
  auto log_share = [](const auto& table, size_t cell, double minus) {
    double total = 0;
    for (double count : table) total += count;
    return std::log((table[cell] - minus) / (total - minus));
  };
  double log_ratio = log_share(left_possessive_, l, own) - log_share(left_plural_, l, own_plural);
  if (right != RightContext::kUnknown) {
    log_ratio += log_share(right_possessive_, r, own) - log_share(right_plural_, r, own_plural);
  }
  double forms = 0;
  for (const auto& row : doubtful_[g]) {
    for (double n : row) forms += counted_ ? n : 0;
  }
  const auto& [possessive_prior, plural_prior] = kShareFromGrammar[g];
  const double possessive = possessive_share_[g] - own + possessive_prior;
  const double plural = forms - counted - (possessive_share_[g] - own) + plural_prior;
  const double odds = possessive / plural * std::exp(log_ratio);
  return odds / (1 + odds);
}

double PossessiveContext::prior(bool capitalised) const {
  const size_t g = capitalised ? 1 : 0;
  double forms = 0;
  for (const auto& row : doubtful_[g]) {
    for (double n : row) forms += counted_ ? n : 0;
  }
  const auto& [possessive_prior, plural_prior] = kShareFromGrammar[g];
  return (possessive_share_[g] + possessive_prior) / (forms + possessive_prior + plural_prior);
}

}  // namespace emend::correct
