// The bundled thesis corrected as `make` corrects it, for tests that measure
// the later stages on the real text.
#pragma once

#include <cstdlib>
#include <string>
#include <vector>

#include "core/text_file.hpp"
#include "correct/corrector.hpp"
#include "correct/emendation.hpp"
#include "tests/correct/shared_lexicon.hpp"

namespace emend::tei {

inline const std::vector<std::string>& ThesisOcr() {
  static const std::vector<std::string> lines =
      ReadTextLines(std::string(EMEND_SOURCE_DIR) + "/samples/thesis-ocr.txt");
  return lines;
}

// CTest's thesis_edition fixture has corrected the thesis already (`emend
// correct`, no other option) and names its folder in EMEND_TEST_THESIS_EDITION:
// its thesis.txt and thesis.emendations.tsv are read, as `emend tei` reads
// them. Without the variable (the binary run by hand, the sanitizer build),
// the thesis is corrected here.
inline const correct::CorrectionResult& CorrectedThesis() {
  static const correct::CorrectionResult result = [] {
    const char* edition = std::getenv("EMEND_TEST_THESIS_EDITION");
    if (edition != nullptr && *edition != '\0') {
      const std::string dir = edition;
      const std::string records = dir + "/thesis.emendations.tsv";
      return correct::CorrectionResult{ReadTextLines(dir + "/thesis.txt"),
                                       correct::ParseEmendations(ReadFileBytes(records), records)};
    }
    // The dictionaries the corrector's tests load too (the same options).
    return correct::Corrector(emend_test::SharedLexicon(), emend_test::SharedWordClasses(), {})
        .Correct(ThesisOcr());
  }();
  return result;
}

}  // namespace emend::tei
