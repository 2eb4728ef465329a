// The bundled thesis corrected as `make` corrects it, for tests that measure
// the later stages on the real text.
#pragma once

#include <string>
#include <vector>

#include "core/text_file.hpp"
#include "correct/corrector.hpp"
#include "tests/correct/shared_lexicon.hpp"

namespace emend::tei {

inline const std::vector<std::string>& ThesisOcr() {
  static const std::vector<std::string> lines =
      ReadTextLines(std::string(EMEND_SOURCE_DIR) + "/samples/thesis-ocr.txt");
  return lines;
}

inline const correct::CorrectionResult& CorrectedThesis() {
  static const correct::CorrectionResult result = [] {
    // The dictionaries the corrector's tests load too (the same options).
    return correct::Corrector(emend_test::SharedLexicon(), emend_test::SharedWordClasses(), {})
        .Correct(ThesisOcr());
  }();
  return result;
}

}  // namespace emend::tei
