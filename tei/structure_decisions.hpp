// Editors' decisions on the structure: where a note begins, where a
// typescript page ends. Kept in a file in the repository (beside the
// emendation decisions) and applied on every run; keyed by the text of the
// line, never by its number, so a decision survives a rerun and a re-OCR.
//
// The file is TSV with a header line, "kind<TAB>target<TAB>text", and '#'
// comments:
//   note  II.58  50 Ibid., Molotov    note 58 of chapter II begins at the line
//                                     that starts with this text
//   page  70     of the Soviet        typescript page 70 ends after the body
//                                     line that ends with this text
// A note's target is its series and number: "intro.3", "I.12", "concl.2"
// (the division's roman numeral for a chapter).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace emend::tei {

struct StructureDecision {
  int line = 0;        // 1-based line in the decisions file, for messages
  bool page = false;   // a page end; otherwise a note start
  std::string series;  // note: "intro", "I", "II", ..., "concl"
  int n = 0;           // note: its number; page: the page that ends
  std::string text;    // note: how its line starts; page: how the page's last body line ends
};

// What the decisions say about the text's lines, once found there.
struct StructureHints {
  std::map<size_t, std::pair<std::string, int>> note_starts;  // line -> (series, number)
  std::map<size_t, int> page_ends;                            // line -> the page that ends there
};

// The file's header line.
std::string StructureDecisionsHeader();

// Reads a decisions file. Throws InputError ("path:line:col: message") for a
// wrong header, a wrong field count, an unknown kind, a malformed target or an
// empty text.
std::vector<StructureDecision> ReadStructureDecisions(const std::string& path);

// Finds each decision's line in the text. A decision whose text stands on no
// line, or on more than one, is not applied and comes back in `stale`, as
// "path:line: decision no longer matches any line: ..." (or "matches N lines").
StructureHints FindStructureDecisions(const std::vector<std::string>& lines,
                                      const std::vector<StructureDecision>& decisions,
                                      const std::string& path, std::vector<std::string>& stale);

}  // namespace emend::tei
