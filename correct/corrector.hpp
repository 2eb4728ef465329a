// The corrector: OCR lines in, corrected lines and emendation records out.
// This is the public surface of the correct/ module.
#pragma once

#include <string>
#include <vector>

#include "correct/emendation.hpp"
#include "correct/lexicon.hpp"
#include "correct/word_classes.hpp"

namespace emend::correct {

struct CorrectorOptions {
  // A proposal at or above this confidence is applied; below it, flagged for
  // an editor and the OCR reading kept.
  double apply_threshold = 0.5;
};

struct CorrectionResult {
  // Exactly as many lines as the input; line k is input line k, corrected.
  std::vector<std::string> lines;
  // Applied and flagged emendations, by line then column.
  std::vector<Emendation> emendations;
};

class Corrector {
 public:
  // The lexicon and word classes must outlive the corrector.
  Corrector(const Lexicon& lexicon, const WordClasses& word_classes, CorrectorOptions options);

  // Corrects a whole document. clean_text is optional in-domain text with
  // correct spelling (e.g. the letters the thesis quotes), used as evidence
  // only. Deterministic: the same input gives the same output.
  CorrectionResult Correct(const std::vector<std::string>& lines,
                           const std::vector<std::string>& clean_text = {}) const;

 private:
  const Lexicon& lexicon_;
  const WordClasses& word_classes_;
  CorrectorOptions options_;
};

}  // namespace emend::correct
