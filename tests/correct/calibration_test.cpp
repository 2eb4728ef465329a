// Calibration: each emendation on a gold line is judged by whether its
// reading stands on the gold's line, and counted by rule, band and status.
#include "correct/calibration.hpp"

#include <gtest/gtest.h>

namespace emend::correct {
namespace {

Emendation Make(int line, std::string reading, double confidence, EmendationStatus status,
                std::string evidence, EmendationClass c = EmendationClass::kApostrophe) {
  Emendation e;
  e.line = line;
  e.reading = std::move(reading);
  e.confidence = confidence;
  e.status = status;
  e.evidence = std::move(evidence);
  e.emendation_class = c;
  return e;
}

TEST(Calibration, CountsEachRuleAndBandByWhatTheGoldReads) {
  const std::map<int, std::string> gold = {{10, "after Tito's visit, the Soviets"},
                                           {11, "Koča Popović said"}};
  const std::vector<Emendation> emendations = {
      Make(10, "Tito's", 0.9, EmendationStatus::kApplied, "apostrophe: 'Titos' is no word"),
      Make(10, "Soviet's", 0.6, EmendationStatus::kApplied, "apostrophe: the document uses"),
      Make(11, "Koča", 0.8, EmendationStatus::kApplied, "diacritic: 'Koča' is in the names list"),
      Make(11, "Popovic", 0.4, EmendationStatus::kFlagged, "diacritic: a tie"),
      Make(12, "anything", 0.9, EmendationStatus::kApplied, "apostrophe: not a gold line"),
      Make(11, "", 1.0, EmendationStatus::kFlagged, "noise: symbols", EmendationClass::kNoise),
  };
  const Calibration c = Calibrate(emendations, gold);
  ASSERT_EQ(c.size(), 2u);
  const CalibrationCell& sure = c.at("apostrophe").at("0.9-1");
  EXPECT_EQ(sure.applied_right, 1);
  EXPECT_EQ(sure.applied_wrong, 0);
  const CalibrationCell& doubtful = c.at("apostrophe").at("0.5-0.7");
  EXPECT_EQ(doubtful.applied_right, 0);
  EXPECT_EQ(doubtful.applied_wrong, 1);
  EXPECT_EQ(c.at("diacritic").at("0.7-0.9").applied_right, 1);
  EXPECT_EQ(c.at("diacritic").at("0-0.5").flagged_wrong, 1);
  EXPECT_EQ(FormatCalibration(c),
            "calibration: apostrophe 0.9-1 applied 1/1 (100.0 %) flagged 0/0\n"
            "calibration: apostrophe 0.5-0.7 applied 0/1 (0.0 %) flagged 0/0\n"
            "calibration: diacritic 0.7-0.9 applied 1/1 (100.0 %) flagged 0/0\n"
            "calibration: diacritic 0-0.5 applied 0/0 (0.0 %) flagged 0/1\n"
            "applied_precision: 66.7 (2/3)\n");
}

TEST(Calibration, BandsSplitAtTheApplyThresholds) {
  EXPECT_EQ(ConfidenceBand(1.0), "0.9-1");
  EXPECT_EQ(ConfidenceBand(0.9), "0.9-1");
  EXPECT_EQ(ConfidenceBand(0.89), "0.7-0.9");
  EXPECT_EQ(ConfidenceBand(0.5), "0.5-0.7");
  EXPECT_EQ(ConfidenceBand(0.49), "0-0.5");
}

}  // namespace
}  // namespace emend::correct
