#include "correct/word_classes.hpp"

#include <array>
#include <fstream>

#include "core/error.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

void ReadIndex(const std::string& path, std::unordered_set<std::string>& out) {
  std::ifstream in(path);
  if (!in) throw InputError(path, 0, 0, "cannot read WordNet index (install wordnet-base)");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    out.insert(line.substr(0, line.find(' ')));
  }
}

void ReadExceptions(const std::string& path, std::unordered_map<std::string, std::string>& out) {
  std::ifstream in(path);
  if (!in) throw InputError(path, 0, 0, "cannot read WordNet exceptions (install wordnet-base)");
  std::string line;
  while (std::getline(in, line)) {
    size_t space = line.find(' ');
    if (space == std::string::npos) continue;
    size_t end = line.find(' ', space + 1);
    out.emplace(line.substr(0, space), line.substr(space + 1, end - space - 1));
  }
}

}  // namespace

WordClasses::WordClasses(const std::string& dir) {
  ReadIndex(dir + "/index.noun", nouns_);
  ReadIndex(dir + "/index.verb", verbs_);
  ReadIndex(dir + "/index.adj", adjectives_);
  ReadExceptions(dir + "/noun.exc", noun_exc_);
  ReadExceptions(dir + "/verb.exc", verb_exc_);
  ReadExceptions(dir + "/adj.exc", adj_exc_);
}

bool WordClasses::Has(const std::unordered_set<std::string>& lemmas,
                      const std::unordered_map<std::string, std::string>& exceptions,
                      std::string_view word, bool noun) const {
  std::string w = ToLower(word);
  if (lemmas.count(w)) return true;
  if (auto it = exceptions.find(w); it != exceptions.end() && lemmas.count(it->second)) return true;
  // WordNet's own detachment rules (morphy), reduced to what matters here.
  static const std::array<std::pair<std::string_view, std::string_view>, 6> kNounRules = {
      {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"ches", "ch"}, {"shes", "sh"}, {"ies", "y"}}};
  static const std::array<std::pair<std::string_view, std::string_view>, 8> kVerbRules = {
      {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"},
       {"ing", ""}}};
  auto try_rules = [&](auto& rules) {
    for (auto& [suffix, ending] : rules) {
      if (w.size() > suffix.size() + 1 && w.ends_with(suffix)) {
        std::string base = w.substr(0, w.size() - suffix.size()) + std::string(ending);
        if (lemmas.count(base)) return true;
      }
    }
    return false;
  };
  return noun ? try_rules(kNounRules) : try_rules(kVerbRules);
}

bool WordClasses::CanBeNoun(std::string_view word) const {
  return Has(nouns_, noun_exc_, word, true);
}
bool WordClasses::CanBeVerb(std::string_view word) const {
  return Has(verbs_, verb_exc_, word, false);
}
bool WordClasses::CanBeAdjective(std::string_view word) const {
  std::string w = ToLower(word);
  if (adjectives_.count(w)) return true;
  if (auto it = adj_exc_.find(w); it != adj_exc_.end()) return adjectives_.count(it->second) > 0;
  return false;
}

bool WordClasses::IsFunctionWord(std::string_view word) {
  // Only words that cannot follow a possessive: "Tito's own", "Tito's other",
  // "Khrushchev's most" are possessives, so own/other/most are not here.
  static const std::unordered_set<std::string> kWords = {
      "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "of", "in",
      "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto", "upon", "over",
      "under", "about", "against", "between", "among", "through", "during", "before", "after",
      "since", "until", "till", "towards", "toward", "as", "than", "then", "if", "when", "while",
      "whether", "which", "who", "whom", "whose", "what", "where", "why", "how", "not", "no",
      "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
      "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it",
      "its", "he", "she", "they", "them", "their", "his", "her", "we", "our", "us", "you", "i",
      "me", "my", "so", "there", "here", "via", "per", "within", "because", "although",
      "now", "also", "still", "again", "too", "already",
      "though", "unless", "whereas", "themselves", "itself", "himself"};
  return kWords.count(ToLower(word)) > 0;
}

}  // namespace emend::correct
