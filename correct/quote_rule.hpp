// Opening quotation marks the OCR misread as a letter or an asterisk:
// "the idivision of labour" -> "the 'division of labour", "*the higher" -> "'the higher".
#pragma once

#include "correct/rule.hpp"

namespace emend::correct {

// A chunk no dictionary knows that is "*" + a word, or "i" + a lower-case
// English word of four letters or more, starts with a quotation mark.
class QuoteRule : public Rule {
 public:
  std::string_view name() const override { return "quote"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;
};

}  // namespace emend::correct
