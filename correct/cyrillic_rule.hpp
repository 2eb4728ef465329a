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
// inside a citation that already has Cyrillic on the line.
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

  struct Target {
    std::string word;
    std::u32string lower;
    // The Latin characters a reading of its first and second letters starts
    // with: a word whose start fits neither is more than one edit away.
    std::u32string first_starts, second_starts;
  };
  std::vector<Target> targets_;
  mutable std::unordered_map<std::string, Match> cache_;
};

}  // namespace emend::correct
