// A correction rule: looks at one line (with the whole document as evidence)
// and proposes emendations through the LineEditor.
#pragma once

#include <string_view>

#include "correct/document_stats.hpp"
#include "correct/lexicon.hpp"
#include "correct/line_editor.hpp"
#include "correct/word_classes.hpp"

namespace emend::correct {

// What every rule may consult. All references outlive the rules.
struct Evidence {
  const Lexicon& lexicon;
  const DocumentStats& document;
  const WordClasses& word_classes;

  // A word as far as the dictionaries know it (any language, any list).
  bool Known(std::string_view word) const { return lexicon.IsKnown(word); }
  // Known, or a clean-looking form the document uses at least three times.
  bool WordLike(std::string_view word) const;
};

class Rule {
 public:
  virtual ~Rule() = default;
  // Short name used in the evidence column ("split", "apostrophe", ...).
  virtual std::string_view name() const = 0;
  virtual void Apply(LineEditor& line, const Evidence& evidence) const = 0;
};

}  // namespace emend::correct
