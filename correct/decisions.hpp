// Editors' decisions on the corrector's emendations, kept in a file in the
// repository and applied on every later run. A decision is keyed by what the
// OCR read, what the corrector proposed and the words around it, never by a
// line number, so it survives a rerun of the corrector and a re-OCR.
#pragma once

#include <string>
#include <vector>

#include "correct/emendation.hpp"
#include "correct/word_classes.hpp"

namespace emend::correct {

enum class DecisionAction {
  kAccept,  // the corrector's reading stands (a flagged proposal goes into the text)
  kReject,  // the OCR reading stands
  kRead,    // the editor's own reading
};

// One line of the decisions file (TSV: action, ocr, proposed, before, after,
// reading, note). "*" in proposed, before or after matches anything; after
// may also be "@noun" or "@verb": the next word can be one (WordNet).
struct Decision {
  int line = 0;  // 1-based line in the decisions file, for messages
  DecisionAction action = DecisionAction::kAccept;
  std::string ocr;
  std::string proposed = "*";
  std::string before = "*", after = "*";
  std::string reading;  // kRead only
  std::string note;
};

std::string_view ActionName(DecisionAction action);

// The file's header line (and its explanation as comments).
std::string DecisionsHeader();
// One line of the file; tabs, newlines and backslashes inside a field are
// written \t, \n, \\ (as in the emendations file), so any text reads back.
std::string FormatDecision(const Decision& decision);
// Whether the file's first line that is not blank or a comment is the header.
bool HasDecisionsHeader(const std::string& text);
// The decisions file `existing` (possibly empty, or only comments) with
// `added` at its end: its bytes kept, a final newline supplied, and the header
// written first when it has none, so that the result always reads back.
std::string AppendDecisions(std::string existing, const std::vector<Decision>& added);
// Throws InputError ("path:line:col: message") for a wrong header, a wrong
// field count, an unknown action, an empty ocr, or read without a reading.
std::vector<Decision> ParseDecisions(const std::string& text, const std::string& path);

// The OCR words around an emendation (punctuation stripped; across the line
// break when it stands at a line's start or end).
struct Context {
  std::string before, after;
};
Context ContextOf(const std::vector<std::string>& ocr, const Emendation& e);

// Describes a decision for messages: "reject 'Titos' -> 'Tito's' (before 'visit')".
std::string Describe(const Decision& decision);

struct DecisionResult {
  size_t decided = 0;                      // emendations a decision applied to
  std::vector<const Decision*> unmatched;  // decisions that matched nothing
};

// Applies the most specific matching decision (fewest "*") to each emendation
// (noise excepted): status accepted or rejected, the editor's reading for
// read; evidence notes the decision's line. Decisions that match nothing are
// returned, never dropped.
DecisionResult ApplyDecisions(const std::vector<std::string>& ocr,
                              std::vector<Emendation>& emendations,
                              const std::vector<Decision>& decisions,
                              const WordClasses& word_classes, const std::string& decisions_path);

// The text under the emendations: applied and accepted readings in place of
// the OCR's, the OCR kept for flagged, rejected and noise records.
std::vector<std::string> ReadingLines(const std::vector<std::string>& ocr,
                                      const std::vector<Emendation>& emendations);

}  // namespace emend::correct
