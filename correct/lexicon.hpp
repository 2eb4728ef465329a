// What words exist: Debian's Hunspell dictionaries plus the project's own
// word lists in dictionaries/. Answers are cached; not thread-safe.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "correct/lexicon_cache.hpp"

class Hunspell;

namespace emend::correct {

struct LexiconOptions {
  // Folder with Debian's Hunspell .aff/.dic files.
  std::string hunspell_dir = "/usr/share/hunspell";
  // The project's dictionaries/ folder (names.txt, english.txt, abbreviations.txt,
  // serbo-croatian.txt, russian.txt).
  std::string dictionaries_dir = "dictionaries";
  // False loads only en_GB and hr_HR (a tenth of a second instead of half a
  // one: sr_Latn_RS is slow to load), enough to tell English from
  // Serbo-Croatian; IsRussian then answers from russian.txt alone.
  bool full = true;
  // A compiled lexicon to answer from and add to (optional; outlives the
  // Lexicon). With one, the Hunspell dictionaries are loaded only when a word
  // is not in it.
  LexiconCache* cache = nullptr;
};

class Lexicon {
 public:
  // Loads en_GB, hr_HR, sr_Latn_RS and ru_RU (in parallel; see `full`) and the word
  // lists. Throws InputError naming the file that is missing or broken.
  explicit Lexicon(const LexiconOptions& options);
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // English: en_GB, english.txt, abbreviations.txt and names.txt.
  bool IsEnglish(std::string_view word) const;
  // Serbo-Croatian (Latin): hr_HR, sr_Latn_RS, serbo-croatian.txt and names.txt.
  bool IsSerboCroatian(std::string_view word) const;
  // Russian (Cyrillic): ru_RU and russian.txt.
  bool IsRussian(std::string_view word) const;
  // A name from names.txt, as written there.
  bool IsName(std::string_view word) const;
  // Any of the above.
  bool IsKnown(std::string_view word) const;

  // The version of the lookup rules: a compiled lexicon made by other rules
  // is rebuilt. Change it whenever Lookup answers differently.
  static constexpr std::string_view kRulesVersion = "lexicon 1";
  // Every file the answers depend on (for a compiled lexicon's fingerprint).
  static std::vector<std::string> SourceFiles(const LexiconOptions& options);
  // Whether the Hunspell dictionaries had to be loaded (a word missed the cache).
  bool loaded_dictionaries() const { return en_ != nullptr; }

  // Word list entries used to build candidates (e.g. Cyrillic abbreviations).
  const std::unordered_set<std::string>& russian_list() const { return russian_; }
  const std::unordered_set<std::string>& names() const { return names_; }
  const std::unordered_set<std::string>& english_list() const { return english_; }
  const std::unordered_set<std::string>& serbo_croatian_list() const { return serbo_croatian_; }

 private:
  enum Bits : unsigned char { kEnglish = 1, kSerboCroatian = 2, kRussian = 4, kName = 8 };
  unsigned char Lookup(std::string_view word) const;
  // Loads the Hunspell dictionaries (in parallel) the first time a word is
  // not in the compiled lexicon.
  void LoadDictionaries() const;
  bool InList(const std::unordered_set<std::string>& list, std::string_view word) const;
  // The word as Hunspell is asked about it: runs of its dictionaries' edge
  // BREAK strings cut to their first and last (see lexicon.cpp).
  std::string ForHunspell(std::string_view word) const;

  LexiconOptions options_;
  mutable std::unique_ptr<Hunspell> en_, hr_, sr_, ru_;
  // What Hunspell may strip from a word's start or end (the BREAK table's
  // "^X" and "X$" patterns of every loaded dictionary), longest first.
  mutable std::vector<std::string> edge_breaks_;
  std::unordered_set<std::string> names_, english_, serbo_croatian_, russian_;
  mutable std::unordered_map<std::string, unsigned char> cache_;
};

}  // namespace emend::correct
