// Lost apostrophes: "Titos" -> "Tito's", "countrys" -> "country's",
// "PRAVDAs article" -> "PRAVDA's article"; "the Soviets" stays.
#pragma once

#include "correct/possessive_context.hpp"
#include "correct/rule.hpp"

namespace emend::correct {

// A word ending in s that no dictionary knows, whose stem is a word or a name
// the document uses on its own, is a possessive. A word that is a valid
// plural ("Presidiums", "Peoples") becomes a possessive only when the clean
// text shows the stem's possessive elsewhere and the next word is a noun that
// cannot be a verb: context decides, not the word alone.
//
// A form no dictionary knows is weighed: its confidence is the posterior of
// the possessive by the document's own context model (possessive_context.hpp).
class ApostropheRule : public Rule {
 public:
  // The model must outlive the rule.
  explicit ApostropheRule(const PossessiveContext& context) : context_(context) {}
  std::string_view name() const override { return "apostrophe"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;

 private:
  const PossessiveContext& context_;
};

}  // namespace emend::correct
