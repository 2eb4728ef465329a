// Mixed-script repair: a multi-language engine sometimes reads a word with
// letters of the wrong script (Latin "F 90/9" as Cyrillic "Е 90/9", "VIII" as
// "МИ", Cyrillic "Кн.3" as Latin "KH.3"). A word that mixes scripts, or that is
// in the other script than its neighbours and no dictionary knows it as it
// stands, is put into the script that the dictionaries and its neighbours
// support.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ocr/script.hpp"

namespace emend::correct {
class Lexicon;
}

namespace emend::ocr {

// One word the repair changed.
struct ScriptChange {
  size_t index = 0;     // position of the word in the line
  std::string before;   // as the engine read it
  std::string after;    // as repaired
  std::string evidence; // "dictionary", "reread" or "look-alike", plus the context
};

// Reads word `index` of the line again with a recogniser restricted to
// `target` (for instance from the page image); returns "" when it cannot.
using Reread = std::function<std::string(size_t index, Script target)>;

class ScriptRepair {
 public:
  // The lexicon must outlive this object. Like the lexicon, not thread-safe.
  explicit ScriptRepair(const correct::Lexicon& lexicon);

  // Repairs the words of one OCR line in place (each word as the engine
  // delimited it, punctuation included) and returns what it changed, in order.
  // `reread`, when given, is asked for a reading in the target script before
  // the look-alike spellings are tried.
  std::vector<ScriptChange> RepairLine(std::vector<std::string>& words,
                                       const Reread& reread = {}) const;

 private:
  bool Known(const std::string& letters, Script script) const;

  const correct::Lexicon& lexicon_;
};

}  // namespace emend::ocr
