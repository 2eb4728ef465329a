// The real dictionaries and WordNet, loaded once per test program and shared
// by every test of the corrector that needs them.
#pragma once

#include <string>

#include "correct/lexicon.hpp"
#include "correct/word_classes.hpp"

namespace emend::correct {

inline const Lexicon& SharedLexicon() {
  static const Lexicon lexicon([] {
    LexiconOptions options;
    options.dictionaries_dir = std::string(EMEND_SOURCE_DIR) + "/dictionaries";
    return options;
  }());
  return lexicon;
}

inline const WordClasses& SharedWordClasses() {
  static const WordClasses classes(EMEND_WORDNET_DIR);
  return classes;
}

}  // namespace emend::correct
