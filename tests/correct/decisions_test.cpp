// Editors' decisions: keyed by the OCR reading, the proposal and the words
// around it; the most specific one wins; one matching nothing is reported.
#include "correct/decisions.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/error.hpp"

namespace emend::correct {
namespace {

const WordClasses& Classes() {
  static const WordClasses classes(EMEND_WORDNET_DIR);
  return classes;
}

Emendation Flagged(int line, int column, const std::string& ocr, const std::string& reading) {
  Emendation e;
  e.id = "e" + std::to_string(line) + "." + std::to_string(column);
  e.line = line;
  e.column = column;
  e.length = static_cast<int>(ocr.size());
  e.ocr = ocr;
  e.reading = reading;
  e.emendation_class = EmendationClass::kApostrophe;
  e.status = EmendationStatus::kFlagged;
  return e;
}

Decision Make(DecisionAction action, std::string proposed, std::string before, std::string after,
              std::string reading = "") {
  Decision d;
  d.line = 7;
  d.action = action;
  d.ocr = "Titos";
  d.proposed = std::move(proposed);
  d.before = std::move(before);
  d.after = std::move(after);
  d.reading = std::move(reading);
  return d;
}

struct DecisionCase {
  const char* name;
  std::vector<Decision> decisions;
  EmendationStatus status;  // of the emendation at "after Titos visit"
  std::string reading;
  size_t unmatched;
};

class Decisions : public testing::TestWithParam<DecisionCase> {};

TEST_P(Decisions, Apply) {
  // "Titos" at line 2, column 7, between "after" and "visit".
  const std::vector<std::string> ocr = {"It happened", "after Titos visit, when the",
                                        "Titos was away."};
  std::vector<Emendation> emendations = {Flagged(2, 7, "Titos", "Tito's")};
  const DecisionResult r =
      ApplyDecisions(ocr, emendations, GetParam().decisions, Classes(), "d.tsv");
  EXPECT_EQ(emendations[0].status, GetParam().status);
  EXPECT_EQ(emendations[0].reading, GetParam().reading);
  EXPECT_EQ(r.unmatched.size(), GetParam().unmatched);
}

using A = DecisionAction;
using S = EmendationStatus;
INSTANTIATE_TEST_SUITE_P(
    Keys, Decisions,
    testing::Values(
        DecisionCase{"none", {}, S::kFlagged, "Tito's", 0},
        DecisionCase{
            "series_accept", {Make(A::kAccept, "Tito's", "*", "*")}, S::kAccepted, "Tito's", 0},
        DecisionCase{"any_proposal", {Make(A::kReject, "*", "*", "*")}, S::kRejected, "Tito's", 0},
        DecisionCase{
            "context", {Make(A::kReject, "Tito's", "after", "visit")}, S::kRejected, "Tito's", 0},
        DecisionCase{"other_context",
                     {Make(A::kReject, "Tito's", "before", "visit")},
                     S::kFlagged,
                     "Tito's",
                     1},
        DecisionCase{
            "other_proposal", {Make(A::kAccept, "Titos'", "*", "*")}, S::kFlagged, "Tito's", 1},
        DecisionCase{
            "before_a_noun", {Make(A::kAccept, "Tito's", "*", "@noun")}, S::kAccepted, "Tito's", 0},
        DecisionCase{"other_next_word",
                     {Make(A::kAccept, "Tito's", "*", "speech")},
                     S::kFlagged,
                     "Tito's",
                     1},
        DecisionCase{"editors_reading",
                     {Make(A::kRead, "*", "*", "visit", "Tito’s")},
                     S::kAccepted,
                     "Tito’s",
                     0},
        // A series decision and an exception to it: the more specific one wins here.
        DecisionCase{
            "most_specific_wins",
            {Make(A::kAccept, "Tito's", "*", "*"), Make(A::kReject, "Tito's", "after", "visit")},
            S::kRejected,
            "Tito's",
            1}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Decisions, ContextCrossesLineBreaks) {
  const std::vector<std::string> ocr = {"the visit of", "Titos", "delegation."};
  const Context c = ContextOf(ocr, Flagged(2, 1, "Titos", "Tito's"));
  EXPECT_EQ(c.before, "of");
  EXPECT_EQ(c.after, "delegation");
}

TEST(Decisions, RoundTripThroughTheFile) {
  Decision d = Make(A::kRead, "Tito's", "after", "@noun", "Tito’s");
  d.note = "house style";
  const std::string text = DecisionsHeader() + FormatDecision(d);
  const std::vector<Decision> parsed = ParseDecisions(text, "d.tsv");
  ASSERT_EQ(parsed.size(), 1u);
  EXPECT_EQ(FormatDecision(parsed[0]), FormatDecision(d));
  EXPECT_EQ(parsed[0].line, 7);  // five comment lines and the header come first
}

// Tabs, newlines and backslashes in any field were written raw, giving a
// file that nothing could read back.
class DecisionFields : public testing::TestWithParam<std::string> {};

TEST_P(DecisionFields, ReadBackExactly) {
  Decision d = Make(A::kRead, GetParam(), GetParam(), GetParam(), GetParam());
  d.ocr = "Ti" + GetParam();
  d.note = GetParam();
  const std::string line = FormatDecision(d);
  EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 6);
  EXPECT_EQ(std::count(line.begin(), line.end(), '\n'), 1);
  const std::vector<Decision> parsed = ParseDecisions(DecisionsHeader() + line, "d.tsv");
  ASSERT_EQ(parsed.size(), 1u);
  EXPECT_EQ(parsed[0].ocr, d.ocr);
  EXPECT_EQ(parsed[0].proposed, d.proposed);
  EXPECT_EQ(parsed[0].before, d.before);
  EXPECT_EQ(parsed[0].after, d.after);
  EXPECT_EQ(parsed[0].reading, d.reading);
  EXPECT_EQ(parsed[0].note, d.note);
}

INSTANTIATE_TEST_SUITE_P(Escaping, DecisionFields,
                         testing::Values("a\tb", "a\nb", "a\\b", "\\t", "\\", "\t\n\\", "x\\nx",
                                         "plain"));

TEST(Decisions, BackslashesWrittenByHandKeepTheirMeaning) {
  const std::vector<Decision> parsed =
      ParseDecisions(DecisionsHeader() + "read\tTitos\t*\t*\t*\tC:\\x\\\t\n", "d.tsv");
  ASSERT_EQ(parsed.size(), 1u);
  EXPECT_EQ(parsed[0].reading, "C:\\x\\");
}

// Appending to an empty file (or one of comments) gave decisions without a
// header, which every later run refused.
struct Appended {
  const char* name;
  std::string existing;
  std::string expected_start;
  size_t decisions = 1;  // in the result
};

class AppendDecisionsTo : public testing::TestWithParam<Appended> {};

TEST_P(AppendDecisionsTo, ReadsBack) {
  const std::string text =
      AppendDecisions(GetParam().existing, {Make(A::kAccept, "Tito's", "*", "*")});
  EXPECT_EQ(text.rfind(GetParam().expected_start, 0), 0u) << text;
  const std::vector<Decision> parsed = ParseDecisions(text, "d.tsv");
  ASSERT_EQ(parsed.size(), GetParam().decisions);
  EXPECT_EQ(parsed.back().proposed, "Tito's");
}

INSTANTIATE_TEST_SUITE_P(
    Files, AppendDecisionsTo,
    testing::Values(Appended{"new", "", DecisionsHeader()},
                    Appended{"blank_line", "\n", "\n" + DecisionsHeader()},
                    Appended{"comments_only", "# mine", "# mine\n" + DecisionsHeader()},
                    Appended{"with_header", DecisionsHeader(), DecisionsHeader() + "accept\t"},
                    Appended{"no_final_newline", DecisionsHeader() + "reject\tStalins\t*\t*\t*\t\t",
                             DecisionsHeader() + "reject\tStalins\t*\t*\t*\t\t\naccept\t", 2}),
    [](const auto& info) { return std::string(info.param.name); });

// A record's column + length overflowed an int (UBSan) and the context
// became the whole line.
TEST(Decisions, ContextOfAHugeLengthEndsAtTheLineEnd) {
  Emendation e = Flagged(1, 7, "Titos", "Tito's");
  e.length = 2147483647;
  const Context c = ContextOf({"After Titos visit", "next line"}, e);
  EXPECT_EQ(c.before, "After");
  EXPECT_EQ(c.after, "next");
}

struct BadFile {
  const char* name;
  std::string text;
  const char* error;
};

class DecisionsFileRejects : public testing::TestWithParam<BadFile> {};

TEST_P(DecisionsFileRejects, NamingTheLine) {
  try {
    ParseDecisions(GetParam().text, "d.tsv");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), GetParam().error);
  }
}

const std::string kHeader = "action\tocr\tproposed\tbefore\tafter\treading\tnote\n";
INSTANTIATE_TEST_SUITE_P(
    Errors, DecisionsFileRejects,
    testing::Values(
        BadFile{
            "header", "action\tocr\n",
            "d.tsv:1:1: expected the header 'action\tocr\tproposed\tbefore\tafter\treading\tnote'"},
        BadFile{"fields", kHeader + "accept\tTitos\n",
                "d.tsv:2: expected 7 tab-separated fields, found 2"},
        BadFile{"action", kHeader + "approve\tTitos\t*\t*\t*\t\t\n",
                "d.tsv:2:1: unknown action 'approve' (accept, reject or read)"},
        BadFile{"empty_ocr", kHeader + "accept\t\t*\t*\t*\t\t\n",
                "d.tsv:2: the ocr field is empty"},
        BadFile{"read_without_reading", kHeader + "read\tTitos\t*\t*\t*\t\t\n",
                "d.tsv:2: 'read' needs the editor's reading in the reading field"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ReadingLines, PutsAppliedAndAcceptedReadingsInTheText) {
  const std::vector<std::string> ocr = {"Titos and Stalins men", "ćao Titos"};
  std::vector<Emendation> e = {Flagged(1, 1, "Titos", "Tito's"),
                               Flagged(1, 11, "Stalins", "Stalin's"),
                               Flagged(2, 5, "Titos", "Tito's")};
  e[0].status = EmendationStatus::kAccepted;
  e[1].status = EmendationStatus::kRejected;
  e[2].status = EmendationStatus::kApplied;  // column 5 counts code points: "ćao " is 4
  EXPECT_EQ(ReadingLines(ocr, e),
            (std::vector<std::string>{"Tito's and Stalins men", "ćao Tito's"}));
}

}  // namespace
}  // namespace emend::correct
