// Whether a word in s stands where a possessive stands or where a plural
// does, by the words on either side of it: the context half of the noisy
// channel for the apostrophe the OCR drops ("Titos letter" is Tito's,
// "between the two Germanys." is a plural).
//
// Each side is reduced to a class: before the word a plural marker ("two",
// "both"), a determiner that takes a singular only ("a", "each"), or
// another word; after it the
// punctuation that ends a sentence or a clause, a function word, a past
// form that is the clause's verb, a verb, an adjective, a noun, a
// capitalised word, a number. The two sides are taken as independent given
// the reading (a possessive or a plural).
//
// Learned from the document and its clean in-domain text, not from any
// gold: the possessives are the forms written with their apostrophe (clean
// text has them; the OCR keeps a few), the plurals are the lower-case
// dictionary words in s on a dictionary noun ("countries", "leaders"), a
// few of them lost possessives themselves. What share of the OCR's forms no
// dictionary knows, in s on a known stem ("Titos", "countrys"), are
// possessives is estimated over all of them (expectation-maximisation), for
// capitalised stems and for lower-case ones apart: a name takes no plural.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "correct/document_stats.hpp"
#include "correct/lexicon.hpp"
#include "correct/word_classes.hpp"

namespace emend::correct {

// Only the words that take one number: whether a determiner, a preposition
// or a sentence's start stands before says more about whether the word is a
// name (which needs no article) than about its number.
enum class LeftContext {
  kPluralMarker,        // two, both, several, many
  kSingularDeterminer,  // a, an, each, every, another
  kOther,
  kCount
};

enum class RightContext {
  kSentenceEnd,   // . ; : ! ? right after the word
  kComma,         // , ) or nothing after
  kFunctionWord,  // and, was, on, to
  kPastForm,      // responded, took: a past form no noun phrase continues
  kVerb,          // a verb that is no noun or adjective
  kAdjective,     // huge, proposed (before a noun)
  kNoun,          // letter, policy
  kCapitalised,   // Yugoslavia, CC
  kNumber,        // 30 October
  kOther,
  kUnknown,  // the line ends and a footnote or page number follows: no evidence
  kCount
};

// Words that make the next noun plural ("both governments", "the two
// leaderships"), any case.
bool IsPluralMarker(std::string_view word);
// Determiners that take a singular noun only ("a moment", "each day"), lower case.
bool TakesSingularOnly(std::string_view word);
// Articles, demonstratives and possessive determiners, lower case.
bool IsDeterminer(std::string_view word);

std::string_view Describe(LeftContext context);
std::string_view Describe(RightContext context);

// The chunks around a word in s, as the OCR wrote them (with punctuation):
// the chunk before (empty at a text's start), the word's own trailing
// punctuation, and the two chunks after (empty past the text's end).
struct Surroundings {
  std::string_view before;
  std::string_view suffix;
  std::string_view after;
  std::string_view after_second;
};

class PossessiveContext {
 public:
  // Learns from the document's OCR lines and the clean text; the lexicon
  // and word classes must outlive the model.
  PossessiveContext(const DocumentStats& document, const std::vector<std::string>& clean_text,
                    const Lexicon& lexicon, const WordClasses& word_classes);

  LeftContext ClassifyLeft(std::string_view before) const;
  // `after_on_next_line`: the word ends its line.
  RightContext ClassifyRight(std::string_view suffix, std::string_view after,
                             std::string_view after_second, bool after_on_next_line) const;

  // A verb's past form, regular ("responded", "denied") or irregular ("took").
  bool IsPastForm(std::string_view word) const;

  // A form no dictionary knows in s on a stem the dictionaries have
  // ("Titos", "countrys"): a word core.
  bool Doubtful(std::string_view core) const;
  // P(possessive | context) for a doubtful form, its stem capitalised or
  // not. `leave_out`: the form is one of the document's the model was
  // learned from, and its own weight does not count for it.
  double Posterior(bool capitalised, LeftContext left, RightContext right, bool leave_out) const;
  // The learned share of possessives among doubtful forms.
  double prior(bool capitalised) const;
  // How many possessives and plurals the model was learned from.
  int possessives() const { return possessives_; }
  int plurals() const { return plurals_; }

 private:
  const Lexicon& lexicon_;
  const WordClasses& word_classes_;
  static constexpr size_t kLeft = static_cast<size_t>(LeftContext::kCount);
  static constexpr size_t kRight = static_cast<size_t>(RightContext::kCount);
  // Counts of each context beside the possessives and the plurals.
  std::array<double, kLeft> left_possessive_{}, left_plural_{};
  std::array<double, kRight> right_possessive_{}, right_plural_{};
  // The doubtful forms, by group (lower-case stem, capitalised) and
  // context, and the weight of a possessive the last round gave each cell.
  using Cells = std::array<std::array<double, kRight>, kLeft>;
  std::array<Cells, 2> doubtful_{}, weight_{};
  // Each group's expected number of possessives among its doubtful forms.
  std::array<double, 2> possessive_share_{};
  // Whether the tables count the doubtful forms yet (after the first round).
  bool counted_ = false;
  int possessives_ = 0;
  int plurals_ = 0;
};

}  // namespace emend::correct
