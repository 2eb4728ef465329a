// Lost apostrophes: "Titos" -> "Tito's", "countrys" -> "country's",
// "PRAVDAs article" -> "PRAVDA's article"; "the Soviets" stays.
#pragma once

#include "correct/rule.hpp"

namespace emend::correct {

// A word ending in s that no dictionary knows, whose stem is a word or a name
// the document uses on its own, is a possessive. A word that is a valid
// plural ("Presidiums", "Peoples") becomes a possessive only when the clean
// text shows the stem's possessive elsewhere and the next word is a noun that
// cannot be a verb: context decides, not the word alone.
class ApostropheRule : public Rule {
 public:
  std::string_view name() const override { return "apostrophe"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;
};

}  // namespace emend::correct
