// How likely a word is here, by the document's own text: the source model of
// the noisy channel (see noisy_channel.hpp). A form the document uses has its
// relative frequency, sharpened by the words beside it (the document's word
// pairs); a form it has never seen has the share of the document's words that
// occur once and no dictionary knows, times the probability of its letters
// under a model of the document's dictionary words (letter trigrams), so that
// "Loszonczy" is a likely unseen word and "fundamentai" a less likely one
// than "fundamental" misread; a capital or a digit inside a word costs
// what the dictionary words the document uses say it does.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

#include "correct/document_stats.hpp"
#include "correct/lexicon.hpp"

namespace emend::correct {

class LanguageModel {
 public:
  // Counts the document's forms; the document must outlive the model.
  LanguageModel(const DocumentStats& document, const Lexicon& lexicon);

  // log P(word) for a form the document uses, its case ignored, with
  // `leave_out` of its occurrences not counted (the one being judged); a form
  // with no occurrence left is an unseen one (LogUnseen).
  double LogWord(std::string_view word, int leave_out = 0) const;
  // log of P(word | previous, next) / P(word): how much more (or less) the
  // document's word pairs expect `word` between these neighbours than
  // anywhere. 0 when the neighbours are empty or the pairs say nothing.
  double LogContext(std::string_view previous, std::string_view word, std::string_view next) const;
  // How often the document has `word` right after `previous` and, apart,
  // right before `next`: the fewer of the two word pairs (0 when a
  // neighbour is empty).
  int PhraseUses(std::string_view previous, std::string_view word, std::string_view next) const;
  // The document's uses of a form, its case ignored.
  int Uses(std::string_view word) const { return document_.CountIgnoringCase(word); }
  // log P(word) for a word the document writes `uses` times, in whatever
  // forms (a listed word the OCR read several ways; see NoisyChannel::Weigh).
  double LogUses(int uses) const;
  // log P(word) for a form the document has never seen.
  double LogUnseen(std::string_view word) const;
  // log P(word) for a dictionary word the document has never seen: the
  // share of its words that are dictionary words used once, times the
  // probability of its letters.
  double LogUnseenKnown(std::string_view word) const;
  // log P(word) for a word of a list of `list_size` words the document has
  // never seen: the share of its words that are dictionary words used once,
  // spread evenly over the list.
  double LogUnseenListed(std::string_view word, size_t list_size) const;

  // The share of the document's words whose form occurs once and no
  // dictionary knows, among forms of the word's shape (lower case,
  // capitalised, other): what an unseen word's probability starts from. A
  // lower-case word no dictionary knows is rare in this prose; a capitalised
  // one is most often a name.
  double unseen_share(std::string_view word) const { return unseen_share_[Shape(word)]; }

 private:
  double LogLetters(std::string_view word) const;

  const DocumentStats& document_;
  double words_ = 1;
  // By shape: lower case, capitalised, other.
  static constexpr size_t kShapes = 3;
  static size_t Shape(std::string_view word);
  std::array<double, kShapes> unseen_share_{};
  std::array<double, kShapes> unseen_known_share_{};
  // Letter trigrams and their two-letter histories over the lower-cased
  // dictionary words the document uses, weighted by use; '^' and '$' mark
  // a word's edges.
  std::unordered_map<std::u32string, double> trigrams_, bigrams_, unigrams_;
  double letters_ = 1;
  double alphabet_ = 1;
  // Of the dictionary words' letters that follow a lower-case letter, the
  // share in upper case ("McCarthy"): what a capital inside a word costs, as
  // the letter model reads words in lower case ("VidiC" is rarely typed so).
  double inner_capital_ = 1;
  // Likewise a digit between letters: the dictionary words have none.
  double inner_digit_ = 1;
};

}  // namespace emend::correct
