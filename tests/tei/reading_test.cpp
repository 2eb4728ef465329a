#include "tei/reading.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace emend::tei {
namespace {

using correct::Emendation;
using correct::EmendationClass;
using correct::EmendationStatus;

Emendation Record(int line, int column, const std::string& ocr, const std::string& reading,
                  EmendationStatus status = EmendationStatus::kApplied) {
  return {"e" + std::to_string(line) + "." + std::to_string(column),
          line,
          column,
          static_cast<int>(ocr.size()),
          ocr,
          reading,
          EmendationClass::kApostrophe,
          0.9,
          status,
          ""};
}

Emendation WithLength(Emendation e, int length) {
  e.length = length;
  return e;
}

TEST(ApplyEmendations, AppliedReadingsShowFlaggedOnesKeepTheOcr) {
  const std::vector<Emendation> records = {
      Record(1, 7, "Titos", "Tito's"),
      Record(2, 1, "Stalins", "Stalin's", EmendationStatus::kFlagged)};
  auto lines = ApplyEmendations({"After Titos visit", "Stalins death"}, records, "e.tsv");
  EXPECT_EQ(lines[0].text, "After Tito's visit");
  ASSERT_EQ(lines[0].segments.size(), 3u);
  EXPECT_EQ(lines[0].segments[1].emendation, &records[0]);
  EXPECT_EQ(lines[1].text, "Stalins death");
  EXPECT_EQ(lines[1].segments[0].emendation, &records[1]);
}

// An empty OCR text at the column after the last character: an addition at
// the line's end.
TEST(ApplyEmendations, AddsAtTheLinesEnd) {
  const std::vector<Emendation> records = {Record(1, 18, "", ".")};
  auto lines = ApplyEmendations({"After Titos visit"}, records, "e.tsv");
  EXPECT_EQ(lines[0].text, "After Titos visit.");
}

TEST(ApplyEmendations, CountsColumnsInCodePoints) {
  const std::vector<Emendation> records = {Record(1, 11, "Vidid", "Vidić")};
  auto lines = ApplyEmendations({"Mićunović Vidid"}, records, "e.tsv");
  EXPECT_EQ(lines[0].text, "Mićunović Vidić");
}

struct Bad {
  const char* name;
  std::vector<Emendation> records;
  std::string message;
  friend void PrintTo(const Bad& b, std::ostream* os) { *os << b.name; }
};

class ApplyEmendationsRejects : public testing::TestWithParam<Bad> {};

TEST_P(ApplyEmendationsRejects, NamingTheRecordsRow) {
  try {
    ApplyEmendations({"After Titos visit"}, GetParam().records, "e.tsv");
    FAIL() << "accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), GetParam().message);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Records, ApplyEmendationsRejects,
    testing::Values(
        Bad{"other_text",
            {Record(1, 7, "Stalins", "Stalin's")},
            "e.tsv:2: emendation e1.7 does not match the text: line 1 has 'Titos v' at column 7, "
            "the record says 'Stalins'"},
        Bad{"no_such_line",
            {Record(1, 7, "Titos", "Tito's"), Record(3, 1, "x", "y")},
            "e.tsv:3: emendation e3.1 is on line 3, but the text has 1 lines"},
        Bad{"overlap",
            {Record(1, 7, "Titos", "Tito's"), Record(1, 9, "tos", "to's")},
            "e.tsv:3: emendation e1.9 overlaps the one before it"},
        // Found by fuzz_emendations: a length past the line's end whose OCR
        // text is what is there was taken, and the offsets wrapped around.
        Bad{"length_past_the_line",
            {WithLength(Record(1, 13, "visit", "visits"), 75)},
            "e.tsv:2: emendation e1.13 runs past the end of line 1 (column 13, length 75; the line "
            "has 17 characters)"},
        Bad{"empty_at_the_end_with_a_length",
            {WithLength(Record(1, 18, "", "."), 7)},
            "e.tsv:2: emendation e1.18 runs past the end of line 1 (column 18, length 7; the line "
            "has 17 characters)"},
        Bad{"column_past_the_end",
            {Record(1, 30, "", ".")},
            "e.tsv:2: emendation e1.30 runs past the end of line 1 (column 30, length 0; the line "
            "has 17 characters)"}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace emend::tei
