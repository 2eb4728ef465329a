// The text as the edition reads it: the OCR lines with their emendations,
// kept as segments so that both readings survive into the TEI.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "correct/emendation.hpp"

namespace emend::tei {

struct Segment {
  std::string text;  // what the edition's text shows here
  // The emendation behind this segment, or nullptr for plain OCR text.
  // Applied: text is the reading. Flagged: text is the OCR, the reading is proposed.
  const correct::Emendation* emendation = nullptr;
};

struct ReadingLine {
  std::string text;               // the segments' texts, concatenated
  std::vector<Segment> segments;  // in order, never empty for a non-empty line
  bool noise = false;             // the whole line is scanner noise
};

// Checks the raw bytes of an emendations file for what a TEI document cannot
// hold, before it is parsed: invalid UTF-8, control characters (a tab only
// separates fields; escaped \t \n inside a field are fine), and ids that are
// not XML names (they become xml:id). Throws InputError "path:row:col: ...".
void CheckEmendationBytes(const std::string& bytes, const std::string& path);

// Whether s is an XML NCName (a name without a colon), as xml:id needs.
bool IsNcName(std::string_view s);

// Applies the emendation records to the OCR lines. Every record must match
// the text: its line exists and the OCR reading stands at its column, and no
// two records overlap. Throws InputError naming the emendations file and the
// record's row ("E.tsv:12: ...") otherwise.
std::vector<ReadingLine> ApplyEmendations(const std::vector<std::string>& ocr,
                                          const std::vector<correct::Emendation>& emendations,
                                          const std::string& emendations_path);

}  // namespace emend::tei
