// The noisy channel that decides a word no dictionary knows: of the readings
// one edit away (the dictionary words the document uses), and the OCR form
// itself taken as a word of its own, which one most likely was typed, given
// what was read:
//
//   P(reading | ocr) ~ P(ocr | reading) * P(reading | the words beside it)
//
// with the channel learned from the document's own errors (error_model.hpp)
// and the source from the document's own text (language_model.hpp). The
// posterior of the best reading against all others, keeping the OCR form
// included, is the emendation's confidence.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "correct/document_stats.hpp"
#include "correct/error_model.hpp"
#include "correct/language_model.hpp"
#include "correct/lexicon.hpp"

namespace emend::correct {

struct NoisyChannelOptions {
  // The count every pair of the visual confusion table starts with.
  double visual_prior = 5;
};

struct Ranking {
  std::string reading;           // the most likely reading; empty when it is the OCR form
  double posterior = 0;          // its probability against every other reading
  std::vector<BlockEdit> edits;  // how the OCR misread it (one edit, or two)
  int readings = 0;              // how many readings were weighed, the OCR form excluded
  std::string evidence;          // for the emendation record
};

// A reading a rule proposes from what it knows of letters the OCR has no
// glyph for (a hook or an accent, letter_channel.hpp; a Cyrillic letter; an
// apostrophe): log P(ocr | reading) by that rule's channel, and how many
// times the document writes the reading, in any of the forms the OCR made of
// it, the occurrence judged left out.
struct Alternative {
  std::string reading;
  double log_channel = 0;
  int uses = 0;
  // For a reading from a word list of this many words (the Russian list),
  // unseen elsewhere: the share of the document's words that are dictionary
  // words used once, spread over the list; 0: by its letters (its base
  // letters, letter_channel.hpp), as any dictionary word.
  size_t list_size = 0;
};

// The confidence in alternative `best` of Weigh's posteriors: its
// posterior, but short of even odds (0.49 at most) when another alternative
// is exactly as likely: neither the channel nor the document tells them
// apart, so the reading is a coin's toss.
double Confidence(std::span<const double> posterior, size_t best);

class NoisyChannel {
 public:
  // Learns from the document; the document and lexicon must outlive it.
  NoisyChannel(const DocumentStats& document, const Lexicon& lexicon,
               NoisyChannelOptions options = {});

  // Ranks the readings of `ocr` (one occurrence of it; a word core) between
  // the word cores `previous` and `next` (empty at a line's edge).
  Ranking Rank(std::string_view ocr, std::string_view previous, std::string_view next) const;

  // P(reading | ocr) for each alternative, against the others and the OCR
  // form itself as an unseen word, on Rank's footing: the channel times the
  // document's frequency of the reading (a reading it never writes elsewhere
  // has the share of the dictionary words it uses once). The last element is
  // the OCR form's own.
  // `ocr_form_possible` false where the context has already decided the
  // span's language against the OCR form (a Latin chunk inside a Russian
  // citation): the readings are weighed among themselves, and the last
  // element is 0.
  std::vector<double> Weigh(std::string_view ocr, std::span<const Alternative> alternatives,
                            bool ocr_form_possible = true) const;

  // P(segmentation | the OCR's chunks) for the readings of a run of chunks
  // that differ in their spaces only: a word the OCR read in pieces
  // ("Norm alization") or two it read as one ("aggressionAs"). Each reading
  // is a list of words with how many spaces the OCR inserted into them and
  // how many it lost between them; its probability is the document's
  // frequency of each word (of a word pair, where it writes the pair)
  // times the document's rates of such spaces (learned from its own split
  // and glued words). The OCR's chunks taken
  // as typed are the last reading, their own occurrence left out. Returns
  // the posteriors, the OCR's last.
  struct Segmentation {
    std::vector<std::string> words;
    int inserted = 0;  // spaces the OCR put inside a word
    int lost = 0;      // spaces between words the OCR did not see
  };
  std::vector<double> WeighSpaces(std::span<const std::string> chunks,
                                  std::span<const Segmentation> readings) const;
  // The learned rates: of the document's words, the share the OCR broke
  // by spaces; of those, the share with one more gap than it has; of the
  // spaces between words, the share lost.
  double word_broken() const { return word_broken_; }
  double another_gap() const { return another_gap_; }
  double space_lost() const { return space_lost_; }
  // log P(a word read with this many spaces inside | the word).
  double LogSpacesInserted(int gaps) const;

  const ErrorModel& errors() const { return errors_; }
  const LanguageModel& language() const { return language_; }

 private:
  const DocumentStats& document_;
  ErrorModel errors_;
  LanguageModel language_;
  // Any dictionary or word list knows the word.
  std::function<bool(const std::string&)> known_;
  std::function<bool(const std::string&)> known_english_;
  // The share of the possessives of dictionary words that the OCR read
  // without their apostrophe.
  double apostrophe_lost_ = 0;
  double word_broken_ = 0;
  double another_gap_ = 0;
  double space_lost_ = 0;
  void LearnSpaces(const DocumentStats& document, const Lexicon& lexicon);
  // log P(word) by the document, or as an unseen dictionary word or form.
  double LogAnyWord(std::string_view word, int leave_out) const;
  // In one of the project's word lists (dictionaries/*.txt), as written there.
  std::function<bool(const std::string&)> listed_;
};

}  // namespace emend::correct
