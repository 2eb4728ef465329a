// A compiled lexicon: what the Hunspell dictionaries, the word lists and
// WordNet answered for every word looked up so far, kept in one file so that
// the next run answers from it without loading any dictionary (loading them
// is most of the time a correction takes).
//
// The file starts with a fingerprint of every source it was compiled from
// (path, size and modification time of each dictionary, word list and WordNet
// file, and the version of the lookup rules). A file with another
// fingerprint, or none at all, is simply rebuilt: the cache is derived data,
// never anything an editor wrote. Not thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace emend::correct {

class LexiconCache {
 public:
  // What is cached: a Lexicon's answer bits, or WordClasses' answer bits.
  enum class Table { kLexicon, kWordClasses };

  // The fingerprint of these source files and this version of the rules that
  // read them. A missing file counts as a size of -1 (the dictionaries report
  // that themselves when they load).
  static std::string Fingerprint(const std::vector<std::string>& files,
                                 std::string_view rules_version);

  // Reads `path` if it exists and carries `fingerprint`; otherwise starts
  // empty. A damaged file (a line that does not parse) is reported on
  // `warnings` and rebuilt.
  LexiconCache(std::string path, std::string fingerprint);
  // An empty cache that is never saved (for tests and one-off runs).
  LexiconCache() = default;

  std::optional<unsigned char> Find(Table table, std::string_view word) const;
  void Insert(Table table, std::string word, unsigned char bits);

  // The number of answers held, and whether any came from the file.
  size_t size() const { return lexicon_.size() + word_classes_.size(); }
  bool loaded() const { return loaded_; }
  // What went wrong reading the file, if anything ("lexicon.cache:12: ...").
  const std::string& warning() const { return warning_; }

  // Writes the file (atomically: a temporary file renamed over it) when
  // answers were added since it was read. Throws InputError if the folder is
  // not writable.
  void Save() const;

 private:
  std::unordered_map<std::string, unsigned char>& TableOf(Table table) {
    return table == Table::kLexicon ? lexicon_ : word_classes_;
  }
  const std::unordered_map<std::string, unsigned char>& TableOf(Table table) const {
    return table == Table::kLexicon ? lexicon_ : word_classes_;
  }
  std::string path_;
  std::string fingerprint_;
  std::unordered_map<std::string, unsigned char> lexicon_;
  std::unordered_map<std::string, unsigned char> word_classes_;
  bool loaded_ = false;
  bool dirty_ = false;
  std::string warning_;
};

}  // namespace emend::correct
