// The real dictionaries and WordNet, loaded once per test process: the
// corrector's tests and the tests that correct the whole thesis
// (tests/tei/corrected_thesis.hpp) share them instead of loading the four
// Hunspell dictionaries and the word lists again (about a second each time).
// The lexicon caches its answers, which does not change them; it is not
// thread-safe, and GoogleTest runs the tests one at a time.
#pragma once

#include <string>

#include "correct/lexicon.hpp"
#include "correct/word_classes.hpp"

namespace emend_test {

inline const emend::correct::Lexicon& SharedLexicon() {
  static const emend::correct::Lexicon lexicon([] {
    emend::correct::LexiconOptions options;
    options.dictionaries_dir = std::string(EMEND_SOURCE_DIR) + "/dictionaries";
    return options;
  }());
  return lexicon;
}

inline const emend::correct::WordClasses& SharedWordClasses() {
  static const emend::correct::WordClasses classes(EMEND_WORDNET_DIR);
  return classes;
}

}  // namespace emend_test
