// The script repair's lexicon, loaded once per test process: the OCR tests'
// in-process runs (RunOcr, ScriptRepair) share it through
// OcrOptions::lexicon instead of loading the four Hunspell dictionaries and
// the word lists again for every run (about a second each). The emend
// binary's runs load their own, as an editor's do.
#pragma once

#include <memory>
#include <string>

#include "correct/lexicon.hpp"

namespace emend_test {

inline std::shared_ptr<const emend::correct::Lexicon> SharedOcrLexicon() {
  static const std::shared_ptr<const emend::correct::Lexicon> lexicon = [] {
    emend::correct::LexiconOptions options;
    options.dictionaries_dir = std::string(EMEND_SOURCE_DIR) + "/dictionaries";
    return std::make_shared<const emend::correct::Lexicon>(options);
  }();
  return lexicon;
}

}  // namespace emend_test
