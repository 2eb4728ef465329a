// A part of an archival signature that the document writes otherwise, in the
// very same frame, many times: "SMIP, SPA, 1954, F IV 11 - DSIP" where three
// other notes have "F IV /1 - DSIP". The signatures recur, mostly read
// right; their template is learned from the document and outvotes a
// look-alike read once.
#pragma once

#include <string>
#include <unordered_map>

#include "correct/rule.hpp"

namespace emend::correct {

class TemplateRule : public Rule {
 public:
  // Counts, for every chunk with two chunks on each side on its line, which
  // chunk the document has between those four.
  explicit TemplateRule(const DocumentStats& document);
  std::string_view name() const override { return "template"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;

  // Two chunks the OCR confuses by sight: the same length, one or two
  // places apart, each a stroke or a round (1 / I l | and 0 O).
  static bool LookAlike(std::string_view a, std::string_view b);

 private:
  // "F\tIV\t-\tDSIP" -> {"/1": 3, "11": 1}
  std::unordered_map<std::string, std::unordered_map<std::string, int>> frames_;
};

}  // namespace emend::correct
