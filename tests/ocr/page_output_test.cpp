// Pages out exactly: form feeds between pages (an empty page for one that
// failed), boxes in the original image's frame, an ALTO document per page,
// and the printed page number read from the page.
#include "ocr/page_output.hpp"

#include <gtest/gtest.h>

#include "ocr/page_number.hpp"

namespace emend::ocr {
namespace {

RecognizedLine Line(BoundingBox box, const std::vector<std::string>& words) {
  RecognizedLine line{box, {}};
  int x = box.left;
  for (const std::string& text : words) {
    RecognizedWord word;
    word.text = text;
    word.confidence = 91.4f;
    word.language = "eng";
    word.box = {x, box.top, x + 10 * static_cast<int>(text.size()), box.bottom};
    x = word.box.right + 10;
    line.words.push_back(word);
  }
  return line;
}

PageResult Page(std::vector<RecognizedLine> lines) {
  PageResult page;
  page.width = 1000;
  page.height = 1400;
  page.dpi = 300;
  page.geometry = {1000, 1400, 1.0, 0.0, 1000, 1400};
  page.page.lines = std::move(lines);
  page.printed = FindPrintedPageNumber(page.page, page.geometry.height);
  return page;
}

TEST(PageNumber, WhatALineMustHoldTable) {
  const struct {
    const char* line;
    const char* number;
  } cases[] = {
      {"12", "12"},      {"- 12 -", "12"},   {"(iv)", "iv"},
      {"12.", "12"},     {"xxxix", "xxxix"}, {"\xE2\x80\x93 7 \xE2\x80\x93", "7"},
      {"1955", "1955"},  {"0", ""},          {"12 of 30", ""},
      {"Chapter 2", ""}, {"iiii", ""},       {"", ""},
      {"II", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(PageNumberOf(c.line), c.number) << c.line;
}

TEST(PageNumber, TopOfThePageFirstThenTheFoot) {
  const PageResult top =
      Page({Line({480, 60, 520, 90}, {"- 14 -"}), Line({100, 200, 900, 230}, {"The", "text"}),
            Line({480, 1300, 520, 1330}, {"3"})});
  EXPECT_EQ(top.printed.number, "14");
  EXPECT_EQ(top.printed.line, 0);
  const PageResult foot =
      Page({Line({100, 200, 900, 230}, {"The", "text"}), Line({480, 1300, 520, 1330}, {"3"})});
  EXPECT_EQ(foot.printed.number, "3");
  // A number in the middle of the page is text, not the page's number.
  EXPECT_EQ(Page({Line({480, 600, 520, 630}, {"14"}), Line({100, 700, 900, 730}, {"text"})})
                .printed.number,
            "");
}

TEST(PageOutput, FormFeedBetweenPagesAndAnEmptyPageForAFailedOne) {
  PageResult failed;
  failed.error = "book.pdf: page 2: cannot render the page: damaged";
  const std::vector<PageResult> pages = {Page({Line({100, 200, 900, 230}, {"one", "line"})}),
                                         failed, Page({Line({100, 200, 900, 230}, {"last"})})};
  EXPECT_EQ(FormatText(pages), "one line\n\f\n\f\nlast\n");
  const std::string hocr = FormatHocr(pages, "book.pdf");
  EXPECT_NE(hocr.find("x_emend_error &quot;book.pdf: page 2"), std::string::npos) << hocr;
  EXPECT_EQ(FormatPageTable(pages),
            "page\tprinted\tline\terror\n1\t\t\t\n2\t\t\tbook.pdf: page 2: cannot render the page: "
            "damaged\n3\t\t\t\n");
}

TEST(PageOutput, BoxesAreInTheOriginalImagesFrame) {
  // The page was scaled 2x: the engine's boxes are twice the original's.
  PageResult page = Page({Line({200, 400, 1800, 460}, {"Tito"})});
  page.geometry.scale = 2.0;
  page.geometry.width = 2000;
  page.geometry.height = 2800;
  const std::string hocr = FormatHocr({page}, "scan.png");
  EXPECT_NE(hocr.find("title=\"bbox 100 200 900 230\""), std::string::npos) << hocr;
  EXPECT_NE(hocr.find("bbox 100 200 120 230; x_wconf 91"), std::string::npos) << hocr;
  const std::string alto = FormatAlto(page, 0, "scan.png");
  EXPECT_NE(
      alto.find("<String ID=\"word_1_1_1\" HPOS=\"100\" VPOS=\"200\" WIDTH=\"20\" HEIGHT=\"30\" "
                "WC=\"0.91\" LANG=\"eng\" CONTENT=\"Tito\"/>"),
      std::string::npos)
      << alto;
}

// Each word's title in the hOCR, whole: a word as the engine read it has no
// provenance; one the script repair or the raised-mark pass changed names
// the engine's reading and the repair; one added from ink the engine left
// out (a page number read again) names an empty engine reading.
struct ProvenanceCase {
  const char* name;
  const char* engine_text;
  const char* repair;
  const char* title;
};

class WordProvenance : public testing::TestWithParam<ProvenanceCase> {};

TEST_P(WordProvenance, TheTitleSaysWhatTheEngineRead) {
  const ProvenanceCase& c = GetParam();
  PageResult page = Page({Line({100, 200, 900, 230}, {"27"})});
  RecognizedWord& word = page.page.lines[0].words[0];
  word.engine_text = c.engine_text;
  word.repair = c.repair;
  const std::string hocr = FormatHocr({page}, "scan.png");
  const std::string want = std::string("title=\"") + c.title + "\" lang=\"eng\">27</span>";
  EXPECT_NE(hocr.find(want), std::string::npos) << want << "\n" << hocr;
}

INSTANTIATE_TEST_SUITE_P(
    Words, WordProvenance,
    testing::Values(
        ProvenanceCase{"engine_reading", "", "", "bbox 100 200 120 230; x_wconf 91"},
        ProvenanceCase{"raised_mark", "2?", "raised note mark read as digits",
                       "bbox 100 200 120 230; x_wconf 91; x_emend_engine &quot;2?&quot;; "
                       "x_emend_repair &quot;raised note mark read as digits&quot;"},
        ProvenanceCase{"page_number_read_again", "",
                       "page number the engine left out, read again as digits",
                       "bbox 100 200 120 230; x_wconf 91; x_emend_engine &quot;&quot;; "
                       "x_emend_repair &quot;page number the engine left out, read again as "
                       "digits&quot;"}),
    [](const testing::TestParamInfo<ProvenanceCase>& info) {
      return std::string(info.param.name);
    });

TEST(PageOutput, AltoPageCarriesThePrintedNumber) {
  const PageResult page =
      Page({Line({480, 60, 520, 90}, {"27"}), Line({100, 200, 900, 230}, {"A", "&", "B"})});
  const std::string alto = FormatAlto(page, 4, "thesis.pdf");
  EXPECT_NE(alto.find("<Page ID=\"page_5\" PHYSICAL_IMG_NR=\"5\" PRINTED_IMG_NR=\"27\" "
                      "WIDTH=\"1000\" HEIGHT=\"1400\">"),
            std::string::npos)
      << alto;
  EXPECT_NE(alto.find("CONTENT=\"&amp;\""), std::string::npos);
  EXPECT_NE(alto.find("<SP/>"), std::string::npos);
  EXPECT_EQ(FormatPageTable({page}), "page\tprinted\tline\terror\n1\t27\t1\t\n");
}

}  // namespace
}  // namespace emend::ocr
