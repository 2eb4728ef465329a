// Other character confusions of the OCR: "ihe" -> "the", "Tneste" -> "Trieste",
// "ofthe" -> "of the".
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "correct/noisy_channel.hpp"
#include "correct/rule.hpp"

namespace emend::correct {

// For a word no dictionary knows, the noisy channel (noisy_channel.hpp)
// weighs the dictionary words the document uses one learned or visual edit
// away against the OCR form itself; its posterior is the confidence. Besides
// it: a stray stroke after a frequent word ("andl"), a lost space between two
// frequent words ("ofthe", "fthe"), and one of the typescript's strongest
// confusions giving a common Serbo-Croatian word outside English text
// ("poiitici", "biok").
class ConfusionRule : public Rule {
 public:
  // The channel must outlive the rule.
  explicit ConfusionRule(const NoisyChannel& channel) : channel_(channel) {}
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
  // The reading of one word (a part of a compound) between its neighbours.
  std::optional<Result> Read(const std::string& part, const std::string& previous,
                             const std::string& next, const Evidence& evidence) const;
  const NoisyChannel& channel_;
  mutable std::unordered_map<std::string, Result> cache_;
};

}  // namespace emend::correct
