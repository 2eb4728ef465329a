// Raised note marks: found in the ink of a drawn line (a table of layouts and
// of what the engine made of them), and read by the real engine on six lines
// of a typescript's bilevel scan (samples/pages/t3-marks.png).
#include "ocr/raised_marks.hpp"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ocr/pix.hpp"
#include "tests/ocr/emend_ocr_run.hpp"

namespace emend::ocr {
namespace {

// A drawn line in a typewriter's cells of 22 px: baseline at y 100, x-height
// 20. Layout characters: 'a' an x-height letter, 'A' a capital (28 tall), '.'
// a full stop, '1' a raised digit (17 tall, its bottom 11 above the
// baseline), '\'' a raised quote (9 tall, at the capitals' top), ' ' nothing.
constexpr int kCell = 22, kBaseline = 100;

BoundingBox Glyph(char c, int cell) {
  const int centre = cell * kCell + kCell / 2;
  switch (c) {
    case 'a':
      return {centre - 6, kBaseline - 20, centre + 6, kBaseline};
    case 'A':
      return {centre - 7, kBaseline - 28, centre + 7, kBaseline};
    case '.':
      return {centre - 2, kBaseline - 5, centre + 3, kBaseline};
    case '1':
      return {centre - 5, kBaseline - 28, centre + 5, kBaseline - 11};
    case '\'':
      return {centre - 1, kBaseline - 28, centre + 2, kBaseline - 19};
    default:
      return {};
  }
}

PixPtr Draw(const std::string& layout) {
  PixPtr pix(pixCreate(static_cast<int>(layout.size()) * kCell + 40, 160, 1));
  for (size_t i = 0; i < layout.size(); ++i) {
    const BoundingBox b = Glyph(layout[i], static_cast<int>(i));
    if (b.right > b.left) {
      pixRasterop(pix.get(), b.left, b.top, b.right - b.left, b.bottom - b.top, PIX_SET, nullptr, 0,
                  0);
    }
  }
  return pix;
}

// What the engine read: `text` over cells first..last, its symbols sharing
// that span evenly (as loose as LSTM boxes).
struct EngineWord {
  std::string text;
  int first, last;
};

RecognizedLine Line(const std::vector<EngineWord>& words, int down = 0) {
  RecognizedLine line;
  line.box = {10000, kBaseline - 30 + down, 0, kBaseline + 8 + down};
  for (const EngineWord& w : words) {
    RecognizedWord word;
    word.text = w.text;
    word.box = {w.first * kCell, kBaseline - 28 + down, (w.last + 1) * kCell, kBaseline + down};
    const int n = static_cast<int>(w.text.size());  // the tests' texts are ASCII
    for (int s = 0; s < n; ++s) {
      const int left = word.box.left + (word.box.right - word.box.left) * s / n;
      const int right = word.box.left + (word.box.right - word.box.left) * (s + 1) / n;
      word.symbols.push_back({w.text.substr(s, 1), {left, word.box.top, right, word.box.bottom}});
    }
    line.box.left = std::min(line.box.left, word.box.left);
    line.box.right = std::max(line.box.right, word.box.right);
    line.words.push_back(std::move(word));
  }
  line.baseline_x1 = line.box.left;
  line.baseline_x2 = line.box.right;
  line.baseline_y1 = line.baseline_y2 = kBaseline + down;
  return line;
}

std::string Text(const RecognizedLine& line) {
  std::string out;
  for (const RecognizedWord& w : line.words) out += (out.empty() ? "" : " ") + w.text;
  return out;
}

struct MarkCase {
  const char* name;
  std::string layout;
  std::vector<EngineWord> engine;
  std::string digits;  // what the second reading gives
  std::string text;    // the line after the pass
  int marks;           // marks written
};

class RaisedMarksTable : public testing::TestWithParam<MarkCase> {};

TEST_P(RaisedMarksTable, WritesTheDigitsWhereTheEngineReadTheMark) {
  const MarkCase& c = GetParam();
  const PixPtr pix = Draw(c.layout);
  RecognizedPage page;
  page.lines.push_back(Line(c.engine));
  const int written =
      ReadRaisedMarks(pix.get(), page, [&](const BoundingBox&) { return c.digits; });
  EXPECT_EQ(written, c.marks);
  EXPECT_EQ(Text(page.lines[0]), c.text);
}

INSTANTIATE_TEST_SUITE_P(
    Layouts, RaisedMarksTable,
    testing::Values(MarkCase{"read_as_glyphs_after_a_full_stop",
                             "aAaaa.111 aaa",
                             {{"aAaaa.?*?", 0, 8}, {"aaa", 10, 12}},
                             "150",
                             "aAaaa.150 aaa",
                             1},
                    MarkCase{"read_as_a_word_of_its_own",
                             "aAaaa.111 aaa",
                             {{"aAaaa.", 0, 5}, {"!*", 6, 8}, {"aaa", 10, 12}},
                             "150",
                             "aAaaa.150 aaa",
                             1},
                    MarkCase{"left_out_by_the_engine",
                             "aAaaa.111 aaa",
                             {{"aAaaa.", 0, 5}, {"aaa", 10, 12}},
                             "150",
                             "aAaaa.150 aaa",
                             1},
                    MarkCase{"glued_to_a_word",
                             "aAaaa11 aaa",
                             {{"aAaaa\"\"", 0, 6}, {"aaa", 8, 10}},
                             "12",
                             "aAaaa12 aaa",
                             1},
                    MarkCase{"after_a_closing_quote",
                             "aAaaa'11 aaa",
                             {{"aAaaa'\"\"", 0, 7}, {"aaa", 9, 11}},
                             "49",
                             "aAaaa'49 aaa",
                             1},
                    MarkCase{"punctuation_after_the_mark_stays",
                             "aAaaa11. aaa",
                             {{"aAaaa\"\".", 0, 7}, {"aaa", 9, 11}},
                             "12",
                             "aAaaa12. aaa",
                             1},
                    MarkCase{"a_quote_is_not_a_mark",
                             "aAaaa' aaaaa",
                             {{"aAaaa'", 0, 5}, {"aaaaa", 7, 11}},
                             "1",
                             "aAaaa' aaaaa",
                             0},
                    MarkCase{"raised_digits_after_a_space_are_not_a_mark",
                             "aAaaa. 111 aaa",
                             {{"aAaaa.", 0, 5}, {"\"!", 7, 9}, {"aaa", 11, 13}},
                             "150",
                             "aAaaa. \"! aaa",
                             0},
                    MarkCase{"a_reading_that_is_not_digits_is_not_used",
                             "aAaaa.111 aaa",
                             {{"aAaaa.?*?", 0, 8}, {"aaa", 10, 12}},
                             "",
                             "aAaaa.?*? aaa",
                             0},
                    MarkCase{"too_many_digits_are_not_a_mark",
                             "aAaaa.1111 aaa",
                             {{"aAaaa.?*??", 0, 9}, {"aaa", 11, 13}},
                             "1234",
                             "aAaaa.?*?? aaa",
                             0},
                    MarkCase{"a_reading_that_runs_on_into_a_word_is_left",
                             "aAaaa.111aaa",
                             {{"aAaaa.?*?aaa", 0, 11}},
                             "150",
                             "aAaaa.?*?aaa",
                             0}),
    [](const testing::TestParamInfo<MarkCase>& info) { return std::string(info.param.name); });

TEST(RaisedMarks, KeepTheEnginesReadingAsEvidence) {
  const PixPtr pix = Draw("aAaaa.111 aaa");
  RecognizedPage page;
  page.lines.push_back(Line({{"aAaaa.", 0, 5}, {"!*", 6, 8}, {"aaa", 10, 12}}));
  ASSERT_EQ(ReadRaisedMarks(pix.get(), page, [](const BoundingBox&) { return std::string("150"); }),
            1);
  const RecognizedWord& word = page.lines[0].words[0];
  EXPECT_EQ(word.engine_text, "aAaaa. !*");
  EXPECT_EQ(word.repair, "raised note mark read as digits");
  EXPECT_EQ(word.box.right, Glyph('1', 8).right);  // the box holds the mark
}

TEST(RaisedMarks, FoundWithTheirInk) {
  const PixPtr pix = Draw("aAaaa.111 aaa");
  const std::vector<RaisedMark> marks =
      FindRaisedMarks(pix.get(), Line({{"aAaaa.", 0, 5}, {"aaa", 10, 12}}));
  ASSERT_EQ(marks.size(), 1u);
  EXPECT_EQ(marks[0].box.left, Glyph('1', 6).left);
  EXPECT_EQ(marks[0].box.right, Glyph('1', 8).right);
  EXPECT_EQ(marks[0].box.bottom, kBaseline - 11);
  EXPECT_EQ(marks[0].x_height, 20);
}

TEST(RaisedMarks, ALineSplitBesideAMarkIsJoined) {
  RecognizedPage page;
  // The engine read the line's right part as a line of its own, before its
  // left part; the line below stays apart.
  page.lines.push_back(Line({{"1", 6, 6}, {"The", 8, 10}, {"aim", 12, 14}}, -3));
  page.lines.push_back(Line({{"of", 0, 1}, {"Socialism.4", 3, 6}}));
  page.lines.push_back(Line({{"water", 0, 4}, {"down", 6, 9}}, 42));
  JoinSplitLines(page);
  ASSERT_EQ(page.lines.size(), 2u);
  EXPECT_EQ(Text(page.lines[0]), "of Socialism.4 1 The aim");
  EXPECT_EQ(page.lines[0].baseline_y1, kBaseline - 3);  // the line with more words
  EXPECT_EQ(Text(page.lines[1]), "water down");
}

// The real engine, through the emend binary, on a typescript's bilevel scan:
// the plain reading makes glyphs of the three marks, the pass reads them.
std::string OcrText(const std::string& extra) {
  const std::filesystem::path out =
      RunEmendOcr("samples/pages/t3-marks.png", "raised-marks", extra);
  std::ifstream in(out / "t3-marks.txt");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(RaisedMarks, ReadOnAScannedTypescript) {
  std::ifstream in(std::string(EMEND_SOURCE_DIR) + "/samples/pages/t3-marks.gt.txt");
  std::ostringstream truth;
  truth << in.rdbuf();
  EXPECT_EQ(OcrText(""), truth.str());
  const std::string plain = OcrText("--no-raised-marks");
  for (const char* mark : {"Malenkov.150", "Soviet.151", "won.152"}) {
    EXPECT_EQ(plain.find(mark), std::string::npos)
        << mark << " read without the pass: the test shows nothing";
  }
}

}  // namespace
}  // namespace emend::ocr
