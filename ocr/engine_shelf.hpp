// Started engines kept between RunOcr runs in one process.
//
// Starting an engine loads its language models (about a third of a second of
// CPU for eng+hrv+rus). A caller that runs OCR many times in one process (the
// OCR tests) hands RunOcr a shelf (OcrOptions::engines): each worker takes
// its engines from it and puts them back when the run ends, so that a later
// run with the same models and user words starts none. An engine reads pages
// one after another either way; a page's reading does not depend on the pages
// the engine read before (tests/ocr/shards_test.cpp checks that shards,
// whose pages fall to other engines in another order, write what one run
// writes).
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "ocr/engine.hpp"

namespace emend::ocr {

class EngineShelf {
 public:
  // An engine started with `options`: one put back by an earlier run that
  // started it with the same tessdata folder, languages and user words and
  // patterns (their files' contents: each run writes them to a new file), or
  // a new one. Throws as Engine's constructor does.
  std::unique_ptr<Engine> Take(const EngineOptions& options);

  // Puts back an engine that was started with `options`, for a later Take.
  void Put(const EngineOptions& options, std::unique_ptr<Engine> engine);

  // Engines on the shelf now (none while every one is taken).
  size_t size() const;

 private:
  static std::string KeyOf(const EngineOptions& options);

  mutable std::mutex mutex_;
  std::vector<std::pair<std::string, std::unique_ptr<Engine>>> engines_;
};

}  // namespace emend::ocr
