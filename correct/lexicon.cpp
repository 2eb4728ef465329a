#include "correct/lexicon.hpp"

#include <hunspell/hunspell.hxx>

#include <filesystem>
#include <fstream>
#include <future>

#include "core/error.hpp"
#include "correct/token.hpp"
#include "correct/word_list.hpp"

namespace emend::correct {
namespace {

// The Hunspell dictionaries a lexicon uses.
std::vector<std::string> DictionaryNames(const LexiconOptions& options) {
  if (!options.full) return {"en_GB", "hr_HR"};
  return {"en_GB", "hr_HR", "sr_Latn_RS", "ru_RU"};
}

// Hunspell itself loads a missing or unreadable file silently as an empty
// dictionary, so both files are checked first (also when a compiled lexicon
// means they may never be loaded: a broken installation is reported at once).
void CheckReadable(const std::string& dir, const std::string& name) {
  for (const std::string& path : {dir + "/" + name + ".aff", dir + "/" + name + ".dic"}) {
    std::ifstream probe(path);
    if (!probe) {
      throw InputError(path, 0, 0,
                       "cannot read Hunspell dictionary (install the hunspell-* package or set "
                       "--hunspell-dir)");
    }
  }
}

std::unique_ptr<Hunspell> LoadHunspell(const std::string& dir, const std::string& name) {
  const std::string aff = dir + "/" + name + ".aff";
  const std::string dic = dir + "/" + name + ".dic";
  CheckReadable(dir, name);
  auto h = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  if (h->get_dict_encoding() != "UTF-8") {
    throw InputError(aff, 0, 0, "expected a UTF-8 dictionary (SET UTF-8)");
  }
  return h;
}

void Insert(std::unordered_set<std::string>& set, const std::string& path) {
  for (std::string& word : ReadWordList(path).entries) set.insert(std::move(word));
}

// The word lists of the project's dictionaries/ folder.
constexpr std::string_view kWordLists[] = {"names.txt", "english.txt", "abbreviations.txt", "serbo-croatian.txt",
                                           "russian.txt"};

}  // namespace

std::vector<std::string> Lexicon::SourceFiles(const LexiconOptions& options) {
  std::vector<std::string> files;
  for (const std::string& name : DictionaryNames(options)) {
    files.push_back(options.hunspell_dir + "/" + name + ".aff");
    files.push_back(options.hunspell_dir + "/" + name + ".dic");
  }
  for (std::string_view list : kWordLists) files.push_back(options.dictionaries_dir + "/" + std::string(list));
  return files;
}

Lexicon::Lexicon(const LexiconOptions& options) : options_(options) {
  for (const std::string& name : DictionaryNames(options)) CheckReadable(options.hunspell_dir, name);
  const std::string& d = options.dictionaries_dir;
  Insert(names_, d + "/names.txt");
  Insert(english_, d + "/english.txt");
  Insert(english_, d + "/abbreviations.txt");
  Insert(serbo_croatian_, d + "/serbo-croatian.txt");
  Insert(russian_, d + "/russian.txt");
  if (options.cache == nullptr) LoadDictionaries();
}

void Lexicon::LoadDictionaries() const {
  if (en_) return;
  const std::string& h = options_.hunspell_dir;
  auto en = std::async(std::launch::async, LoadHunspell, h, "en_GB");
  auto hr = std::async(std::launch::async, LoadHunspell, h, "hr_HR");
  std::future<std::unique_ptr<Hunspell>> sr, ru;
  if (options_.full) {
    sr = std::async(std::launch::async, LoadHunspell, h, "sr_Latn_RS");
    ru = std::async(std::launch::async, LoadHunspell, h, "ru_RU");
  }
  auto hr_loaded = hr.get();
  std::unique_ptr<Hunspell> sr_loaded, ru_loaded;
  if (options_.full) {
    sr_loaded = sr.get();
    ru_loaded = ru.get();
  }
  hr_ = std::move(hr_loaded);
  sr_ = std::move(sr_loaded);
  ru_ = std::move(ru_loaded);
  en_ = en.get();  // last: en_ set means all are loaded
}

Lexicon::~Lexicon() = default;

bool Lexicon::InList(const std::unordered_set<std::string>& list, std::string_view word) const {
  std::string w(word);
  if (list.count(w)) return true;
  // A listed word may also stand capitalised (sentence start) or in capitals (headings).
  std::string lower = ToLower(w);
  if (lower != w) {
    if (list.count(lower)) return true;
    if (AllUpper(w) && list.count(Capitalise(lower))) return true;
  }
  return false;
}

unsigned char Lexicon::Lookup(std::string_view word) const {
  std::string key(word);
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  if (options_.cache) {
    if (auto bits = options_.cache->Find(LexiconCache::Table::kLexicon, key)) {
      cache_.emplace(std::move(key), *bits);
      return *bits;
    }
  }
  LoadDictionaries();
  unsigned char bits = 0;
  if (InList(names_, word)) bits |= kName | kEnglish | kSerboCroatian;
  if (!(bits & kEnglish) && (InList(english_, word) || en_->spell(key))) bits |= kEnglish;
  if (!(bits & kSerboCroatian) &&
      (InList(serbo_croatian_, word) || hr_->spell(key) || (sr_ && sr_->spell(key)))) {
    bits |= kSerboCroatian;
  }
  if (InList(russian_, word) || (ru_ && ru_->spell(key))) bits |= kRussian;
  if (options_.cache) options_.cache->Insert(LexiconCache::Table::kLexicon, key, bits);
  cache_.emplace(std::move(key), bits);
  return bits;
}

bool Lexicon::IsEnglish(std::string_view w) const { return Lookup(w) & kEnglish; }
bool Lexicon::IsSerboCroatian(std::string_view w) const { return Lookup(w) & kSerboCroatian; }
bool Lexicon::IsRussian(std::string_view w) const { return Lookup(w) & kRussian; }
bool Lexicon::IsName(std::string_view w) const { return Lookup(w) & kName; }
bool Lexicon::IsKnown(std::string_view w) const { return Lookup(w) != 0; }

}  // namespace emend::correct
