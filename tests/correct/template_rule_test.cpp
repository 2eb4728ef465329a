// The signature template: a chunk read once in a frame where the document
// has a look-alike three times or more takes that look-alike.
#include "correct/template_rule.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "correct/corrector.hpp"
#include "tests/correct/shared_lexicon.hpp"

namespace emend::correct {
namespace {

struct LookAlikeCase {
  const char* a;
  const char* b;
  bool look_alike;
};

class TemplateLookAlike : public testing::TestWithParam<LookAlikeCase> {};

TEST_P(TemplateLookAlike, StrokesAndRoundsOnly) {
  const LookAlikeCase& c = GetParam();
  EXPECT_EQ(TemplateRule::LookAlike(c.a, c.b), c.look_alike) << c.a << " / " << c.b;
  EXPECT_EQ(TemplateRule::LookAlike(c.b, c.a), c.look_alike) << c.b << " / " << c.a;
}

INSTANTIATE_TEST_SUITE_P(Pairs, TemplateLookAlike,
                         testing::Values(LookAlikeCase{"11", "/1", true},
                                         LookAlikeCase{"I", "/", true},
                                         LookAlikeCase{"ll", "II", true},
                                         LookAlikeCase{"1O", "10", true},
                                         LookAlikeCase{"111", "/I1", true},
                                         LookAlikeCase{"lll", "III", false},  // three apart
                                         LookAlikeCase{"12", "/2", true},
                                         LookAlikeCase{"12", "13", false},  // digits differ
                                         LookAlikeCase{"I", "II", false},   // lengths differ
                                         LookAlikeCase{"IV", "IV", false}),
                         [](const auto& info) { return std::to_string(info.index); });

std::vector<std::string> Notes(const std::string& signature, int times) {
  std::vector<std::string> lines;
  for (int k = 0; k < times; ++k) {
    lines.push_back(std::to_string(k + 1) + " DSIP Top Secret Bulletin; SMIP, SPA, 1954, " +
                    signature + " DSIP Strogo Pov. Bilten.");
  }
  return lines;
}

Corrector MakeCorrector() {
  return Corrector(emend_test::SharedLexicon(), emend_test::SharedWordClasses(),
                   CorrectorOptions{});
}

TEST(TemplateRule, LookAlikeReadOnceTakesTheTemplate) {
  std::vector<std::string> document = Notes("F IV /1 -", 3);
  document.push_back("9 DSIP Top Secret Bulletin; SMIP, SPA, 1954, F IV 11 - DSIP Strogo Pov.");
  const CorrectionResult r = MakeCorrector().Correct(document);
  EXPECT_EQ(r.lines.back(),
            "9 DSIP Top Secret Bulletin; SMIP, SPA, 1954, F IV /1 - DSIP Strogo Pov.");
  ASSERT_EQ(r.emendations.size(), 1u);
  const Emendation& e = r.emendations[0];
  EXPECT_EQ(e.ocr, "11");
  EXPECT_EQ(e.reading, "/1");
  EXPECT_EQ(ClassName(e.emendation_class), "confusion");
  EXPECT_EQ(StatusName(e.status), "applied");
  EXPECT_NE(e.evidence.find("3 times"), std::string::npos) << e.evidence;
}

TEST(TemplateRule, TooFewVotesOrNoLookAlikeKept) {
  // Two votes only.
  std::vector<std::string> two = Notes("F IV /1 -", 2);
  two.push_back("9 DSIP Top Secret Bulletin; SMIP, SPA, 1954, F IV 11 - DSIP Strogo Pov.");
  EXPECT_EQ(MakeCorrector().Correct(two).lines.back(),
            "9 DSIP Top Secret Bulletin; SMIP, SPA, 1954, F IV 11 - DSIP Strogo Pov.");
  // The frame's usual chunk is no look-alike of the one read ("12" is another number).
  std::vector<std::string> other = Notes("F IV /1 -", 3);
  other.push_back("9 DSIP Top Secret Bulletin; SMIP, SPA, 1954, F IV 12 - DSIP Strogo Pov.");
  EXPECT_EQ(MakeCorrector().Correct(other).lines.back(),
            "9 DSIP Top Secret Bulletin; SMIP, SPA, 1954, F IV 12 - DSIP Strogo Pov.");
  // The reading repeats in its frame: it is the document's own.
  std::vector<std::string> repeated = Notes("F IV /1 -", 3);
  for (int k = 0; k < 2; ++k)
    repeated.push_back("9 DSIP Top Secret Bulletin; SMIP, SPA, 1954, F IV 11 - DSIP Strogo Pov.");
  EXPECT_EQ(MakeCorrector().Correct(repeated).lines.back(),
            "9 DSIP Top Secret Bulletin; SMIP, SPA, 1954, F IV 11 - DSIP Strogo Pov.");
}

}  // namespace
}  // namespace emend::correct
