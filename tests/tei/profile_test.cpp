// The thesis's shape as data: the profile file, its errors, and a thesis of
// another shape read through another profile.
#include "tei/profile.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "tei/structure.hpp"
#include "tests/tei/temp_input.hpp"
#include "tests/tei/thesis_fixture.hpp"

namespace emend::tei {
namespace {

// The bundled profile states the defaults: every field written out, none changed.
TEST(Profile, BundledProfileStatesTheDefaults) {
  const StructureProfile p =
      ReadStructureProfile(std::string(EMEND_SOURCE_DIR) + "/samples/thesis.profile");
  const StructureProfile d;
  EXPECT_EQ(p.chapter_word, d.chapter_word);
  EXPECT_EQ(p.introduction_heading, d.introduction_heading);
  EXPECT_EQ(p.note_series, d.note_series);
  EXPECT_EQ(p.note_width, d.note_width);
  EXPECT_EQ(p.short_line, d.short_line);
  EXPECT_EQ(p.max_note_skip, d.max_note_skip);
  EXPECT_DOUBLE_EQ(p.body_lines_per_page, d.body_lines_per_page);
  EXPECT_DOUBLE_EQ(p.body_lines_per_note_line, d.body_lines_per_note_line);
  EXPECT_EQ(p.trailing_space_marks_line_ends, d.trailing_space_marks_line_ends);
}

struct BadProfile {
  const char* name;
  const char* text;
  const char* message;
};

class ProfileRejects : public ::testing::TestWithParam<BadProfile> {};

TEST_P(ProfileRejects, NamingTheLineAndColumn) {
  const std::string path = WriteTemp(std::string(GetParam().name) + ".profile", GetParam().text);
  EXPECT_EQ(RefusalOf([&] { ReadStructureProfile(path); }), path + GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Profile, ProfileRejects,
    ::testing::Values(
        BadProfile{"no_colon", "# a comment\nnote_width 92\n", ":2:1: expected 'key: value'"},
        BadProfile{"unknown_key", "note_wdth: 92\n", ":1:1: unknown key 'note_wdth'"},
        BadProfile{"not_a_number", "note_width: wide\n",
                   ":1:13: 'wide' is not a valid value for 'note_width'"},
        BadProfile{"zero_width", "short_line: 0\n",
                   ":1:13: '0' is not a valid value for 'short_line'"},
        BadProfile{"not_a_flag", "trailing_space_marks_line_ends: true\n",
                   ":1:33: 'true' is not a valid value for 'trailing_space_marks_line_ends'"},
        BadProfile{"unknown_series", "note_series: chapter appendix\n",
                   ":1:14: 'chapter appendix' is not a valid value for 'note_series'"},
        BadProfile{"negative_page", "body_lines_per_page: -3\n",
                   ":1:22: '-3' is not a valid value for 'body_lines_per_page'"}),
    [](const auto& info) { return std::string(info.param.name); });

// Another thesis, another shape: French headings are found through a profile
// that names them, and not without one.
TEST(Profile, AnotherThesisNeedsAnotherProfileNotOtherCode) {
  std::vector<std::string> lines = Thesis();
  for (std::string& line : lines) {
    if (line == "INTRODUCTION") line = "AVANT-PROPOS";
    if (line.rfind("CHAPTER I", 0) == 0) line = "CHAPITRE" + line.substr(7);
    if (line == "TABLE OF CONTENTS") line = "TABLE DES MATIERES";
    if (line == "BIBLIOGRAPHY") line = "SOURCES";
  }
  EXPECT_TRUE(AnalyseStructure(lines).divisions.empty());
  StructureProfile french;
  french.introduction_heading = "AVANT-PROPOS";
  french.chapter_word = "CHAPITRE";
  french.contents_heading = "TABLE DES MATIERES";
  french.bibliography_heading = "SOURCES";
  const Structure s = AnalyseStructure(lines, french);
  ASSERT_EQ(s.divisions.size(), 4u);
  EXPECT_EQ(s.divisions[1].kind, DivisionKind::kChapter);
  EXPECT_EQ(s.divisions[1].n, "I");
  EXPECT_EQ(s.divisions[1].page, 19);
  EXPECT_EQ(s.notes.size(), AnalyseStructure(Thesis()).notes.size());
}

}  // namespace
}  // namespace emend::tei
