// English word classes from WordNet (Debian's wordnet-base): can this word be
// a noun, a verb, an adjective? Used to tell a possessive ("the Presidiums
// instructions") from a plural subject ("the Soviets decided").
#pragma once

#include <fstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "correct/lexicon_cache.hpp"

namespace emend::correct {

class WordClasses {
 public:
  // Reads index.noun/verb/adj/adv and the .exc files from WordNet's dict
  // folder. Throws InputError if a file is missing: there is no empty model
  // that would answer false to every question without saying so.
  // With a compiled lexicon (optional; outlives this), WordNet is read only
  // when a word is not in it; the files are checked at once all the same.
  explicit WordClasses(const std::string& wordnet_dir, LexiconCache* cache = nullptr);

  bool CanBeNoun(std::string_view word) const;
  bool CanBeVerb(std::string_view word) const;
  bool CanBeAdjective(std::string_view word) const;
  // A noun whose commonest sense names a person (WordNet's noun.person:
  // leader, democrat, supporter), the kind of noun that owns what follows it
  // ("the leaders' assessment"). Groups (noun.group) are left out: they hold
  // collections and gatherings as well as countries.
  bool IsPersonNoun(std::string_view word) const;
  // A noun WordNet lists under this very form, not only as another's
  // inflection: "customs", "arms", "means" (and "moment"), not "moments".
  bool IsNounLemma(std::string_view word) const;
  // An irregular inflection of a verb, past or participle, that WordNet's
  // exceptions list ("drew", "took", "led", "begun"): a verb's form even
  // where WordNet has a noun spelt so ("drew").
  bool IsIrregularVerbForm(std::string_view word) const;
  // Determiners, prepositions, conjunctions, pronouns, auxiliaries: words
  // that cannot follow a possessive.
  static bool IsFunctionWord(std::string_view word);
  // Prepositions (lower case): "of", "towards", "during".
  static bool IsPreposition(std::string_view word);
  // The English month names, capitalised: "July".
  static bool IsMonthName(std::string_view word);

  // The version of the rules below and the WordNet files they read (for a
  // compiled lexicon's fingerprint).
  static constexpr std::string_view kRulesVersion = "word classes 6";
  static std::vector<std::string> SourceFiles(const std::string& wordnet_dir);

 private:
  enum Bits : unsigned char {
    kNoun = 1,
    kVerb = 2,
    kAdjective = 4,
    kPerson = 8,
    kNounLemma = 16,
    kIrregularVerb = 32
  };
  unsigned char Classes(std::string_view word) const;
  void Load() const;
  // The lemma WordNet files the word under in `lemmas`, or "": a noun's,
  // a verb's, or with `adjective` an adjective's (its comparative and
  // superlative too); with `inflected`, only as an inflected form ("leaders"
  // under "leader", not under the lemma "leaders").
  std::string Lemma(const std::unordered_set<std::string>& lemmas,
                    const std::unordered_map<std::string, std::string>& exceptions,
                    std::string_view word, bool noun, bool inflected = false,
                    bool adjective = false) const;
  // The lexicographer file (18 noun.person, 14 noun.group, ...) of a noun
  // lemma's first sense, or -1.
  int FirstSenseFile(const std::string& lemma) const;
  std::string dir_;
  LexiconCache* cache_ = nullptr;
  mutable bool loaded_ = false;
  mutable std::unordered_set<std::string> nouns_, verbs_, adjectives_;
  mutable std::unordered_map<std::string, std::string> noun_exc_, verb_exc_, adj_exc_;
  // Each noun lemma's first synset: its byte offset in data.noun.
  mutable std::unordered_map<std::string, long> noun_first_sense_;
  mutable std::ifstream data_noun_;
};

}  // namespace emend::correct
