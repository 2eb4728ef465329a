#include "correct/word_classes.hpp"

#include <array>
#include <charconv>
#include <fstream>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

// WordNet's lexicographer file for people.
constexpr int kNounPerson = 18;

void ReadIndex(const std::string& path, std::unordered_set<std::string>& out) {
  std::ifstream in(path);
  if (!in) throw InputError(path, 0, 0, "cannot read WordNet index (install wordnet-base)");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    out.insert(line.substr(0, line.find(' ')));
  }
}

// index.noun: each lemma and the data.noun offset of its first synset
// ("leader n 2 4 ! @ ~ + 2 1 09623038 03234795": after the pointer count and
// its symbols come the sense counts, then the offsets).
void ReadNounIndex(const std::string& path, std::unordered_set<std::string>& lemmas,
                   std::unordered_map<std::string, long>& first_sense) {
  std::ifstream in(path);
  if (!in) throw InputError(path, 0, 0, "cannot read WordNet index (install wordnet-base)");
  std::string line;
  std::vector<std::string_view> fields;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    fields.clear();
    for (size_t at = 0; at < line.size();) {
      const size_t end = std::min(line.find(' ', at), line.size());
      if (end > at) fields.emplace_back(line.data() + at, end - at);
      at = end + 1;
    }
    if (fields.size() < 4) continue;
    std::string lemma(fields[0]);
    int pointers = 0;
    std::from_chars(fields[3].data(), fields[3].data() + fields[3].size(), pointers);
    const size_t offset_at = 4 + static_cast<size_t>(pointers) + 2;
    long offset = -1;
    if (offset_at < fields.size() &&
        std::from_chars(fields[offset_at].data(),
                        fields[offset_at].data() + fields[offset_at].size(), offset)
                .ec == std::errc()) {
      first_sense.emplace(lemma, offset);
    }
    lemmas.insert(std::move(lemma));
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

std::vector<std::string> WordClasses::SourceFiles(const std::string& dir) {
  return {dir + "/index.noun", dir + "/index.verb", dir + "/index.adj", dir + "/noun.exc",
          dir + "/verb.exc",   dir + "/adj.exc",    dir + "/data.noun"};
}

WordClasses::WordClasses(const std::string& dir, LexiconCache* cache) : dir_(dir), cache_(cache) {
  for (const std::string& path : SourceFiles(dir)) {
    std::ifstream probe(path);
    if (!probe) throw InputError(path, 0, 0, "cannot read WordNet file (install wordnet-base)");
  }
  if (cache_ == nullptr) Load();
}

void WordClasses::Load() const {
  if (loaded_ || dir_.empty()) return;
  ReadNounIndex(dir_ + "/index.noun", nouns_, noun_first_sense_);
  ReadIndex(dir_ + "/index.verb", verbs_);
  ReadIndex(dir_ + "/index.adj", adjectives_);
  ReadExceptions(dir_ + "/noun.exc", noun_exc_);
  ReadExceptions(dir_ + "/verb.exc", verb_exc_);
  ReadExceptions(dir_ + "/adj.exc", adj_exc_);
  data_noun_.open(dir_ + "/data.noun");
  if (!data_noun_) {
    throw InputError(dir_ + "/data.noun", 0, 0, "cannot read WordNet data (install wordnet-base)");
  }
  loaded_ = true;
}

std::string WordClasses::Lemma(const std::unordered_set<std::string>& lemmas,
                               const std::unordered_map<std::string, std::string>& exceptions,
                               std::string_view word, bool noun, bool inflected,
                               bool adjective) const {
  std::string w = ToLower(word);
  if (!inflected && lemmas.count(w)) return w;
  if (auto it = exceptions.find(w); it != exceptions.end() && lemmas.count(it->second))
    return it->second;
  // WordNet's own detachment rules (morphy), reduced to what matters here.
  static const std::array<std::pair<std::string_view, std::string_view>, 6> kNounRules = {
      {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"ches", "ch"}, {"shes", "sh"}, {"ies", "y"}}};
  static const std::array<std::pair<std::string_view, std::string_view>, 8> kVerbRules = {
      {{"s", ""},
       {"ies", "y"},
       {"es", "e"},
       {"es", ""},
       {"ed", "e"},
       {"ed", ""},
       {"ing", "e"},
       {"ing", ""}}};
  auto try_rules = [&](auto& rules) {
    for (auto& [suffix, ending] : rules) {
      if (w.size() > suffix.size() + 1 && w.ends_with(suffix)) {
        std::string base = w.substr(0, w.size() - suffix.size()) + std::string(ending);
        if (lemmas.count(base)) return base;
      }
    }
    return std::string();
  };
  // Comparatives and superlatives ("closer", "larger", "greatest").
  static const std::array<std::pair<std::string_view, std::string_view>, 4> kAdjectiveRules = {
      {{"er", ""}, {"er", "e"}, {"est", ""}, {"est", "e"}}};
  if (adjective) return try_rules(kAdjectiveRules);
  return noun ? try_rules(kNounRules) : try_rules(kVerbRules);
}

unsigned char WordClasses::Classes(std::string_view word) const {
  const std::string w = ToLower(word);
  if (cache_) {
    if (auto bits = cache_->Find(LexiconCache::Table::kWordClasses, w)) return *bits;
  }
  Load();
  unsigned char bits = 0;
  if (const std::string noun = Lemma(nouns_, noun_exc_, w, true); !noun.empty()) {
    bits |= kNoun;
    // WordNet files the form itself as a noun ("customs", "arms", "means"):
    // a plural-looking word that is a noun of its own.
    if (nouns_.count(w)) bits |= kNounLemma;
    // A plural may be a lemma of its own with another sense ("leaders", a
    // group): the singular's counts too.
    bool person = FirstSenseFile(noun) == kNounPerson;
    if (!person && noun == w) {
      const std::string singular = Lemma(nouns_, noun_exc_, w, true, true);
      person = !singular.empty() && FirstSenseFile(singular) == kNounPerson;
    }
    if (person) bits |= kPerson;
  }
  if (!Lemma(verbs_, verb_exc_, w, false).empty()) bits |= kVerb;
  if (auto it = verb_exc_.find(w); it != verb_exc_.end() && it->second != w) bits |= kIrregularVerb;
  if (!Lemma(adjectives_, adj_exc_, w, false, false, true).empty()) bits |= kAdjective;
  if (cache_) cache_->Insert(LexiconCache::Table::kWordClasses, w, bits);
  return bits;
}

int WordClasses::FirstSenseFile(const std::string& lemma) const {
  auto it = noun_first_sense_.find(lemma);
  if (it == noun_first_sense_.end()) return -1;
  // data.noun: "09623038 18 n 01 leader ...", the offset then the file number.
  data_noun_.clear();
  data_noun_.seekg(it->second);
  long offset = -1;
  int file = -1;
  if (!(data_noun_ >> offset >> file) || offset != it->second) {
    throw InputError(dir_ + "/data.noun", 0, 0,
                     "no synset at offset " + std::to_string(it->second) + " of '" + lemma + "'");
  }
  return file;
}

bool WordClasses::CanBeNoun(std::string_view word) const { return Classes(word) & kNoun; }
bool WordClasses::IsPersonNoun(std::string_view word) const { return Classes(word) & kPerson; }
bool WordClasses::IsNounLemma(std::string_view word) const { return Classes(word) & kNounLemma; }
bool WordClasses::IsIrregularVerbForm(std::string_view word) const {
  return Classes(word) & kIrregularVerb;
}
bool WordClasses::CanBeVerb(std::string_view word) const { return Classes(word) & kVerb; }
bool WordClasses::CanBeAdjective(std::string_view word) const { return Classes(word) & kAdjective; }

bool WordClasses::IsPreposition(std::string_view word) {
  static const std::unordered_set<std::string> kWords = {
      "of",     "for",   "to",      "in",      "on",    "at",      "by",     "with",
      "from",   "about", "against", "between", "among", "towards", "during", "after",
      "before", "upon",  "into",    "under",   "over",  "through", "since",  "until"};
  return kWords.count(std::string(word)) > 0;
}

bool WordClasses::IsMonthName(std::string_view word) {
  static const std::unordered_set<std::string> kWords = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return kWords.count(std::string(word)) > 0;
}

bool WordClasses::IsFunctionWord(std::string_view word) {
  // Only words that cannot follow a possessive: "Tito's own", "Tito's other",
  // "Khrushchev's most" are possessives, so own/other/most are not here.
  static const std::unordered_set<std::string> kWords = {
      "a",          "an",     "the",    "this",    "that",    "these",   "those",    "and",
      "or",         "but",    "nor",    "of",      "in",      "on",      "at",       "to",
      "for",        "from",   "by",     "with",    "without", "into",    "onto",     "upon",
      "over",       "under",  "about",  "against", "between", "among",   "through",  "during",
      "before",     "after",  "since",  "until",   "till",    "towards", "toward",   "as",
      "than",       "then",   "if",     "when",    "while",   "whether", "which",    "who",
      "whom",       "whose",  "what",   "where",   "why",     "how",     "not",      "no",
      "is",         "are",    "was",    "were",    "be",      "been",    "being",    "am",
      "has",        "have",   "had",    "do",      "does",    "did",     "will",     "would",
      "shall",      "should", "can",    "could",   "may",     "might",   "must",     "it",
      "its",        "he",     "she",    "they",    "them",    "their",   "his",      "her",
      "we",         "our",    "us",     "you",     "i",       "me",      "my",       "so",
      "there",      "here",   "via",    "per",     "within",  "because", "although", "now",
      "also",       "still",  "again",  "too",     "already", "though",  "unless",   "whereas",
      "themselves", "itself", "himself"};
  return kWords.count(ToLower(word)) > 0;
}

}  // namespace emend::correct
