#include "correct/lexicon.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <hunspell/hunspell.hxx>
#include <mutex>
#include <sstream>

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
  // Hunspell 1.7 keeps one UTF-8 table for all its objects with a reference
  // count that is not thread-safe: two objects built at once could lose a
  // count and free the table early, or leak it (the corrector fuzzer's
  // finding). Lexicons on different threads (emend-ocr loads one beside its
  // engines) build their dictionaries one at a time.
  static std::mutex building;
  std::unique_ptr<Hunspell> h;
  {
    std::lock_guard<std::mutex> lock(building);
    h = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  }
  if (h->get_dict_encoding() != "UTF-8") {
    throw InputError(aff, 0, 0, "expected a UTF-8 dictionary (SET UTF-8)");
  }
  return h;
}

// The strings a dictionary's BREAK table lets Hunspell strip from a word's
// start ("^X") or end ("X$"); Hunspell's default table ("-", "^-", "-$") when
// the .aff file has none.
std::vector<std::string> EdgeBreaks(const std::string& aff) {
  std::ifstream in(aff);
  std::vector<std::string> edges;
  bool table = false;
  for (std::string line; std::getline(in, line);) {
    std::istringstream fields(line);
    std::string key, pattern;
    if (!(fields >> key >> pattern) || key != "BREAK") continue;
    if (!table) {  // the first BREAK line gives the table's size
      table = true;
      continue;
    }
    if (pattern.size() > 1 && pattern.front() == '^') edges.push_back(pattern.substr(1));
    if (pattern.size() > 1 && pattern.back() == '$')
      edges.push_back(pattern.substr(0, pattern.size() - 1));
  }
  if (!table) edges.push_back("-");
  return edges;
}

void Insert(std::unordered_set<std::string>& set, const std::string& path) {
  for (std::string& word : ReadWordList(path).entries) set.insert(std::move(word));
}

// The word lists of the project's dictionaries/ folder.
constexpr std::string_view kWordLists[] = {"names.txt", "english.txt", "abbreviations.txt",
                                           "serbo-croatian.txt", "russian.txt"};

}  // namespace

std::vector<std::string> Lexicon::SourceFiles(const LexiconOptions& options) {
  std::vector<std::string> files;
  for (const std::string& name : DictionaryNames(options)) {
    files.push_back(options.hunspell_dir + "/" + name + ".aff");
    files.push_back(options.hunspell_dir + "/" + name + ".dic");
  }
  for (std::string_view list : kWordLists)
    files.push_back(options.dictionaries_dir + "/" + std::string(list));
  return files;
}

Lexicon::Lexicon(const LexiconOptions& options) : options_(options) {
  for (const std::string& name : DictionaryNames(options))
    CheckReadable(options.hunspell_dir, name);
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
  // One after another, on this thread. Each on a thread of its own bought
  // no time: they were built one at a time anyway (the lock in LoadHunspell)
  // while this thread waited. And it cost CPU: glibc gives each new thread a
  // malloc arena of its own, which grows a page at a time, where this
  // thread's heap grows in large steps that glibc.malloc.hugetlb=1 (as the
  // tests run) backs with huge pages. A one-line `emend correct` with that
  // setting: 0.65 -> 0.44 s of CPU; without it, 0.80 -> 0.77 s
  // (bench/startup_bench.sh, the two builds taking turns).
  const std::string& h = options_.hunspell_dir;
  std::unique_ptr<Hunspell> en = LoadHunspell(h, "en_GB");
  hr_ = LoadHunspell(h, "hr_HR");
  if (options_.full) {
    sr_ = LoadHunspell(h, "sr_Latn_RS");
    ru_ = LoadHunspell(h, "ru_RU");
  }
  std::vector<std::string> edges;
  for (const std::string& name : DictionaryNames(options_)) {
    for (std::string& edge : EdgeBreaks(h + "/" + name + ".aff")) {
      if (std::find(edges.begin(), edges.end(), edge) == edges.end())
        edges.push_back(std::move(edge));
    }
  }
  std::sort(edges.begin(), edges.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  edge_breaks_ = std::move(edges);
  en_ = std::move(en);  // last: en_ set means all are loaded
}

// Hunspell 1.7 strips a word's edge BREAK strings (hr_HR: ' and - at either
// end) one at a time, from the start or from the end, and checks each word
// that leaves without remembering the ones it has checked: a word with k of
// them before its letters and m after is checked in C(k+m, k) orders (11
// apostrophes on each side: 25 seconds; the corrector fuzzer's timeout). No
// dictionary word holds three of them in a row, so a run of three or more is
// asked about as its first and last: Hunspell's answer is the same, found in
// a few tries.
std::string Lexicon::ForHunspell(std::string_view word) const {
  // The edge string at word[i], or 0.
  const auto edge_at = [&](size_t i) -> size_t {
    for (const std::string& edge : edge_breaks_) {
      if (word.compare(i, edge.size(), edge) == 0) return edge.size();
    }
    return 0;
  };
  std::string out;
  size_t i = 0;
  while (i < word.size()) {
    size_t n = edge_at(i);
    if (n == 0) {
      out += word[i++];
      continue;
    }
    // A run of edge strings: keep the first and the last.
    const size_t first = i;
    size_t last = i, count = 0;
    while (n > 0) {
      last = i;
      i += n;
      ++count;
      n = i < word.size() ? edge_at(i) : 0;
    }
    if (count <= 2) {
      out.append(word.substr(first, i - first));
    } else {
      out.append(word.substr(first, edge_at(first)));
      out.append(word.substr(last, i - last));
    }
  }
  return out;
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
  const std::string asked = ForHunspell(word);
  unsigned char bits = 0;
  if (InList(names_, word)) bits |= kName | kEnglish | kSerboCroatian;
  if (!(bits & kEnglish) && (InList(english_, word) || en_->spell(asked))) bits |= kEnglish;
  if (!(bits & kSerboCroatian) &&
      (InList(serbo_croatian_, word) || hr_->spell(asked) || (sr_ && sr_->spell(asked)))) {
    bits |= kSerboCroatian;
  }
  if (InList(russian_, word) || (ru_ && ru_->spell(asked))) bits |= kRussian;
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
