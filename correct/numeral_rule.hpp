// Roman numerals that the OCR read as digits or as l: section headings
// ("11.1 Establishment" -> "II.1"), archival signatures ("119/1-56" ->
// "119/I-56"), numerals after CHAPTER/Vol. ("CHAPTER II I", "Vol. Ill").
#pragma once

#include <string>
#include <unordered_set>

#include "correct/rule.hpp"

namespace emend::correct {

// Fires only where the document shows the clean pattern elsewhere: roman
// section headings ("IV.1 ...") for headings, roman signature parts
// ("507/IX") for signatures, a label its signatures number in roman before
// a dash ("SSSR II - 288") for that label ("SSSR 1-165" -> "SSSR I-165").
class NumeralRule : public Rule {
 public:
  explicit NumeralRule(const DocumentStats& document);
  std::string_view name() const override { return "numeral"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;

 private:
  bool roman_headings_ = false;
  bool roman_signatures_ = false;
  // The document glues a roman numeral to the file label F before a slash
  // at least twice ("FIV/1", "FV/f3/2").
  bool glued_file_label_ = false;
  // Labels ("SSSR") the document's signatures follow with a roman numeral
  // and a dash at least twice, and twice as often as with any other number.
  std::unordered_set<std::string> roman_labels_;
};

// "III" -> 3; 0 when s is not a well-formed roman numeral up to 39.
int RomanValue(std::string_view s);

// A word a roman numeral follows: CHAPTER, Chapter, PART, Part, Vol, Volume, Book.
bool IsRomanKeyword(std::string_view core);

}  // namespace emend::correct
