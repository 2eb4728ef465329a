// A page number the engine left out (a lone small digit on top of a
// typescript's page): its ink found on a drawn page (a table of layouts and
// of what the engine made of them), and read by the real engine on the top
// of a bilevel scan (tests/data/ocr/lone-page-number.png).
#include "ocr/page_number.hpp"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <filesystem>
#include <sstream>

#include "core/text_file.hpp"
#include "ocr/pix.hpp"
#include "tests/ocr/emend_ocr_run.hpp"

namespace emend::ocr {
namespace {

// A drawn page 1000 x 1200 (its top sixth: y < 200): four lines of text 40 px
// tall from y 300, 80 px apart, each a word of ink the engine read; and ink
// drawn as the case says.
constexpr int kWidth = 1000, kHeight = 1200, kFirstLine = 300;

RecognizedLine TextLine(int top, const std::string& text = "Soviet") {
  RecognizedLine line;
  line.box = {100, top, 900, top + 40};
  line.baseline_x1 = 100, line.baseline_x2 = 900;
  line.baseline_y1 = line.baseline_y2 = top + 32;
  RecognizedWord word;
  word.text = text;
  word.confidence = 90;
  word.box = line.box;
  line.words.push_back(word);
  return line;
}

struct Ink {
  BoundingBox box;
  std::string read_as;  // "": the engine read nothing there; else a line of its own
};

struct LostCase {
  const char* name;
  std::vector<Ink> ink;
  std::string digits;  // what the second reading gives
  std::string number;  // the page number found
  int reads;           // second readings asked for
  int lines;           // the page's lines after the pass
};

// A digit 14 x 26 px (about a capital of a 40 px line) on top, at the right.
constexpr BoundingBox kDigit{800, 100, 814, 126};

RecognizedPage DrawnPage(const std::vector<Ink>& ink, PixPtr& pix) {
  pix.reset(pixCreate(kWidth, kHeight, 1));
  RecognizedPage page;
  for (const Ink& i : ink) {
    pixRasterop(pix.get(), i.box.left, i.box.top, i.box.right - i.box.left,
                i.box.bottom - i.box.top, PIX_SET, nullptr, 0, 0);
    if (!i.read_as.empty()) {
      RecognizedLine line = TextLine(i.box.top, i.read_as);
      line.box = line.words[0].box = i.box;
      page.lines.push_back(line);
    }
  }
  for (int k = 0; k < 4; ++k) {
    const int top = kFirstLine + 80 * k;
    pixRasterop(pix.get(), 100, top, 800, 40, PIX_SET, nullptr, 0, 0);
    page.lines.push_back(TextLine(top));
  }
  return page;
}

class LostPageNumberTable : public testing::TestWithParam<LostCase> {};

TEST_P(LostPageNumberTable, ReadsTheInkTheEngineLeftOut) {
  const LostCase& c = GetParam();
  PixPtr pix;
  RecognizedPage page = DrawnPage(c.ink, pix);
  int reads = 0;
  const PrintedPageNumber found =
      ReadPrintedPageNumber(pix.get(), page, [&](const BoundingBox&, float* confidence) {
        ++reads;
        *confidence = 77;
        return c.digits;
      });
  EXPECT_EQ(found.number, c.number);
  EXPECT_EQ(reads, c.reads);
  EXPECT_EQ(static_cast<int>(page.lines.size()), c.lines);
  if (!c.number.empty()) {
    ASSERT_EQ(found.line, 0);
  }
  if (!c.number.empty() && c.reads > 0) {
    ASSERT_EQ(page.lines[0].words.size(), 1u);  // the line written, first
    EXPECT_EQ(page.lines[0].words[0].text, c.number);
    EXPECT_EQ(page.lines[0].words[0].confidence, 77);
    EXPECT_FALSE(page.lines[0].words[0].repair.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(
    Layouts, LostPageNumberTable,
    testing::Values(
        LostCase{"a_lone_digit_left_out", {{kDigit, ""}}, "7", "7", 1, 5},
        LostCase{
            "two_digits_left_out", {{kDigit, ""}, {{818, 100, 832, 126}, ""}}, "17", "17", 1, 5},
        LostCase{"a_digit_read_as_a_quote_gives_way", {{kDigit, "'"}}, "7", "7", 1, 5},
        LostCase{"a_digit_the_engine_read_is_not_read_again", {{kDigit, "7"}}, "1", "7", 0, 5},
        LostCase{"a_speck_is_not_a_number", {{{800, 100, 804, 104}, ""}}, "7", "", 0, 4},
        LostCase{"a_rule_is_not_a_number", {{{100, 100, 900, 104}, ""}}, "7", "", 0, 4},
        LostCase{"a_stamp_is_not_a_number", {{{700, 40, 900, 190}, ""}}, "7", "", 0, 4},
        LostCase{
            "ink_below_the_top_sixth_is_not_read", {{{800, 220, 814, 246}, ""}}, "7", "", 0, 4},
        LostCase{"a_word_the_engine_read_is_not_read_again",
                 {{{700, 100, 900, 126}, "Chapter"}},
                 "7",
                 "",
                 0,
                 5},
        LostCase{"a_reading_that_is_not_a_number_is_not_used", {{kDigit, ""}}, "", "", 1, 4},
        LostCase{"zero_is_not_a_page_number", {{kDigit, ""}}, "0", "", 1, 4},
        LostCase{"too_many_digits_are_not_used", {{kDigit, ""}}, "12345", "", 1, 4}),
    [](const testing::TestParamInfo<LostCase>& info) { return std::string(info.param.name); });

TEST(LostPageNumber, TheInkIsTheDigitsOwn) {
  PixPtr pix;
  const RecognizedPage page = DrawnPage({{kDigit, ""}}, pix);
  const std::vector<BoundingBox> ink = FindLostPageNumberInk(pix.get(), page);
  ASSERT_EQ(ink.size(), 1u);
  EXPECT_EQ(ink[0].left, kDigit.left);
  EXPECT_EQ(ink[0].top, kDigit.top);
  EXPECT_EQ(ink[0].right, kDigit.right);
  EXPECT_EQ(ink[0].bottom, kDigit.bottom);
}

// The real engine, through the emend binary, on the top of a typescript's
// bilevel scan whose page number (7) Tesseract drops: the output folder.
std::filesystem::path ReadLonePage(const std::string& extra) {
  return RunEmendOcr("tests/data/ocr/lone-page-number.png", "lone-page-number", extra);
}

// The printed page number the pages table gives for the page.
std::string PrintedNumber(const std::filesystem::path& out) {
  std::istringstream table(ReadFileBytes(out / "lone-page-number.pages.tsv"));
  std::string header, row;
  std::getline(table, header);
  std::getline(table, row);
  // page, printed, line, error
  std::istringstream fields(row);
  std::string page, printed;
  std::getline(fields, page, '\t');
  std::getline(fields, printed, '\t');
  return printed;
}

TEST(LostPageNumber, ReadOnAScannedTypescript) {
  const std::filesystem::path out = ReadLonePage("");
  EXPECT_EQ(PrintedNumber(out), "7");
  // The hOCR says the 7 was read again: the engine read nothing there.
  const std::string hocr = ReadFileBytes(out / "lone-page-number.hocr");
  EXPECT_NE(hocr.find("x_emend_engine &quot;&quot;; x_emend_repair &quot;page number the engine "
                      "left out, read again as digits&quot;\">7</span>"),
            std::string::npos)
      << hocr;
  EXPECT_EQ(PrintedNumber(ReadLonePage("--no-page-number-reread")), "")
      << "the engine read the number itself: the test shows nothing";
}

}  // namespace
}  // namespace emend::ocr
