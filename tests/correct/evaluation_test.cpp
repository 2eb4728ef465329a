#include "correct/evaluation.hpp"

#include <gtest/gtest.h>

namespace emend::correct {
namespace {

TEST(Evaluation, CountsErrorsFixesAndBreaks) {
  const std::vector<std::string> ocr = {"Titos visit to the  USSR", "the Soviets said"};
  const std::vector<std::string> gold = {"Tito's visit to the USSR", "the Soviets said"};
  const std::vector<std::string> system = {"Tito's visit to the USSR", "the Soviet's said"};
  const std::vector<std::vector<std::string>> edits = {
      {"1", "Titos", "Tito's", "apostrophe", "certain"}};
  EvaluationReport r;
  ScoreSlice("s", ocr, gold, system, edits, r);
  EXPECT_EQ(r.gold_words, 8);
  EXPECT_EQ(r.word_errors_ocr, 1);     // white space does not count
  EXPECT_EQ(r.word_errors_system, 1);  // one fixed, one broken
  EXPECT_EQ(r.tokens_fixed, 1);
  EXPECT_EQ(r.tokens_broken, 1);
  ASSERT_EQ(r.broken.size(), 1u);
  EXPECT_EQ(r.broken[0].gold, "Soviets");
  EXPECT_EQ(r.broken[0].system, "Soviet's");
  EXPECT_EQ(r.category_recall["apostrophe"], std::make_pair(1, 1));
  EXPECT_DOUBLE_EQ(r.WordErrorReduction(), 0.0);
}

TEST(Evaluation, SkipsNoiseLinesAndTypographicApostrophes) {
  EvaluationReport r;
  ScoreSlice("s", {"^7&2io", "Titos"}, {"^7&2io", "Tito's"}, {"junk", "Tito\u2019s"},
             {{"1", "^7&2io", "#NOISE", "noise", "certain"}}, r);
  EXPECT_EQ(r.gold_words, 1);
  EXPECT_EQ(r.word_errors_system, 0);
  EXPECT_DOUBLE_EQ(r.WordErrorReduction(), 100.0);
}

}  // namespace
}  // namespace emend::correct
