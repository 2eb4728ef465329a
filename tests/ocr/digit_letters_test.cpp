// Letters read as digits inside a word ("1n", "1s", "1ssues" on a bilevel
// typescript's thin strokes): which words are questioned and what their
// spellings are, and a second reading without digits deciding.
#include "ocr/digit_letters.hpp"

#include <gtest/gtest.h>

#include <set>

namespace emend::ocr {
namespace {

bool Known(const std::string& word) {
  static const std::set<std::string> words = {"in",  "is",  "it",    "It",    "issues",
                                              "ill", "lit", "still", "legacy"};
  return words.count(word) > 0;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : "|") + s;
  return out;
}

TEST(DigitLetters, SpellingsTable) {
  const struct {
    const char* word;
    const char* spellings;  // "|" between them
  } cases[] = {
      {"1n", "in"},       {"1s,", "is,"}, {"(1t", "(it"}, {"1ssues.", "issues."},
      {"st1ll", "still"}, {"1l1", "ill"},  // each 1 as i or l: the one known
      {"15", ""},                          // digits only: a number
      {"1954", ""},       {"62a", ""},     // a digit that is not 1
      {"1930s", ""},                       // a decade
      {"1X", ""},                          // capitals: a roman numeral's business
      {"1nn", ""},                         // no spelling known
      {"in", ""},                          // no digit
      {"1111s", ""},                       // more than three 1s
      {"'1legacy", ""},                    // no spelling known: left
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Join(LetterSpellings(c.word, Known)), c.spellings) << c.word;
  }
}

TEST(DigitLetters, TheSecondReadingDecides) {
  std::vector<std::string> words = {"there", "1s", "no", "sign", "1n", "15", "cases."};
  std::vector<size_t> asked;
  const std::vector<DigitLetterChange> changes =
      RepairDigitLetters(words, Known, [&](size_t index) -> std::string {
        asked.push_back(index);
        return index == 1 ? "is" : "m";  // "1n" read again as something else: left
      });
  EXPECT_EQ(asked, (std::vector<size_t>{1, 4}));  // never the number
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].index, 1u);
  EXPECT_EQ(changes[0].before, "1s");
  EXPECT_EQ(changes[0].after, "is");
  EXPECT_EQ(words[1], "is");
  EXPECT_EQ(words[4], "1n");
  EXPECT_EQ(words[5], "15");
}

TEST(DigitLetters, ACapitalReadAgainIsNoEvidence) {
  std::vector<std::string> words = {"on", "1ssues"};
  RepairDigitLetters(words, Known, [](size_t) { return std::string("Issues"); });
  EXPECT_EQ(words[1], "issues");
}

TEST(DigitLetters, PunctuationStaysTheEnginesFirstReading) {
  std::vector<std::string> words = {"1s,"};
  RepairDigitLetters(words, Known, [](size_t) { return std::string("is."); });
  EXPECT_EQ(words[0], "is,");
}

}  // namespace
}  // namespace emend::ocr
