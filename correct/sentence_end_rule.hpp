// A full stop the OCR lost between two sentences: "the so-called Belgrade
// Declaration It was a unique document".
#pragma once

#include "correct/rule.hpp"

namespace emend::correct {

// A lower-case word, or a capitalised one that is not a name the document
// keeps together with what follows, directly followed (no punctuation) by a
// capitalised subject pronoun or sentence adverb that no title or name
// contains in this position (It, He, She, They, However): the sentence
// ended there, and its full stop is put back.
class SentenceEndRule : public Rule {
 public:
  std::string_view name() const override { return "sentence-end"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;
};

}  // namespace emend::correct
