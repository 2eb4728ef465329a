#include "ocr/engine_shelf.hpp"

#include <fstream>
#include <iterator>

namespace emend::ocr {
namespace {

// A file's bytes, or "" when there is no such file (an empty name, too).
std::string Contents(const std::string& path) {
  if (path.empty()) return {};
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

std::string EngineShelf::KeyOf(const EngineOptions& options) {
  std::string key = TessdataDir(options);
  for (const std::string& part : {options.languages, Contents(options.user_words_file),
                                  Contents(options.user_patterns_file)}) {
    // Lengths first: no two different option sets run together into one key.
    key += '\0' + std::to_string(part.size()) + ':' + part;
  }
  return key;
}

std::unique_ptr<Engine> EngineShelf::Take(const EngineOptions& options) {
  const std::string key = KeyOf(options);
  {
    std::lock_guard lock(mutex_);
    for (auto it = engines_.begin(); it != engines_.end(); ++it) {
      if (it->first != key) continue;
      std::unique_ptr<Engine> engine = std::move(it->second);
      engines_.erase(it);
      return engine;
    }
  }
  return std::make_unique<Engine>(
      options);  // started outside the lock: workers start theirs at once
}

void EngineShelf::Put(const EngineOptions& options, std::unique_ptr<Engine> engine) {
  if (!engine) return;
  std::string key = KeyOf(options);
  std::lock_guard lock(mutex_);
  engines_.emplace_back(std::move(key), std::move(engine));
}

size_t EngineShelf::size() const {
  std::lock_guard lock(mutex_);
  return engines_.size();
}

}  // namespace emend::ocr
