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

std::unique_ptr<Hunspell> LoadHunspell(const std::string& dir, const std::string& name) {
  const std::string aff = dir + "/" + name + ".aff";
  const std::string dic = dir + "/" + name + ".dic";
  // Hunspell itself loads a missing or unreadable file silently as an empty
  // dictionary, so check that both are readable first.
  for (const std::string& path : {aff, dic}) {
    std::ifstream probe(path);
    if (!probe) {
      throw InputError(path, 0, 0,
                       "cannot read Hunspell dictionary (install the hunspell-* package or set "
                       "--hunspell-dir)");
    }
  }
  auto h = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  if (h->get_dict_encoding() != "UTF-8") {
    throw InputError(aff, 0, 0, "expected a UTF-8 dictionary (SET UTF-8)");
  }
  return h;
}

void Insert(std::unordered_set<std::string>& set, const std::string& path) {
  for (std::string& word : ReadWordList(path).entries) set.insert(std::move(word));
}

}  // namespace

Lexicon::Lexicon(const LexiconOptions& options) {
  const std::string& h = options.hunspell_dir;
  auto en = std::async(std::launch::async, LoadHunspell, h, "en_GB");
  auto hr = std::async(std::launch::async, LoadHunspell, h, "hr_HR");
  std::future<std::unique_ptr<Hunspell>> sr, ru;
  if (options.full) {
    sr = std::async(std::launch::async, LoadHunspell, h, "sr_Latn_RS");
    ru = std::async(std::launch::async, LoadHunspell, h, "ru_RU");
  }
  const std::string& d = options.dictionaries_dir;
  Insert(names_, d + "/names.txt");
  Insert(english_, d + "/english.txt");
  Insert(english_, d + "/abbreviations.txt");
  Insert(serbo_croatian_, d + "/serbo-croatian.txt");
  Insert(russian_, d + "/russian.txt");
  en_ = en.get();
  hr_ = hr.get();
  if (options.full) {
    sr_ = sr.get();
    ru_ = ru.get();
  }
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
  unsigned char bits = 0;
  if (InList(names_, word)) bits |= kName | kEnglish | kSerboCroatian;
  if (!(bits & kEnglish) && (InList(english_, word) || en_->spell(key))) bits |= kEnglish;
  if (!(bits & kSerboCroatian) &&
      (InList(serbo_croatian_, word) || hr_->spell(key) || (sr_ && sr_->spell(key)))) {
    bits |= kSerboCroatian;
  }
  if (InList(russian_, word) || (ru_ && ru_->spell(key))) bits |= kRussian;
  cache_.emplace(std::move(key), bits);
  return bits;
}

bool Lexicon::IsEnglish(std::string_view w) const { return Lookup(w) & kEnglish; }
bool Lexicon::IsSerboCroatian(std::string_view w) const { return Lookup(w) & kSerboCroatian; }
bool Lexicon::IsRussian(std::string_view w) const { return Lookup(w) & kRussian; }
bool Lexicon::IsName(std::string_view w) const { return Lookup(w) & kName; }
bool Lexicon::IsKnown(std::string_view w) const { return Lookup(w) != 0; }

}  // namespace emend::correct
