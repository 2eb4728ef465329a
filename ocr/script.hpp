// Which script a word is written in, and how a word in one script would be
// spelled with the other script's letters that look the same on the page.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace emend::ocr {

enum class Script { kNone, kLatin, kCyrillic, kMixed };

// The script of the letters in text: kNone when it has no Latin or Cyrillic
// letter (digits, punctuation), kMixed when it has both.
Script ScriptOf(std::string_view text);

// Spellings of `letters` (a run of letters, valid UTF-8) in `target`, made by
// replacing each letter of the other script with a letter or letters of the
// target script that look like it in print (Cyrillic "Н" -> Latin "H", "И" ->
// "II" or "N"; Latin "B" -> "В"). Letters already in the target script stay;
// a digit stays or becomes a letter it looks like ("1" -> "l", "0" -> "о").
// Returns at most `limit` spellings, fewest multi-letter replacements first;
// empty when some letter has no look-alike in the target script.
std::vector<std::string> LookAlikeSpellings(std::string_view letters, Script target,
                                            size_t limit = 32);

}  // namespace emend::ocr
