// Shards: deterministic page shards, each page recorded atomically and
// skipped when already recorded, and a merge that checks completeness and
// writes what one run would have written.
#include "ocr/shards.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "ocr/ocr.hpp"
#include "tests/ocr/shared_engines.hpp"
#include "tests/ocr/shared_lexicon.hpp"

namespace emend::ocr {
namespace {

namespace fs = std::filesystem;

// Lines cut from the sample pages (tests/data/ocr/README.md): what matters
// here is which pages are read and written, not what the engine reads.
const std::string kData = std::string(EMEND_SOURCE_DIR) + "/tests/data/ocr";

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Shards, ParseTable) {
  const struct {
    const char* text;
    bool ok;
    int index, count;
  } cases[] = {
      {"1/1", true, 1, 1},  {"2/3", true, 2, 3},   {"8/8", true, 8, 8},   {"0/3", false, 0, 0},
      {"4/3", false, 0, 0}, {"a/b", false, 0, 0},  {"3", false, 0, 0},    {"1/0", false, 0, 0},
      {"", false, 0, 0},    {"1/-2", false, 0, 0}, {" 1/2", false, 0, 0},
  };
  for (const auto& c : cases) {
    ShardSpec spec{0, 0};
    EXPECT_EQ(ParseShard(c.text, spec), c.ok) << c.text;
    if (c.ok) {
      EXPECT_EQ(spec.index * 1000 + spec.count, c.index * 1000 + c.count) << c.text;
    }
  }
  // Every page in exactly one shard.
  for (size_t page = 0; page < 20; ++page) {
    int owners = 0;
    for (int k = 1; k <= 3; ++k) owners += InShard({k, 3}, page);
    EXPECT_EQ(owners, 1) << page;
  }
}

TEST(Shards, PageRecordRoundTripAndDamage) {
  PageResult page;
  page.width = 100, page.height = 200, page.dpi = 300;
  page.geometry = {100, 200, 1.0, 0.0, 100, 200};
  page.page.lines.push_back({{10, 10, 90, 30}, {}});
  RecognizedWord word;
  word.text = "Дело\nline";
  word.box = {10, 10, 50, 30};
  page.page.lines.back().words.push_back(word);
  const std::string record = FormatPageRecord(page, 2, 5, "book.pdf");
  const fs::path dir = fs::temp_directory_path() / ("emend-record-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string path = (dir / "0003.page").string();
  std::ofstream(path, std::ios::binary) << record;
  const PageRecord back = ReadPageRecord(path);
  EXPECT_EQ(back.index, 2u);
  EXPECT_EQ(back.pages, 5u);
  EXPECT_EQ(back.text, PageText(page));
  EXPECT_EQ(back.hocr, HocrPage(page, 2, "book.pdf"));
  EXPECT_EQ(back.alto, FormatAlto(page, 2, "book.pdf"));
  EXPECT_EQ(back.row, PageTableRow(page, 2));
  std::ofstream(path, std::ios::binary) << record.substr(0, record.size() - 10);
  try {
    ReadPageRecord(path);
    ADD_FAILURE() << "a truncated record was read";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), path + ": not a page record of emend ocr: truncated");
  }
  fs::remove_all(dir);
}

class ShardRunTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("emend-ocr-shards-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    options_.dictionaries_dir = std::string(EMEND_SOURCE_DIR) + "/dictionaries";
    options_.lexicon = emend_test::SharedOcrLexicon();
    options_.engines = emend_test::SharedOcrEngines();
    options_.jobs = 2;
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) { return (dir_ / name).string(); }
  fs::path dir_;
  OcrOptions options_;
};

TEST_F(ShardRunTest, ShardsResumeAndMergeToWhatOneRunWrites) {
  // Three pages over two inputs: shard 1/2 takes pages 1 and 3 (the TIFF's
  // first, the PNG), shard 2/2 the TIFF's second: a line of text each, the
  // TIFF's second with a word the script repair reads again (its engines,
  // like the main ones, fall to other workers in the shards than in one run).
  const std::vector<std::string> inputs = {kData + "/two-lines.tif", kData + "/footnote-line.png"};
  const std::string out = Path("sharded");
  OcrOptions first = options_;
  first.shard = ShardSpec{1, 2};
  const OcrReport one = RunOcr(inputs, out, first);
  EXPECT_EQ(one.pages_total, 2);
  EXPECT_EQ(one.Failures(), 0u);
  EXPECT_TRUE(fs::exists(out + "/two-lines.shards/0001.page"));
  EXPECT_FALSE(fs::exists(out + "/two-lines.shards/0002.page"));
  EXPECT_FALSE(fs::exists(out + "/two-lines.txt")) << "a shard writes only page records";

  // Merging too early: the TIFF is incomplete and not written, the PNG is.
  const OcrReport early = MergeShards(inputs, out);
  ASSERT_TRUE(early.inputs[0].error);
  EXPECT_EQ(std::string(early.inputs[0].error->what()),
            inputs[0] + ": 1 of 2 pages not recorded in " + out +
                "/two-lines.shards (pages 2): run the missing shards");
  EXPECT_FALSE(fs::exists(out + "/two-lines.txt"));
  EXPECT_FALSE(early.inputs[1].error);

  OcrOptions second = options_;
  second.shard = ShardSpec{2, 2};
  EXPECT_EQ(RunOcr(inputs, out, second).pages_total, 1);
  // Run again, shard 1 has nothing left to do.
  const OcrReport again = RunOcr(inputs, out, first);
  EXPECT_EQ(again.pages_total, 0);
  EXPECT_EQ(again.pages_skipped, 2);
  EXPECT_EQ(again.Failures(), 0u);

  const OcrReport merged = MergeShards(inputs, out);
  EXPECT_EQ(merged.Failures(), 0u);
  // The same files, byte for byte, as one run over both inputs.
  const std::string whole = Path("whole");
  ASSERT_EQ(RunOcr(inputs, whole, options_).Failures(), 0u);
  for (const std::string name :
       {"two-lines.txt", "two-lines.hocr", "two-lines.pages.tsv", "two-lines.alto/0002.xml",
        "footnote-line.txt", "footnote-line.hocr"}) {
    EXPECT_EQ(Slurp(out + "/" + name), Slurp(whole + "/" + name)) << name;
  }
  // Among them a word the script repair read again (footnote 193's "507ЛХ").
  EXPECT_NE(Slurp(out + "/two-lines.hocr").find("x_emend_repair"), std::string::npos);
}

}  // namespace
}  // namespace emend::ocr
