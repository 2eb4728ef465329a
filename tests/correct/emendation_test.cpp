#include "correct/emendation.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace emend::correct {
namespace {

TEST(Emendations, RoundTripThroughTsv) {
  Emendation e{"e12.3",
               12,
               3,
               5,
               "Titos",
               "Tito's",
               EmendationClass::kApostrophe,
               0.9,
               EmendationStatus::kApplied,
               "apostrophe: tab\there"};
  Emendation noise{
      "e1.1", 1, 1, 6, "^7&2io", "", EmendationClass::kNoise, 1, EmendationStatus::kFlagged,
      "noise"};
  const std::string tsv = FormatEmendations({e, noise});
  EXPECT_EQ(tsv.substr(0, tsv.find('\n')),
            "id\tline\tcolumn\tlength\tocr\treading\tclass\tconfidence\tstatus\tevidence");
  std::vector<Emendation> back = ParseEmendations(tsv, "e.tsv");
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].reading, "Tito's");
  EXPECT_EQ(back[0].evidence, "apostrophe: tab\there");
  EXPECT_EQ(back[0].line, 12);
  EXPECT_EQ(back[1].emendation_class, EmendationClass::kNoise);
  EXPECT_EQ(FormatEmendations(back), tsv);
}

struct BadRow {
  const char* name;
  std::string row;
  std::string message;
  friend void PrintTo(const BadRow& b, std::ostream* os) { *os << b.name; }
};

class ParseEmendationsRejects : public testing::TestWithParam<BadRow> {};

TEST_P(ParseEmendationsRejects, WithFileLineColumn) {
  const std::string text =
      "id\tline\tcolumn\tlength\tocr\treading\tclass\tconfidence\tstatus\tevidence\n" +
      GetParam().row + "\n";
  try {
    ParseEmendations(text, "e.tsv");
    FAIL() << "accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), GetParam().message);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ParseEmendationsRejects,
    testing::Values(
        BadRow{"fields", "e1.1\t1\t1", "e.tsv:2:1: expected 10 tab-separated fields, found 3"},
        BadRow{"line", "e1.1\tx\t1\t5\tTitos\tTito's\tapostrophe\t0.9\tapplied\tr",
               "e.tsv:2:6: not a number: 'x'"},
        BadRow{"class", "e1.1\t1\t1\t5\tTitos\tTito's\tspelling\t0.9\tapplied\tr",
               "e.tsv:2:25: unknown class 'spelling'"},
        BadRow{"confidence", "e1.1\t1\t1\t5\tTitos\tTito's\tapostrophe\t1.5\tapplied\tr",
               "e.tsv:2:36: confidence must be a number from 0 to 1: '1.5'"},
        BadRow{"status", "e1.1\t1\t1\t5\tTitos\tTito's\tapostrophe\t0.9\tdone\tr",
               "e.tsv:2:40: unknown status 'done'"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ParseEmendations, WrongHeaderIsNotAnEmendationsFile) {
  EXPECT_THROW(ParseEmendations("line\tocr\tgold\n", "e.tsv"), InputError);
}

}  // namespace
}  // namespace emend::correct
