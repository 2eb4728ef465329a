// Cyrillic that the English OCR read as Latin look-alikes: "PrAHM, OoHfl 2,
// Onucb 1, PonuK 6228, fleno 158" -> "РГАНИ, Фонд 2, Опись 1, Ролик 6228, Дело 158".
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "correct/cyrillic_channel.hpp"
#include "correct/noisy_channel.hpp"
#include "correct/rule.hpp"

namespace emend::correct {

// A visual confusion model (which Latin strings each Cyrillic letter looks
// like in this typescript) aligned against the Russian word list: a chunk, or
// a letter-spaced run of short chunks ("O o h a"), becomes the listed word it
// matches. Words an English or Serbo-Croatian dictionary knows are only taken
// inside a citation that already has Cyrillic on the line. The citations'
// labels come in an order the document repeats (Фонд, Опись, Папка, Дело):
// a worse-garbled chunk where that order puts a label is read as that label
// when the look-alike model finds it close ("Omic 41" after "Фонд 0144").
//
// A chunk's readings (the listed words its look-alikes come closest to, and
// those one letter further) are weighed on the noisy channel's footing
// (NoisyChannel::Weigh): the Cyrillic channel (cyrillic_channel.hpp),
// learned from the document's chunks that read letter for letter as one
// listed word, times how often the document writes the word, against each
// other and the chunk kept as Latin, unless the line's Cyrillic has shown the
// chunk to stand in a Russian citation (a citation's chunks are read in its
// language). The best reading's posterior is the confidence.
class CyrillicRule : public Rule {
 public:
  CyrillicRule(const Lexicon& lexicon, const NoisyChannel& channel);
  std::string_view name() const override { return "cyrillic"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;

  struct Match {
    std::string word;  // the listed Cyrillic word
    int cost = 0;      // letters the look-alike model could not explain
    bool unique = true;
  };
  // Best match of a Latin string against the list (cost <= max_cost), if any.
  Match Best(std::string_view latin, int max_cost) const;

 private:
  // Inside a citation that has Cyrillic: words joined by a colon, initials
  // beside a Cyrillic name, one-letter Russian words.
  void ApplyInCitation(LineEditor& line) const;
  // Where the document's citation order puts a label, a chunk (or a few)
  // too garbled for the look-alike model alone.
  void ApplyLabelSlots(LineEditor& line, const Evidence& evidence) const;

  struct Target {
    std::string word;
    std::u32string lower;
    // The Latin characters a reading of its first and second letters starts
    // with: a word whose start fits neither is more than one edit away.
    std::u32string first_starts, second_starts;
  };
  // The labels the document's citations put after `previous` at least
  // kLabelUses times (a label: a listed word read within the look-alike
  // model's usual margin right before a number, "Onucb 1", "fleno 158").
  // Learnt from the whole document on first use.
  std::vector<std::string> NextLabels(const DocumentStats& document,
                                      const std::string& previous) const;

  // Learns the channel and the listed words' uses from the document.
  void Learn(const Evidence& evidence) const;
  // The posterior of `m` (the best match of `latin`) against the listed words
  // within one letter more of it and the chunk kept; `how` gets the record's
  // account of it.
  // `in_citation`: the chunk stands in a citation the line's Cyrillic (or
  // the abbreviation right before) has shown to be Russian; the chunk kept
  // as Latin is then no reading of it.
  double Weigh(const std::string& latin, const Match& m, bool in_citation, std::string* how) const;

  std::vector<Target> targets_;
  const NoisyChannel& channel_;
  mutable CyrillicChannel letters_;
  // Listed word (lower case) -> the document's uses of the chunks that read
  // as it alone; chunk -> that word.
  mutable std::unordered_map<std::string, int> uses_;
  mutable std::unordered_map<std::string, std::string> learned_from_;
  mutable bool learned_ = false;
  mutable std::unordered_map<std::string, Match> cache_;
  mutable std::unordered_map<std::string, std::unordered_map<std::string, int>> next_labels_;
  mutable bool labels_learnt_ = false;
};

}  // namespace emend::correct
