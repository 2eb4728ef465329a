// The shape of the thesis recovered from its (corrected) OCR lines: front
// matter, contents, divisions with their headings, the author's footnotes
// and the page ends the footnote blocks reveal.
#pragma once

#include <string>
#include <vector>

namespace emend::tei {

enum class LineRole {
  kTitlePage,   // before the abstract
  kAbstract,    // the abstract's text
  kContents,    // the table of contents
  kHeading,     // a division's heading (and a chapter's title and dates lines)
  kBody,        // running text
  kNote,        // a footnote's text (its first line or a continuation)
  kBibliography,
};

struct ContentsEntry {
  std::string label;   // "I.1", "CHAPTER I", "Abstract"
  std::string title;   // "Yugoslavia's National Security Crisis"
  int page = 0;        // the page the contents give, 0 if none
  size_t line = 0;     // 0-based line of the entry
};

enum class DivisionKind { kIntroduction, kChapter, kSection, kConclusions, kBibliography };

struct Division {
  DivisionKind kind = DivisionKind::kSection;
  std::string n;          // "I", "I.1"; empty for the introduction and the end matter
  std::string head;       // the heading as the text has it
  size_t line = 0;        // 0-based line of the heading
  size_t heading_lines = 1;  // heading lines (a chapter has number, title and dates)
  int page = 0;           // from the contents, 0 if unknown
};

struct Footnote {
  int n = 0;              // its number in the chapter's series
  int series = 0;         // 0 introduction, 1-4 chapters I-IV, 5 conclusions
  size_t first_line = 0;  // 0-based lines of its text
  size_t last_line = 0;
  // Where the reference stands in the body: 0-based line and the byte span of
  // the digits; found is false when the OCR lost the reference.
  bool reference_found = false;
  size_t reference_line = 0;
  size_t reference_begin = 0, reference_end = 0;
  // The OCR lost the number at the note's start: n is inferred from its neighbours.
  bool number_inferred = false;
  // A note that runs over to the next page: its last lines head that page's
  // notes (continued_first..continued_last, 0-based), before the next number.
  bool continued = false;
  size_t continued_first = 0, continued_last = 0;
};

// A block quotation: body lines the typescript sets off after an introducing
// line cut short ("... He stated that", "... relations:"), up to the line that
// ends with the quotation's note reference. Note lines in between stay notes.
struct Quotation {
  size_t first_line = 0, last_line = 0;  // 0-based, inclusive
};

struct Structure {
  std::vector<LineRole> roles;          // one per line
  std::vector<ContentsEntry> contents;
  std::vector<Division> divisions;      // in text order
  std::vector<Footnote> notes;          // in text order
  std::vector<size_t> page_ends;        // 0-based lines after which a page ends
  std::vector<Quotation> quotations;    // in text order, never overlapping
  // Footnote numbers that a series skips (the OCR lost the note's number).
  std::vector<std::pair<int, int>> missing_notes;  // (series, n)
};

// Recovers the structure. Never fails: what it cannot recognise stays body text.
Structure AnalyseStructure(const std::vector<std::string>& lines);

}  // namespace emend::tei
