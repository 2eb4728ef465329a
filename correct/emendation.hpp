// One change the corrector made or proposes, and the TSV file that lists them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace emend::correct {

// The classes of OCR damage, as in the gold's edits files.
// kSplit covers the OCR's space errors both ways: a space inside a word
// ("Norm alization") and a space lost between two ("Hodderand"); the TEI
// schema has no separate class for the second.
enum class EmendationClass {
  kApostrophe,
  kSplit,
  kDiacritic,
  kCyrillic,
  kConfusion,
  kPunct,
  kNoise
};

enum class EmendationStatus {
  kApplied,   // the reading is in the corrected text
  kFlagged,   // proposed, below the confidence threshold: the OCR reading stays
  kAccepted,  // an editor accepted it
  kRejected,  // an editor rejected it
};

struct Emendation {
  std::string id;       // stable for the same input: "e<line>.<column>"
  int line = 0;         // 1-based line of the OCR text
  int column = 0;       // 1-based code point where the OCR reading starts
  int length = 0;       // code points of the OCR reading
  std::string ocr;      // what the OCR read
  std::string reading;  // what the corrector reads there ("" for noise)
  EmendationClass emendation_class = EmendationClass::kConfusion;
  double confidence = 0;  // 0..1
  EmendationStatus status = EmendationStatus::kApplied;
  std::string evidence;  // the rule and what it relied on
};

std::string_view ClassName(EmendationClass c);
std::string_view StatusName(EmendationStatus s);

// The TSV: a header line, then one record per line in the order given.
// Tabs, newlines and backslashes inside fields are escaped as \t \n \\.
std::string FormatEmendations(const std::vector<Emendation>& emendations);

// Parses FormatEmendations' output. Throws InputError ("path:line:col: message")
// for a wrong header, a wrong field count, or a field that does not parse.
std::vector<Emendation> ParseEmendations(const std::string& text, const std::string& path);

}  // namespace emend::correct
