// The engine shelf: a run puts its engines back, and a later run with the
// same models and user words (written anew each run, to another file) takes
// them instead of starting its own; other models are not taken for them.
#include "ocr/engine_shelf.hpp"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "ocr/ocr.hpp"
#include "ocr/pix.hpp"

namespace emend::ocr {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(EngineShelf, ALaterRunTakesTheEnginesAnEarlierRunPutBack) {
  const fs::path dir =
      fs::temp_directory_path() / ("emend-ocr-shelf-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  // A small blank page: the shelf, not the reading, is tested (a real page
  // costs the engine a second).
  const std::string page = (dir / "blank.png").string();
  const PixPtr blank(pixCreate(300, 100, 1));
  ASSERT_EQ(pixWrite(page.c_str(), blank.get(), IFF_PNG), 0);
  const auto shelf = std::make_shared<EngineShelf>();
  OcrOptions options;
  options.engine.languages = "eng";  // the smallest model: the shelf, not the reading, is tested
  options.dictionaries_dir = std::string(EMEND_SOURCE_DIR) + "/dictionaries";
  options.repair_scripts = false;  // the main engine alone
  options.jobs = 1;
  options.engines = shelf;

  ASSERT_EQ(RunOcr({page}, (dir / "first").string(), options).Failures(), 0u);
  EXPECT_EQ(shelf->size(), 1u) << "the run put its engine back";
  ASSERT_EQ(RunOcr({page}, (dir / "second").string(), options).Failures(), 0u);
  EXPECT_EQ(shelf->size(), 1u) << "the second run started an engine instead of taking it";
  EXPECT_EQ(Slurp(dir / "second" / "blank.hocr"), Slurp(dir / "first" / "blank.hocr"));

  options.user_words = false;  // no user words: not the engine on the shelf
  ASSERT_EQ(RunOcr({page}, (dir / "third").string(), options).Failures(), 0u);
  EXPECT_EQ(shelf->size(), 2u) << "an engine started with user words was taken for one without";
  fs::remove_all(dir);
}

}  // namespace
}  // namespace emend::ocr
