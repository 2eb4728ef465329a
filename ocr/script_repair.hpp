// Mixed-script repair: a multi-language engine sometimes reads a word with
// letters of the wrong script (Latin "F 90/9" as Cyrillic "Е 90/9", "VIII" as
// "МИ", Cyrillic "Кн.3" as Latin "KH.3"). A word that mixes scripts, or that is
// in the other script than its neighbours and no dictionary knows it as it
// stands, is put into the script that the dictionaries and its neighbours
// support.
//
// What is never changed: a word that a dictionary of its own script knows,
// unless the engine doubted it (confidence below kDoubtful) and the whole line
// is in the other script; and a word the engine was sure of (kConfident) that
// is in the line's script or in a line of both scripts ("Фонд [Collection] 2,
// Опись [Inventory] 1" keeps every word). A word is replaced whole: its letters
// and the digits between them ("_Ро11су" becomes "_Policy", not "_Policy11су").
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
  size_t index = 0;      // position of the word in the line
  std::string before;    // as the engine read it
  std::string after;     // as repaired
  std::string evidence;  // "dictionary", "reread" or "look-alike", plus the context
};

// Reads word `index` of the line again with a recogniser restricted to
// `target` (for instance from the page image); returns "" when it cannot.
using Reread = std::function<std::string(size_t index, Script target)>;

// Tesseract's word confidences (0..100): at or above kConfident the engine is
// sure of a word; below kDoubtful it doubts it.
constexpr float kConfident = 85.0f;
constexpr float kDoubtful = 60.0f;

class ScriptRepair {
 public:
  // The lexicon must outlive this object. Like the lexicon, not thread-safe.
  explicit ScriptRepair(const correct::Lexicon& lexicon);

  // Repairs the words of one OCR line in place (each word as the engine
  // delimited it, punctuation included) and returns what it changed, in order.
  // `reread`, when given, is asked for a reading in the target script before
  // the look-alike spellings are tried. `confidences`, when given, holds the
  // engine's confidence for each word (0..100); without it no word counts as
  // confident or doubted.
  std::vector<ScriptChange> RepairLine(std::vector<std::string>& words, const Reread& reread = {},
                                       const std::vector<float>& confidences = {}) const;

 private:
  bool Known(const std::string& letters, Script script) const;

  const correct::Lexicon& lexicon_;
};

}  // namespace emend::ocr
