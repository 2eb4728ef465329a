// A text read from scans: its form feeds split it into pages, the pages table
// (emend ocr's NAME.pages.tsv) names the line with each page's printed
// number, and the structure takes those pages instead of inferring them.
#include "tei/scanned_pages.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "tei/structure.hpp"
#include "tests/tei/temp_input.hpp"
#include "tests/tei/thesis_fixture.hpp"

namespace emend::tei {
namespace {

std::string Join(const std::vector<size_t>& v) {
  std::string out;
  for (size_t x : v) out += (out.empty() ? "" : ",") + std::to_string(x);
  return out;
}

// The whole record: "kept=0,1 pages=FIRST@SHEET#NUMBER,... dropped=LINES".
std::string Dump(const ScannedText& t) {
  std::string pages;
  for (const ScannedPage& p : t.pages) {
    pages += (pages.empty() ? "" : ",") + std::to_string(p.first_line) + "@" +
             std::to_string(p.sheet) + "#" + std::to_string(p.number);
  }
  return "kept=" + Join(t.kept) + " pages=" + pages + " dropped=" + Join(t.first_byte_dropped);
}

struct SplitCase {
  const char* name;
  std::vector<std::string> lines;
  std::vector<PageTableRow> table;
  const char* expected;
};

TEST(ScannedPages, SplitsAtFormFeedsAndLeavesTheNumbersOut) {
  const SplitCase cases[] = {
      {"no form feed: one page", {"a", "b"}, {}, "kept=0,1 pages=0@1#0 dropped="},
      {"numbers on top, found without a table",
       {"12", "a", "\f", "13", "b"},
       {},
       "kept=1,4 pages=0@1#12,1@2#13 dropped="},
      {"a number at the foot, in dashes",
       {"a", "- 7 -", "\f", "b", "8."},
       {},
       "kept=0,3 pages=0@1#7,1@2#8 dropped="},
      {"a number mid-page is text", {"a", "12", "b"}, {}, "kept=0,1,2 pages=0@1#0 dropped="},
      {"the table names the line",
       {"a", "12", "\f", "b", "13"},
       {{1, "12", 2, ""}, {2, "13", 2, ""}},
       "kept=0,3 pages=0@1#12,1@2#13 dropped="},
      {"the table's line is left out even when it is no number",
       {"x 12", "a", "\f", "b"},
       {{1, "12", 1, ""}, {2, "", 0, ""}},
       "kept=1,3 pages=0@1#12,1@2#0 dropped="},
      {"a roman number: its line left out, the page unnumbered",
       {"iv", "a", "\f", "b"},
       {{1, "iv", 1, ""}, {2, "", 0, ""}},
       "kept=1,3 pages=0@1#0,1@2#0 dropped="},
      {"with a table, an unread number stays in the text",
       {"12", "a", "\f", "b"},
       {{1, "", 0, ""}, {2, "", 0, ""}},
       "kept=0,1,3 pages=0@1#0,2@2#0 dropped="},
      {"Tesseract's form feed before the next page's first line, and after the last",
       {"a", "\fb", "c", "\f"},
       {},
       "kept=0,1,2 pages=0@1#0,1@2#0 dropped=1"},
      {"a page that failed: empty",
       {"a", "\f", "\f", "b"},
       {},
       "kept=0,3 pages=0@1#0,1@2#0,1@3#0 dropped="},
  };
  for (const SplitCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(Dump(SplitScannedPages(c.lines, c.table, "t.pages.tsv")), c.expected);
  }
}

TEST(ScannedPages, RefusesATableOfAnotherText) {
  EXPECT_EQ(RefusalOf([] {
              SplitScannedPages({"a", "\f", "b"}, {{1, "", 0, ""}}, "t.pages.tsv");
            }),
            "t.pages.tsv: 1 pages, but the text has 2 (form feeds between them): not the table of "
            "this text");
  EXPECT_EQ(RefusalOf([] {
              SplitScannedPages({"a", "\f", "b"}, {{1, "", 0, ""}, {2, "3", 2, ""}}, "t.pages.tsv");
            }),
            "t.pages.tsv:3:1: page 2: its number on line 2, but the page has 1 lines in the text");
}

TEST(ScannedPages, ReadsThePagesTable) {
  const std::string path = WriteTemp(
      "ok.pages.tsv", "page\tprinted\tline\terror\n1\t\t\t\n2\t17\t1\t\n3\t\t\tcannot read\n");
  std::string dump;
  for (const PageTableRow& r : ReadPageTable(path)) {
    dump += std::to_string(r.page) + "|" + r.printed + "|" + std::to_string(r.line) + "|" +
            r.error + ";";
  }
  EXPECT_EQ(dump, "1||0|;2|17|1|;3||0|cannot read;");
}

TEST(ScannedPages, RefusesAMalformedPagesTable) {
  const struct {
    const char* name;
    const char* text;
    const char* message;  // after "PATH:"
  } cases[] = {
      {"another header", "sheet\tpage\tnotes\n1\t\t\n",
       "1:1: not a pages table (emend ocr's NAME.pages.tsv): the header should be "
       "'page\\tprinted\\tline\\terror'"},
      {"a field short", "page\tprinted\tline\terror\n1\t12\t1\n",
       "2:1: 3 fields, 4 expected (page, printed, line, error)"},
      {"pages out of order", "page\tprinted\tline\terror\n2\t\t\t\n",
       "2:1: page '2' where page 1 should follow"},
      {"a line that is no number", "page\tprinted\tline\terror\n1\t12\ttop\t\n",
       "2:6: line 'top' is not a line number (1, 2, ...)"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string path = WriteTemp("bad.pages.tsv", c.text);
    EXPECT_EQ(RefusalOf([&] { ReadPageTable(path); }), path + ":" + c.message);
  }
}

TEST(ScannedPages, FacsimileAddresses) {
  EXPECT_EQ(FacsimileAddress("facs/p{n:4}.png", 7), "facs/p0007.png");
  EXPECT_EQ(FacsimileAddress("facs/p{n:2}.png", 123), "facs/p123.png");
  EXPECT_EQ(FacsimileAddress("scan.pdf#page={n}", 12), "scan.pdf#page=12");
  for (const char* bad : {"p.png", "p{n:x}.png", "p{n:}.png", "p{n.png"}) {
    SCOPED_TRACE(bad);
    EXPECT_THROW(FacsimileAddress(bad, 1), UsageError);
  }
}

// The synthetic thesis (tests/tei/thesis_fixture.hpp) as scanned sheets: the
// title, the abstract and the contents unnumbered, then pages 17 to 21 with
// their numbers on top, as `numbers` has them read ("" for none).
std::vector<std::string> ScannedThesis(const std::vector<std::string>& numbers) {
  const std::vector<std::string> thesis = Thesis();
  // The first line of each sheet, in the fixture.
  const std::vector<size_t> starts = {0, 1, 3, 7, 15, 17, 24, 27};
  std::vector<std::string> out;
  for (size_t sheet = 0; sheet < starts.size(); ++sheet) {
    if (sheet > 0) out.push_back("\f");
    if (sheet >= 3 && !numbers[sheet - 3].empty()) out.push_back(numbers[sheet - 3]);
    const size_t end = sheet + 1 < starts.size() ? starts[sheet + 1] : thesis.size();
    for (size_t k = starts[sheet]; k < end; ++k) out.push_back(thesis[k]);
  }
  return out;
}

// The page ends: "LINE>NEXT_PAGE@SHEET", "*" when the number was not read
// (or was read wrong) but counted, "-" for an unnumbered page.
std::string PagesOf(const Structure& s) {
  std::string out;
  for (const PageEnd& e : s.pages) {
    out += (out.empty() ? "" : " ") + std::to_string(e.line) + ">" +
           (e.next_page > 0 ? std::to_string(e.next_page) : "-") + (e.number_inferred ? "*" : "") +
           "@" + std::to_string(e.next_sheet);
    EXPECT_FALSE(e.inferred) << "a scanned page end is never placed by line counts";
  }
  return out;
}

// A typescript read from scans, as Tesseract gives it: no trailing spaces, so
// line ends come from widths (body lines of about 70 characters, full note
// lines of 84 or more); pages split at form feeds.
StructureProfile TypescriptProfile() {
  StructureProfile p;
  p.note_width = 84;
  p.short_line = 60;
  p.paragraph_end_width = 60;
  p.trailing_space_marks_line_ends = false;
  return p;
}

// "n:first-last" for each note (lines of the text without form feeds), "n:lost"
// for a placeholder; then "| ends=" and the page ends.
std::string NotesOf(const Structure& s) {
  std::string out;
  for (const Footnote& n : s.notes) {
    out += (out.empty() ? "" : " ") + std::to_string(n.n) + ":" +
           (n.lost ? std::string("lost")
                   : std::to_string(n.first_line) + "-" +
                         std::to_string(n.continued ? n.continued_last : n.last_line));
  }
  return out + " | ends=" + Join(s.page_ends);
}

struct FootCase {
  const char* name;
  std::vector<std::string> lines;  // with "\f" between pages
  const char* expected;
};

const std::string kBody = "and the Yugoslav leadership saw the Soviet proposals as a sign that the";
const std::string kBodyEnd = "were made public in Belgrade.";

TEST(ScannedPages, NotesAtTheFootOfEachPageTable) {
  const FootCase cases[] = {
      {"notes_after_a_body_line_that_runs_on_to_the_next_page",
       {"INTRODUCTION", kBody, "the crisis of 1948 was over.1 In the following months the talks",
        kBody,
        "1 Vladimir Dedijer, Novi Prilozi za Biografiju Josipa Broza Tita, The New Supplements to",
        "the Biography of Josip Broz Tito, Volume 3, (Beograd: Rad, 1984), 461-2.", "\f", kBody,
        kBodyEnd},
       "1:4-5 | ends=3"},
      {"the_next_number_starts_a_note_on_a_line_narrower_than_a_full_one",
       {"INTRODUCTION", kBody, "the crisis of 1948 was over.1 In the following months the talks",
        "had begun.2", "1 Vladimir Dedijer, Novi Prilozi za Biografiju Josipa Broza Tita, The New",
        "Supplements to the Biography of Josip Broz Tito, Volume 3, (Beograd: Rad, 1984), 461.",
        "2 Granville, Johanna, Josip Broz Tito's Role in the 1956 Nagy Affair, SLAVONIC AND",
        "EAST EUROPEAN REVIEW, 1998, 76 (4), 672-702; Leonid Gibianskii, Sovjetsko-jugoslovenski",
        "odnosi i Madjarska revolucija 1956. godine, No. 1-2, 1996, 151-70.", "\f", kBody,
        kBodyEnd},
       "1:4-5 2:6-8 | ends=3"},
      {"a_notes_last_line_as_wide_as_the_body_stays_on_its_page",
       {"INTRODUCTION", kBody, "the crisis of 1948 was over.1 In the following months the talks",
        "had begun.",
        "1 Lorraine M. Lees, Keeping Tito Afloat: The United States, Yugoslavia, and the Cold War,",
        "(University Park, Pennsylvania: The Pennsylvania State University Press, 1997)", "\f",
        kBody, kBody, kBody, kBody, kBodyEnd},
       "1:4-5 | ends=3"},
      {"a_note_whose_number_the_ocr_garbled_still_reads_as_a_note",
       {"INTRODUCTION", kBody, "the crisis of 1948 was over.1 In the following months the talks",
        "and the Soviet leaders approved it.2 The next day, Belgrade replied that", kBody,
        "1 Plenum of the CPSU CC, 4-12 July 1955, Bulganin's address, Transcript of the 9 July, "
        "evening",
        "Transcript of 11 July, evening session, Fond 2, Opis 1, Rolik 6228, Delo 160, 91.",
        "ll Talbot, S. (Trans. and ed.), Khrushchev Remembers, 378.", "\f", kBody, kBodyEnd},
       "1:5-7 2:lost | ends=4"},
      {"a_note_that_opens_with_ibid_in_lower_case",
       {"INTRODUCTION", kBody, "the crisis of 1948 was over.1 In the following months the talks",
        kBody, "1 ibid.", "\f", kBody, kBodyEnd},
       "1:4-4 | ends=3"},
  };
  for (const FootCase& c : cases) {
    SCOPED_TRACE(c.name);
    const ScannedText split = SplitScannedPages(c.lines, {}, "");
    std::vector<std::string> text;
    for (size_t k : split.kept) text.push_back(c.lines[k]);
    const Structure s = AnalyseStructure(text, TypescriptProfile(), {}, split.pages);
    EXPECT_EQ(NotesOf(s), c.expected);
  }
}

TEST(ScannedPages, TakeThePlaceOfInferredPageEnds) {
  const struct {
    const char* name;
    std::vector<std::string> numbers;  // read on the sheets of pages 17-21
    const char* expected;
  } cases[] = {
      {"every number read",
       {"17", "18", "19", "20", "21"},
       "0>-@2 2>-@3 6>17@4 9>18@5 16>19@6 20>20@7 25>21@8"},
      {"one not read: counted on",
       {"17", "", "19", "20", "21"},
       "0>-@2 2>-@3 6>17@4 9>18*@5 16>19@6 20>20@7 25>21@8"},
      {"one misread: its neighbours agree on another",
       {"17", "18", "49", "20", "21"},
       "0>-@2 2>-@3 6>17@4 9>18@5 16>19*@6 20>20@7 25>21@8"},
      {"the first not read: counted back",
       {"", "18", "19", "20", "21"},
       "0>-@2 2>-@3 6>17*@4 9>18@5 16>19@6 20>20@7 25>21@8"},
      {"none read: the contents' pages, counted on and back",
       {"", "", "", "", ""},
       "0>-@2 2>-@3 6>17*@4 9>18*@5 16>19*@6 20>20*@7 25>21*@8"},
  };
  StructureProfile profile;
  profile.body_lines_per_page = 2;
  profile.page_lines_spread = 1;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const std::vector<std::string> lines = ScannedThesis(c.numbers);
    const ScannedText split = SplitScannedPages(lines, {}, "");
    std::vector<std::string> text;
    for (size_t k : split.kept) text.push_back(lines[k]);
    ASSERT_EQ(text, Thesis()) << "the form feeds and the numbers leave the text";
    const Structure s = AnalyseStructure(text, profile, {}, split.pages);
    EXPECT_EQ(PagesOf(s), c.expected);
    EXPECT_EQ(Join(s.page_ends), "0,2,6,9,16,20,25");
    // The notes are found as without scans.
    EXPECT_EQ(s.notes.size(), AnalyseStructure(Thesis(), profile).notes.size());
  }
}

}  // namespace
}  // namespace emend::tei
