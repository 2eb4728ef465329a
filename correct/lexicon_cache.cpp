#include "correct/lexicon_cache.hpp"

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/output_file.hpp"

namespace emend::correct {
namespace {

constexpr std::string_view kMagic = "emend-lexicon-cache 1";

// FNV-1a, 64 bits: enough to tell two sets of sources apart.
unsigned long long Hash(std::string_view s, unsigned long long h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace

std::string LexiconCache::Fingerprint(const std::vector<std::string>& files,
                                      std::string_view rules_version) {
  unsigned long long h = Hash(rules_version);
  for (const std::string& file : files) {
    struct stat st {};
    std::string entry = file;
    if (stat(file.c_str(), &st) == 0) {
      entry += '\t' + std::to_string(st.st_size) + '\t' + std::to_string(st.st_mtim.tv_sec) + '.' +
               std::to_string(st.st_mtim.tv_nsec);
    } else {
      entry += "\t-1";
    }
    h = Hash(entry + '\n', h);
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", h);
  return hex;
}

LexiconCache::LexiconCache(std::string path, std::string fingerprint)
    : path_(std::move(path)), fingerprint_(std::move(fingerprint)) {
  std::ifstream in(path_, std::ios::binary);
  if (!in) return;  // not built yet
  std::string line;
  if (!std::getline(in, line) || line != std::string(kMagic) + '\t' + fingerprint_) {
    dirty_ = true;  // another version of the sources: rebuilt from scratch
    return;
  }
  int number = 1;
  while (std::getline(in, line)) {
    ++number;
    // table<TAB>bits<TAB>word; words never hold a tab or a newline (they are
    // whitespace-separated chunks of text).
    const size_t a = line.find('\t');
    const size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos || a != 1 || (line[0] != 'L' && line[0] != 'W') || b == a + 1 ||
        b - a > 4) {
      warning_ = path_ + ":" + std::to_string(number) +
                 ": damaged lexicon cache line; the cache is rebuilt";
      lexicon_.clear();
      word_classes_.clear();
      dirty_ = true;
      return;
    }
    int bits = 0;
    for (size_t k = a + 1; k < b; ++k) {
      if (line[k] < '0' || line[k] > '9') bits = -1;
      if (bits >= 0) bits = bits * 10 + (line[k] - '0');
    }
    if (bits < 0 || bits > 255) {
      warning_ = path_ + ":" + std::to_string(number) +
                 ": damaged lexicon cache line; the cache is rebuilt";
      lexicon_.clear();
      word_classes_.clear();
      dirty_ = true;
      return;
    }
    auto& table = line[0] == 'L' ? lexicon_ : word_classes_;
    table.emplace(line.substr(b + 1), static_cast<unsigned char>(bits));
  }
  loaded_ = true;
}

std::optional<unsigned char> LexiconCache::Find(Table table, std::string_view word) const {
  const auto& t = TableOf(table);
  auto it = t.find(std::string(word));
  if (it == t.end()) return std::nullopt;
  return it->second;
}

void LexiconCache::Insert(Table table, std::string word, unsigned char bits) {
  if (path_.empty()) return;
  // Words with a tab or newline cannot be stored in the file's lines.
  if (word.find_first_of("\t\n\r") != std::string::npos) return;
  if (TableOf(table).emplace(std::move(word), bits).second) dirty_ = true;
}

void LexiconCache::Save() const {
  if (path_.empty() || !dirty_) return;
  std::ostringstream out;
  out << kMagic << '\t' << fingerprint_ << '\n';
  for (const auto& [word, bits] : lexicon_)
    out << "L\t" << static_cast<int>(bits) << '\t' << word << '\n';
  for (const auto& [word, bits] : word_classes_)
    out << "W\t" << static_cast<int>(bits) << '\t' << word << '\n';
  WriteFileAtomically(path_, out.str());
}

}  // namespace emend::correct
