// Scoring a correction against hand-made ground truth: word and character
// error rates before and after, error reduction, the tokens the corrector
// broke, and recall per class of the gold's edits.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace emend::correct {

// A gold folder holds ocr/NAME.txt, gold/NAME.txt and gold/NAME.edits.tsv
// (line, ocr, gold, category, certainty); lines whose edit is "noise" are skipped.
struct BrokenToken {
  std::string slice;
  int line = 0;
  std::string gold;    // the right token, which the OCR had
  std::string system;  // what the system made of it ("" if dropped)
};

struct EvaluationReport {
  int slices = 0;
  int slices_missing = 0;  // no system file: scored as uncorrected
  long gold_words = 0, gold_chars = 0;
  long word_errors_ocr = 0, word_errors_system = 0;
  long char_errors_ocr = 0, char_errors_system = 0;
  long tokens_fixed = 0, tokens_broken = 0;
  std::vector<BrokenToken> broken;
  std::map<std::string, std::pair<int, int>> category_recall;  // class -> (found, total)

  double WerOcr() const;
  double WerSystem() const;
  double CerOcr() const;
  double CerSystem() const;
  double WordErrorReduction() const;  // percent
  double CharErrorReduction() const;  // percent
  double BrokenPer10kWords() const;
};

// Scores system_dir/NAME.txt against every slice of gold_dir. A system file
// whose line count differs from the OCR is an InputError (file: message).
EvaluationReport Evaluate(const std::string& gold_dir, const std::string& system_dir);

// Scores one slice given as lines (used by Evaluate and by tests).
void ScoreSlice(const std::string& name, const std::vector<std::string>& ocr,
                const std::vector<std::string>& gold, const std::vector<std::string>& system,
                const std::vector<std::vector<std::string>>& edits, EvaluationReport& report);

// A readable report, one figure per line ("name: value").
std::string FormatReport(const EvaluationReport& report, bool list_broken);

}  // namespace emend::correct
