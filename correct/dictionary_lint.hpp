// Checks on the project's word lists (dictionaries/*.txt) before they are
// used: their format, and whether the corrector would contradict an entry.
#pragma once

#include <string>
#include <vector>

#include "correct/corrector.hpp"
#include "correct/word_list.hpp"

namespace emend::correct {

struct LintFinding {
  int line = 0;    // 1-based
  int column = 0;  // 1-based code point, 0 for the whole line
  std::string message;
};

// The format of a word list, from its raw bytes: UTF-8 without BOM or CR,
// NFC, one word per line without stray whitespace, no word mixing Latin and
// Cyrillic letters, entries sorted in byte order (LC_ALL=C sort) and unique.
// Comment lines ('#') and blank lines are allowed.
std::vector<LintFinding> LintWordListText(const std::string& bytes);

// Entries that the corrector, given the entry alone on a line, would change:
// the list says the word is right, the corrector says it is not.
std::vector<LintFinding> FindContradictions(const WordList& list, const Corrector& corrector);

}  // namespace emend::correct
