// Cyrillic that the English OCR read as Latin look-alikes: "PrAHM, OoHfl 2,
// Onucb 1, PonuK 6228, fleno 158" -> "РГАНИ, Фонд 2, Опись 1, Ролик 6228, Дело 158".
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

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
class CyrillicRule : public Rule {
 public:
  explicit CyrillicRule(const Lexicon& lexicon);
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

  std::vector<Target> targets_;
  mutable std::unordered_map<std::string, Match> cache_;
  mutable std::unordered_map<std::string, std::unordered_map<std::string, int>> next_labels_;
  mutable bool labels_learnt_ = false;
};

}  // namespace emend::correct
