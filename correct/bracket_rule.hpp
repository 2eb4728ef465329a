// Opening brackets the OCR misread: "fthe Soviet leadership]" -> "[the Soviet
// leadership]", "{Yugoslavia]" -> "[Yugoslavia]", "tStalin]" -> "[Stalin]".
#pragma once

#include "correct/rule.hpp"

namespace emend::correct {

// The author's insertions in quotations stand in square brackets. Where a
// line has a closing bracket with no opening one before it, the nearest
// chunk within a few words that starts with a typical misreading of "["
// (f t { ^ \) and reads as a word once that letter is dropped, gets its "[".
class BracketRule : public Rule {
 public:
  std::string_view name() const override { return "bracket"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;
};

}  // namespace emend::correct
