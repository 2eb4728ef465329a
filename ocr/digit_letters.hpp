// Letters read as digits: on a typewriter's thin strokes (a bilevel scan) the
// engine reads an i or an l as 1 inside a word ("1n", "1s", "1t", "1ssues").
// Such a word is no number (its other characters are letters), so it is read
// again with digits not allowed, and the new reading is taken when it is one
// of the word's spellings with letters for its 1s that a dictionary knows.
// A word of digits only ("there 15 no sign" for "is") is left as it is: no
// rule tells it from a number by its characters.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace emend::ocr {

// Whether a dictionary knows a word (as written).
using KnownWord = std::function<bool(const std::string& word)>;

// The spellings of `word` (a word as the engine delimited it, punctuation
// included) with i or l for each 1, that `known` accepts;
// none when the word is not lower-case letters and 1s between optional
// punctuation (at least one of each, at most three 1s), or is known itself.
// Exposed for tests.
std::vector<std::string> LetterSpellings(const std::string& word, const KnownWord& known);

// Reads word `index` of the line again with digits not allowed; "" when it cannot.
using ReadWithoutDigits = std::function<std::string(size_t index)>;

struct DigitLetterChange {
  size_t index = 0;    // position of the word in the line
  std::string before;  // as the engine read it
  std::string after;   // with letters for its digits
};

// For each word of a line that has LetterSpellings, asks `read` for a reading
// without digits; when that reading is one of the spellings (in lower case:
// a capital I read at a word's start is no evidence in a typewriter's face),
// the word is replaced by that spelling in `words`, keeping its punctuation.
// Returns the changes. A sentence's "It" read as "1t" becomes "it".
std::vector<DigitLetterChange> RepairDigitLetters(std::vector<std::string>& words,
                                                  const KnownWord& known,
                                                  const ReadWithoutDigits& read);

}  // namespace emend::ocr
