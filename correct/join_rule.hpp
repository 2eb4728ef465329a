// Spaces the OCR lost between two words: "Hodderand" -> "Hodder and",
// "NoviPrilozi" -> "Novi Prilozi", "Moskovskegodine" -> "Moskovske godine",
// and at a sentence boundary with its full stop, "aggressionAs" -> "aggression. As".
#pragma once

#include "correct/noisy_channel.hpp"
#include "correct/rule.hpp"

namespace emend::correct {

// A chunk no dictionary knows is cut in two where both halves are words (a
// form that recurs only if its halves recur apart as often): a lower-case word then a capitalised
// one (a capitalised function word there starts a sentence, so the full stop was lost too); a word
// the document uses then a frequent function word
// ("and", "of"); or two Serbo-Croatian words the document uses apart. Two
// possible cuts leave the chunk to an editor. The records' class is split
// (the TEI schema's class for the OCR's space errors), the evidence says join.
class JoinRule : public Rule {
 public:
  // The channel weighs the readings by their spaces (NoisyChannel::WeighSpaces);
  // it must outlive the rule.
  explicit JoinRule(const NoisyChannel& channel) : channel_(channel) {}
  std::string_view name() const override { return "join"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;

 private:
  const NoisyChannel& channel_;
};

}  // namespace emend::correct
