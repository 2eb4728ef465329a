// Words split by spaces: "Norm alization", "Cold W ar", "d e s p o ts",
// letter-spaced headings ("T ito s V is it"), spaced years ("1 9 5 3").
#pragma once

#include "correct/noisy_channel.hpp"
#include "correct/rule.hpp"

namespace emend::correct {

// Joins neighbouring chunks when the joined form is a word (dictionary, or a
// plain form the document uses often) and at least one chunk is a fragment
// (not a word, or a lone letter that is no English or
// Serbo-Croatian word). Among the ways to join a
// run of chunks it picks the one with the longest words (sum of squared
// lengths), so "V is it" becomes "Visit" rather than "Vis it".
class SplitRule : public Rule {
 public:
  // The channel weighs the readings by their spaces (NoisyChannel::WeighSpaces);
  // it must outlive the rule.
  explicit SplitRule(const NoisyChannel& channel) : channel_(channel) {}
  std::string_view name() const override { return "split"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;

 private:
  const NoisyChannel& channel_;
};

}  // namespace emend::correct
