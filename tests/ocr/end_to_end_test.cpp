// Small pages through the emend binary: ocr, then correct, then scored
// against the ground truth beside each page in samples/pages.
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/utf8.hpp"
#include "ocr/pix.hpp"

namespace {

namespace fs = std::filesystem;

const std::string kPages = std::string(EMEND_SOURCE_DIR) + "/samples/pages";

struct RunResult {
  int exit_code;
  std::string output;  // stdout and stderr together
};

RunResult Emend(const std::string& args) {
  const std::string command = std::string(EMEND_BINARY) + " " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string output;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  const int status = pclose(pipe);
  return {WEXITSTATUS(status), output};
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The text as one stream of code points: page and line breaks count as spaces.
std::u32string Flatten(const std::string& text) {
  std::u32string out;
  bool space = true;
  for (char32_t c : emend::utf8::Decode(text)) {
    if (c == U' ' || c == U'\n' || c == U'\f') {
      if (!space) out += U' ';
      space = true;
    } else {
      out += c;
      space = false;
    }
  }
  while (!out.empty() && out.back() == U' ') out.pop_back();
  return out;
}

// Character error rate: edit distance over the ground truth's length.
double Cer(const std::string& truth, const std::string& ocr) {
  const std::u32string a = Flatten(truth), b = Flatten(ocr);
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return static_cast<double>(row[b.size()]) / static_cast<double>(std::max<size_t>(a.size(), 1));
}

class EndToEndTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() / ("emend-ocr-e2e-" + std::to_string(::getpid()) + "-" +
                                     testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) { return (dir_ / name).string(); }
  fs::path dir_;
};

// Both small pages in one run (two workers): a degraded PNG footnote with
// Cyrillic and Serbo-Croatian letters, and a two-page bilevel TIFF.
TEST_F(EndToEndTest, OcrThenCorrectIsCloseToTheGroundTruth) {
  const RunResult ocr = Emend("ocr " + kPages + "/t1-footnote.png " + kPages +
                              "/t2-twopages.tif -o " + Path("out") + " --jobs 2");
  ASSERT_EQ(ocr.exit_code, 0) << ocr.output;
  EXPECT_EQ(ocr.output, "");
  for (const std::string name : {"t1-footnote", "t2-twopages"}) {
    const std::string text = Path("out/" + name + ".txt");
    const RunResult correct = Emend("correct " + text + " -o " + Path(name + ".corrected.txt"));
    ASSERT_EQ(correct.exit_code, 0) << correct.output;
    const std::string truth = Slurp(kPages + "/" + name + ".gt.txt");
    const double cer = Cer(truth, Slurp(Path(name + ".corrected.txt")));
    // Measured 0-1 %; plain `tesseract -l eng` makes 4 % on the footnote.
    EXPECT_LT(cer, 0.03) << name << ":\n" << Slurp(Path(name + ".corrected.txt"));
  }
  // The footnote's Cyrillic and Serbo-Croatian letters come through.
  const std::string footnote = Slurp(Path("out/t1-footnote.txt"));
  EXPECT_NE(footnote.find("Фонд 0144"), std::string::npos) << footnote;
  EXPECT_NE(footnote.find("Vidić"), std::string::npos) << footnote;
  // Two pages: a form-feed line between them, two ocr_page elements, word confidences.
  const std::string two = Slurp(Path("out/t2-twopages.txt"));
  EXPECT_NE(two.find("\n\f\n"), std::string::npos);
  const std::string hocr = Slurp(Path("out/t2-twopages.hocr"));
  EXPECT_NE(hocr.find("id=\"page_2\""), std::string::npos);
  EXPECT_NE(hocr.find("x_wconf "), std::string::npos);
  EXPECT_NE(hocr.find("x_emend_preprocessing"), std::string::npos);
}

// An error path: the script repair (OcrThenCorrectIsCloseToTheGroundTruth
// runs it) is left out, so that Hunspell's dictionaries are not loaded for it;
// the good input is one page of a line in English (the first of
// tests/data/ocr/two-lines.tif): one worker, one engine started, with the
// English model alone (the three models take twice its CPU to load).
TEST_F(EndToEndTest, BadPageIsReportedAndTheOthersWritten) {
  std::ofstream(Path("broken.png"), std::ios::binary) << "\x89PNG\r\n\x1a\n and then nothing";
  const emend::ocr::PixPtr line(
      pixRead((std::string(EMEND_SOURCE_DIR) + "/tests/data/ocr/two-lines.tif").c_str()));
  ASSERT_NE(line, nullptr);
  ASSERT_EQ(pixWriteTiff(Path("line.tif").c_str(), line.get(), IFF_TIFF_G4, "w"), 0);
  const RunResult run = Emend("ocr " + Path("broken.png") + " " + Path("line.tif") + " -o " +
                              Path("out") + " --no-script-repair --languages eng");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.output, Path("broken.png") + ": cannot decode the image: truncated or corrupt\n");
  EXPECT_TRUE(fs::exists(Path("out/line.txt")));
  EXPECT_FALSE(fs::exists(Path("out/broken.txt")));
  EXPECT_FALSE(fs::exists(Path("out/broken.hocr")));
}

TEST_F(EndToEndTest, MissingLanguageModelStopsBeforeAnyPage) {
  const RunResult run = Emend("ocr " + kPages + "/t2-twopages.tif -o " + Path("out") +
                              " --tessdata-dir " + dir_.string());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.output, Path("eng.traineddata") +
                            ": language model 'eng' not found (Debian package "
                            "tesseract-ocr-eng)\n");
}

TEST_F(EndToEndTest, UsageErrors) {
  EXPECT_EQ(Emend("ocr " + kPages + "/t2-twopages.tif").exit_code, 2);  // no -o
  EXPECT_EQ(Emend("ocr -o " + Path("out")).exit_code, 2);               // no image
  EXPECT_EQ(Emend("ocr x.png -o " + Path("out") + " --binarization magic").exit_code, 2);
  EXPECT_EQ(Emend("ocr x.png -o " + Path("out") + " --shard 3/2").exit_code, 2);
  EXPECT_EQ(Emend("ocr x.png -o " + Path("out") + " --shard 1/2 --merge").exit_code, 2);
}

}  // namespace
