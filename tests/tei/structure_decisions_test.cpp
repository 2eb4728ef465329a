// Editors' decisions on the structure: the file's format and errors, and
// decisions that move a note start and a page end, found by their text.
#include "tei/structure_decisions.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "tei/structure.hpp"
#include "tei/structure_review.hpp"
#include "tests/tei/temp_input.hpp"
#include "tests/tei/thesis_fixture.hpp"

namespace emend::tei {
namespace {

TEST(StructureDecisions, ReadsNotesAndPages) {
  const std::string path = WriteTemp("ok.tsv",
                                     "# comment\n"
                                     "kind\ttarget\ttext\n"
                                     "note\tII.58\t50 Ibid., Molotov\n"
                                     "page\t70\t of the Soviet \n"
                                     "note\tintro.3\tThe note\n");
  const auto d = ReadStructureDecisions(path);
  ASSERT_EQ(d.size(), 3u);
  EXPECT_FALSE(d[0].page);
  EXPECT_EQ(d[0].series, "II");
  EXPECT_EQ(d[0].n, 58);
  EXPECT_EQ(d[0].text, "50 Ibid., Molotov");
  EXPECT_EQ(d[0].line, 3);
  EXPECT_TRUE(d[1].page);
  EXPECT_EQ(d[1].n, 70);
  EXPECT_EQ(d[1].text, "of the Soviet");
  EXPECT_EQ(d[2].series, "intro");
}

struct Bad {
  const char* name;
  const char* text;
  const char* message;
};

class StructureDecisionsReject : public ::testing::TestWithParam<Bad> {};

TEST_P(StructureDecisionsReject, NamingTheLineAndColumn) {
  const std::string path = WriteTemp(std::string(GetParam().name) + ".tsv", GetParam().text);
  EXPECT_EQ(RefusalOf([&] { ReadStructureDecisions(path); }), path + GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    File, StructureDecisionsReject,
    ::testing::Values(Bad{"no_header", "note\tI.1\tText\n",
                          ":1:1: expected the header 'kind\ttarget\ttext'"},
                      Bad{"fields", "kind\ttarget\ttext\nnote\tI.1\n",
                          ":2:1: expected 3 tab-separated fields, found 2"},
                      Bad{"kind", "kind\ttarget\ttext\nline\tI.1\tText\n",
                          ":2:1: unknown kind 'line' (note or page)"},
                      Bad{"note_target", "kind\ttarget\ttext\nnote\t58\tText\n",
                          ":2:6: expected a note as series.number ('II.58', 'intro.3'), not '58'"},
                      Bad{"page_target", "kind\ttarget\ttext\npage\tp70\tText\n",
                          ":2:6: expected a page number, not 'p70'"},
                      Bad{"empty_text", "kind\ttarget\ttext\npage\t70\t \n",
                          ":2:9: empty text: a decision needs the words of its line"}),
    [](const auto& info) { return std::string(info.param.name); });

// A note start and a page end placed by an editor, by the text of their lines;
// a decision that matches no line is reported, not applied.
TEST(StructureDecisions, MoveANoteStartAndAPageEnd) {
  const auto lines = Thesis();
  const std::string line15_end =
      lines[15].substr(20, lines[15].size() - 21);  // "... and runs on....", untrimmed space off
  const std::vector<StructureDecision> decisions = {
      {3, false, "intro", 3,
       "The note whose number"},      // the unnumbered note: its number is the editor's
      {4, true, "", 17, line15_end},  // page 17 ends a line later than the layout says
      {5, true, "", 30, "words no line has"},
  };
  std::vector<std::string> stale;
  const StructureHints hints = FindStructureDecisions(lines, decisions, "d.tsv", stale);
  EXPECT_EQ(
      stale,
      (std::vector<std::string>{
          "d.tsv:5: decision no longer matches any line: page 30 ends after 'words no line has'"}));
  StructureProfile profile;
  profile.body_lines_per_page = 2;
  profile.page_lines_spread = 1;
  const Structure s = AnalyseStructure(lines, profile, hints);
  ASSERT_GE(s.notes.size(), 3u);
  EXPECT_EQ(s.notes[2].n, 3);
  EXPECT_EQ(s.notes[2].first_line, 13u);
  EXPECT_FALSE(s.notes[2].number_inferred) << "an editor's number is not inferred";
  bool found = false;
  for (const PageEnd& e : s.pages) {
    if (e.line == 15) {
      found = true;
      EXPECT_EQ(e.next_page, 18);
      EXPECT_FALSE(e.inferred);
    }
  }
  EXPECT_TRUE(found) << "the editor's page end";
}

// What an editor is asked to look at, with the decision that would settle it;
// that decision, applied, leaves nothing to ask.
TEST(StructureDoubts, ListEachWithItsDecision) {
  const auto lines = Thesis();
  const Structure s = AnalyseStructure(lines);
  std::vector<std::string> got;
  for (const StructureDoubt& d : StructureDoubts(lines, s))
    got.push_back(d.what + " | " + d.decision);
  const std::vector<std::string> want = {
      "note intro.3: number inferred from the sequence | note\tintro.3\tThe note whose number the",
      "note I.2: text lost in the scan and its mark not found; placed at the page end | ",
      "note I.3: text lost in the scan and its mark not found; placed at the page end | ",
      "note I.4: text lost in the scan and its mark not found; placed at the page end | ",
  };
  EXPECT_EQ(got, want);
  std::vector<StructureDecision> decisions = {{1, false, "intro", 3, "The note whose number the"}};
  std::vector<std::string> stale;
  const Structure settled =
      AnalyseStructure(lines, {}, FindStructureDecisions(lines, decisions, "d.tsv", stale));
  EXPECT_TRUE(stale.empty());
  EXPECT_EQ(StructureDoubts(lines, settled).size(), 3u);
}

}  // namespace
}  // namespace emend::tei
