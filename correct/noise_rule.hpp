// Scanner noise: library stamp fragments such as "^7&2io" or "Th ^ s ^ s".
#pragma once

#include "correct/rule.hpp"

namespace emend::correct {

// A short line made largely of symbols no typescript line has (^ & < > ~ |
// { } @ = + _ \), with no dictionary word of four letters or more, is
// reported as noise (flagged) and left as it is: no rule "corrects" it.
class NoiseRule {
 public:
  // True (and the line marked) if the line is noise.
  bool Apply(LineEditor& line, const Evidence& evidence) const;
};

}  // namespace emend::correct
