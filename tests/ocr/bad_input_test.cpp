// Bad page images: each gives a message naming the file, the other pages are
// still read, and nothing is written for the bad one.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/error.hpp"
#include "ocr/engine.hpp"
#include "ocr/ocr.hpp"
#include "ocr/page_image.hpp"
#include "tests/ocr/shared_engines.hpp"
#include "tests/ocr/shared_lexicon.hpp"

namespace emend::ocr {
namespace {

namespace fs = std::filesystem;

const std::string kPages = std::string(EMEND_SOURCE_DIR) + "/samples/pages";

class BadInputTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() / ("emend-ocr-bad-" + std::to_string(::getpid()) + "-" +
                                     testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  std::string Truncated(const std::string& name) {
    std::ifstream in(kPages + "/t1-footnote.png", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return Write(name, bytes.substr(0, bytes.size() / 3));
  }
  fs::path dir_;
};

// The message ReadPage (after CountPages) gives for a file, "" if none.
std::string ReadMessage(const std::string& path) {
  try {
    const int pages = CountPages(path);
    for (int i = 0; i < pages; ++i) ReadPage(path, i);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST_F(BadInputTest, EachDefectHasItsMessage) {
  const std::string jpeg_header = "\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00";
  const std::string gif_header = "GIF89a\x10\x00\x10\x00\x80\x00\x00";
  const struct {
    std::string path;
    std::string message;
  } cases[] = {
      {(dir_ / "missing.png").string(), "cannot open: no such file"},
      {Write("empty.png", ""), "empty file (0 bytes), not an image"},
      {Write("notes.png", "These are notes, not a scan.\n"),
       "unsupported format: not a PNG, JPEG, TIFF or PDF file"},
      {Write("cut.jpg", jpeg_header + std::string(64, '\0')),
       "cannot decode the image: truncated or corrupt"},
      {Write("icon.gif", gif_header + std::string(64, '\0')),
       "unsupported format GIF: only PNG, JPEG, TIFF and PDF pages are read"},
      {Truncated("cut.png"), "cannot decode the image: truncated or corrupt"},
      {dir_.string(), "not a regular file"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ReadMessage(c.path), c.path + ": " + c.message);
  }
}

TEST_F(BadInputTest, MissingLanguageModelNamesTheFile) {
  EngineOptions options;
  options.tessdata_dir = dir_.string();
  options.languages = "eng";
  try {
    CheckLanguageModels(options);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              (dir_ / "eng.traineddata").string() +
                  ": language model 'eng' not found (Debian package tesseract-ocr-eng)");
  }
}

TEST_F(BadInputTest, OtherPagesAreStillRead) {
  // Two pages of a line each, cut from the sample pages (tests/data/ocr/README.md).
  const std::string good = std::string(EMEND_SOURCE_DIR) + "/tests/data/ocr/two-lines.tif";
  const std::string cut = Truncated("cut.png");
  const std::string empty = Write("empty.tif", "");
  OcrOptions options;
  options.dictionaries_dir = std::string(EMEND_SOURCE_DIR) + "/dictionaries";
  options.lexicon = emend_test::SharedOcrLexicon();
  options.engines = emend_test::SharedOcrEngines();
  options.jobs = 2;
  const std::string out = (dir_ / "out").string();
  const OcrReport report = RunOcr({cut, good, empty}, out, options);
  ASSERT_EQ(report.inputs.size(), 3u);
  ASSERT_TRUE(report.inputs[0].error);
  EXPECT_STREQ(report.inputs[0].error->what(),
               (cut + ": cannot decode the image: truncated or corrupt").c_str());
  EXPECT_EQ(report.inputs[0].error->kind(), ErrorKind::kInput);
  EXPECT_FALSE(report.inputs[1].error);
  EXPECT_EQ(report.inputs[1].pages, 2);
  ASSERT_TRUE(report.inputs[2].error);
  EXPECT_STREQ(report.inputs[2].error->what(),
               (empty + ": empty file (0 bytes), not an image").c_str());
  EXPECT_EQ(report.Failures(), 2u);
  // Only the good input's files, and no temporary leftovers.
  std::vector<std::string> written;
  for (const auto& entry : fs::directory_iterator(out)) written.push_back(entry.path().filename());
  std::sort(written.begin(), written.end());
  EXPECT_EQ(written, (std::vector<std::string>{"two-lines.alto", "two-lines.hocr",
                                               "two-lines.pages.tsv", "two-lines.txt"}));
  EXPECT_TRUE(fs::exists(out + "/two-lines.alto/0002.xml"));
}

}  // namespace
}  // namespace emend::ocr
