// English word classes from WordNet (Debian's wordnet-base): can this word be
// a noun, a verb, an adjective? Used to tell a possessive ("the Presidiums
// instructions") from a plural subject ("the Soviets decided").
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace emend::correct {

class WordClasses {
 public:
  // Reads index.noun/verb/adj/adv and the .exc files from WordNet's dict
  // folder. Throws InputError if a file is missing: there is no empty model
  // that would answer false to every question without saying so.
  explicit WordClasses(const std::string& wordnet_dir);

  bool CanBeNoun(std::string_view word) const;
  bool CanBeVerb(std::string_view word) const;
  bool CanBeAdjective(std::string_view word) const;
  // Determiners, prepositions, conjunctions, pronouns, auxiliaries: words
  // that cannot follow a possessive.
  static bool IsFunctionWord(std::string_view word);

 private:
  bool Has(const std::unordered_set<std::string>& lemmas,
           const std::unordered_map<std::string, std::string>& exceptions, std::string_view word,
           bool noun) const;
  std::unordered_set<std::string> nouns_, verbs_, adjectives_;
  std::unordered_map<std::string, std::string> noun_exc_, verb_exc_, adj_exc_;
};

}  // namespace emend::correct
