// Other character confusions of the OCR: "ihe" -> "the", "Tneste" -> "Trieste",
// "ofthe" -> "of the".
#pragma once

#include <string>
#include <unordered_map>

#include "correct/rule.hpp"

namespace emend::correct {

// For a word no dictionary knows, tries one visual confusion (i/t, rn/m,
// n/ri, li/h, cl/d, 1/l/I, 0/o, ...) or one lost space, and keeps the reading
// if it is a dictionary word the document itself uses at least five times
// (eight times as often as the OCR form, if that recurs) and no other
// reading fits as well.
// Deletions and insertions are not tried: they fix the author's typos
// ("Meimorandum"), which an edition keeps.
class ConfusionRule : public Rule {
 public:
  std::string_view name() const override { return "confusion"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;

 private:
  struct Result {
    std::string reading;
    double confidence = 0;
    std::string evidence;
    bool serbo_croatian = false;  // read as Serbo-Croatian: not inside English text
  };
  Result Resolve(const std::string& word, const Evidence& evidence) const;
  // The reading of one word (a part of a compound), or nullptr.
  const Result* Lookup(const std::string& part, const Evidence& evidence) const;
  mutable std::unordered_map<std::string, Result> cache_;
};

}  // namespace emend::correct
