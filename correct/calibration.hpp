// How far the corrector's confidence can be trusted: for each rule and band
// of confidence, how many of its emendations on the hand-checked slices read
// what the gold reads. A band whose applied emendations fall below the
// precision an edition needs (99 %) should be flagged for review instead.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "correct/emendation.hpp"

namespace emend::correct {

struct CalibrationCell {
  int applied_right = 0, applied_wrong = 0;
  int flagged_right = 0, flagged_wrong = 0;  // what the flagged reading would have given
};

// Rule name (the evidence's prefix, "apostrophe") -> band ("0.9-1", "0.7-0.9",
// "0.5-0.7", "0-0.5") -> counts. Only emendations on a gold line count.
using Calibration = std::map<std::string, std::map<std::string, CalibrationCell>>;

// The band a confidence falls in.
std::string ConfidenceBand(double confidence);

// gold_lines: document line (1-based) -> the gold's reading of that line, for
// the lines the gold covers. An emendation is right when its reading stands
// on the gold's line; noise records are not judged.
Calibration Calibrate(const std::vector<Emendation>& emendations,
                      const std::map<int, std::string>& gold_lines);

// One line per rule and band: "calibration: apostrophe 0.9-1 applied 110/110
// (100.0 %) flagged 0/0", then the overall precision of what was applied.
std::string FormatCalibration(const Calibration& calibration);

}  // namespace emend::correct
