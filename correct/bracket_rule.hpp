// Opening brackets the OCR misread: "fthe Soviet leadership]" -> "[the Soviet
// leadership]", "{Yugoslavia]" -> "[Yugoslavia]", "tStalin]" -> "[Stalin]".
#pragma once

#include "correct/rule.hpp"

namespace emend::correct {

// The author's insertions in quotations stand in square brackets. Where a
// line has a closing bracket with no opening one before it, the nearest
// chunk within a few words that starts with a typical misreading of "["
// (f t { ^ \ 1 I) and reads as a word once that letter is dropped, gets its
// "'[". The quote and bracket typed against a word may also swallow its
// first letter: up to four glyphs and the tail of a word the document uses
// at least 50 times, one word only ("flhe", "ft/vith": "'[the", "'[with").
class BracketRule : public Rule {
 public:
  std::string_view name() const override { return "bracket"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;
};

}  // namespace emend::correct
