#include "correct/calibration.hpp"

#include <cstdio>

namespace emend::correct {

std::string ConfidenceBand(double confidence) {
  if (confidence >= 0.9) return "0.9-1";
  if (confidence >= 0.7) return "0.7-0.9";
  if (confidence >= 0.5) return "0.5-0.7";
  return "0-0.5";
}

Calibration Calibrate(const std::vector<Emendation>& emendations,
                      const std::map<int, std::string>& gold_lines) {
  Calibration out;
  for (const Emendation& e : emendations) {
    if (e.emendation_class == EmendationClass::kNoise) continue;
    auto gold = gold_lines.find(e.line);
    if (gold == gold_lines.end()) continue;
    const std::string rule = e.evidence.substr(0, e.evidence.find(':'));
    CalibrationCell& cell = out[rule][ConfidenceBand(e.confidence)];
    const bool right = !e.reading.empty() && gold->second.find(e.reading) != std::string::npos;
    const bool applied =
        e.status == EmendationStatus::kApplied || e.status == EmendationStatus::kAccepted;
    if (applied) {
      ++(right ? cell.applied_right : cell.applied_wrong);
    } else {
      ++(right ? cell.flagged_right : cell.flagged_wrong);
    }
  }
  return out;
}

std::string FormatCalibration(const Calibration& calibration) {
  std::string out;
  int right = 0, total = 0;
  auto percent = [](int a, int n) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", n == 0 ? 0.0 : 100.0 * a / n);
    return std::string(buf);
  };
  for (const auto& [rule, bands] : calibration) {
    for (auto band = bands.rbegin(); band != bands.rend(); ++band) {
      const CalibrationCell& c = band->second;
      const int applied = c.applied_right + c.applied_wrong;
      const int flagged = c.flagged_right + c.flagged_wrong;
      out += "calibration: " + rule + " " + band->first + " applied " +
             std::to_string(c.applied_right) + "/" + std::to_string(applied) + " (" +
             percent(c.applied_right, applied) + " %) flagged " + std::to_string(c.flagged_right) +
             "/" + std::to_string(flagged) + "\n";
      right += c.applied_right;
      total += applied;
    }
  }
  out += "applied_precision: " + percent(right, total) + " (" + std::to_string(right) + "/" +
         std::to_string(total) + ")\n";
  return out;
}

}  // namespace emend::correct
