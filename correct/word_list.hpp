// The project's plain-text word lists (dictionaries/*.txt): one entry per
// line, comments ('#') allowed, UTF-8, NFC.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

namespace emend::correct {

struct WordList {
  std::string path;
  std::vector<std::string> entries;  // in file order
  std::vector<int> lines;            // the 1-based line of each entry
};

// Reads a word list. Blank lines and lines starting with '#' are skipped;
// an entry is everything else on the line. Throws InputError
// ("path:line:col: message") for a missing or unreadable file, bad encoding,
// or an entry with leading/trailing whitespace or inner spaces.
WordList ReadWordList(const std::string& path);

}  // namespace emend::correct
