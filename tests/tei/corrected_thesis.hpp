// The bundled thesis corrected as `make` corrects it, for tests that measure
// the later stages on the real text.
#pragma once

#include <string>
#include <vector>

#include "core/text_file.hpp"
#include "correct/corrector.hpp"

namespace emend::tei {

inline const std::vector<std::string>& ThesisOcr() {
  static const std::vector<std::string> lines =
      ReadTextLines(std::string(EMEND_SOURCE_DIR) + "/samples/thesis-ocr.txt");
  return lines;
}

inline const correct::CorrectionResult& CorrectedThesis() {
  static const correct::CorrectionResult result = [] {
    correct::LexiconOptions options;
    options.dictionaries_dir = std::string(EMEND_SOURCE_DIR) + "/dictionaries";
    const correct::Lexicon lexicon(options);
    const correct::WordClasses classes(EMEND_WORDNET_DIR);
    return correct::Corrector(lexicon, classes, {}).Correct(ThesisOcr());
  }();
  return result;
}

}  // namespace emend::tei
