// The channel for the letters the English OCR has no glyph for: the hooks of
// Serbo-Croatian (č ć š ž), the accents of Hungarian, French and Turkish
// names (é á ó ö ç) and the Polish ł. How likely a typed letter is read as
// each OCR letter, P(read | typed): a hook dropped (c for č), a misread
// (6, d or b for ć) or the letter left out.
//
// Learned from the document, in the manner of TICCL: every form no
// dictionary knows that reads as exactly one listed word once such letters
// are put back ("Mi6unovi6", "Midunovid", "Micunovi6" beside Mićunović)
// counts its letter pairs, as often as the document uses it. A table of the
// typescript's look-alikes gives each pair a prior count, larger for the
// dropped hook, which is what an English OCR makes of a hooked letter.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace emend::correct {

// The letter a typed letter of the table is written as without its hook or
// accent (č -> c, Ž -> Z, ł -> l); the letter itself otherwise.
char32_t BaseLetter(char32_t typed);
// The word with every such letter written as its base letter.
std::string BaseLetters(std::string_view word);

class LetterChannel {
 public:
  LetterChannel();

  // The document's evidence: `read` (the OCR form) is the listed word
  // `typed` as the OCR read it, `uses` times. Both have the same number of
  // code points, except where the OCR left letters out (`typed` longer; the
  // letters outside ASCII are the ones missing).
  void Observe(std::string_view typed, std::string_view read, int uses);

  // log P(read | typed) for the whole word: the sum over its letters that
  // differ (a letter left out counts as read as nothing). Letters read as
  // themselves count log 1. Nothing in the table and never observed: the
  // smallest rate the table knows.
  double LogWord(std::string_view typed, std::string_view read) const;
  // log P(read | typed) for one letter; `read` 0 for a letter left out.
  double LogLetter(char32_t typed, char32_t read) const;
  // How often the document showed the pair (for the emendation record).
  int Observed(char32_t typed, char32_t read) const;

 private:
  // (typed, read) -> count, the table's prior and what the document showed.
  std::map<std::pair<char32_t, char32_t>, double> counts_;
  std::map<std::pair<char32_t, char32_t>, int> observed_;
  // typed -> the sum of its row.
  std::map<char32_t, double> totals_;
};

}  // namespace emend::correct
