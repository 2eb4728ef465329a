// The shape of the thesis recovered from its (corrected) OCR lines: front
// matter, contents, divisions with their headings, the author's footnotes
// and the page ends the footnote blocks reveal.
#pragma once

#include <string>
#include <vector>

#include "tei/profile.hpp"
#include "tei/structure_decisions.hpp"

namespace emend::tei {

// A page of a text read from scans: the 0-based line that opens it (lines.size()
// for a page without text), its place in the scans (1-based) and the number
// printed on it (0 when none was read).
struct ScannedPage {
  size_t first_line = 0;
  size_t sheet = 0;
  int number = 0;
};

enum class LineRole {
  kTitlePage,  // before the abstract
  kAbstract,   // the abstract's text
  kContents,   // the table of contents
  kHeading,    // a division's heading (and a chapter's title and dates lines)
  kBody,       // running text
  kNote,       // a footnote's text (its first line or a continuation)
  kBibliography,
};

struct ContentsEntry {
  std::string label;  // "I.1", "CHAPTER I", "Abstract"
  std::string title;  // "Yugoslavia's National Security Crisis"
  int page = 0;       // the page the contents give, 0 if none
  size_t line = 0;    // 0-based line of the entry
};

enum class DivisionKind { kIntroduction, kChapter, kSection, kConclusions, kBibliography };

struct Division {
  DivisionKind kind = DivisionKind::kSection;
  std::string n;             // "I", "I.1"; empty for the introduction and the end matter
  std::string head;          // the heading as the text has it
  size_t line = 0;           // 0-based line of the heading
  size_t heading_lines = 1;  // heading lines (a chapter has number, title and dates)
  int page = 0;              // from the contents, 0 if unknown
};

struct Footnote {
  int n = 0;              // its number in its division's series
  int series = 0;         // index in Structure::divisions of the division that numbers it
  size_t first_line = 0;  // 0-based lines of its text
  size_t last_line = 0;
  // Where the reference stands in the body: 0-based line and the byte span of
  // the digits; found is false when the OCR lost the reference.
  bool reference_found = false;
  size_t reference_line = 0;
  size_t reference_begin = 0, reference_end = 0;
  // The OCR lost or misread the number at the note's start: n is inferred
  // from the sequence.
  bool number_inferred = false;
  // The scan lost the note's text: a placeholder at its mark (first_line and
  // last_line then only say where it stands when its mark is lost too).
  bool lost = false;
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

// A typescript page ends after `line` (0-based); the next page is numbered
// next_page (0 if unknown). inferred: placed by line counts, not by the layout.
// From scans (tei/scanned_pages.hpp), every page end is exact; next_sheet is
// then the next page's place in the scans (1-based, 0 otherwise), and
// number_inferred says its number was not read from it (or read wrong) but
// counted on from its neighbours or the contents.
struct PageEnd {
  size_t line = 0;
  int next_page = 0;
  bool inferred = false;
  size_t next_sheet = 0;
  bool number_inferred = false;
};

struct Structure {
  std::vector<LineRole> roles;  // one per line
  // One per line: the line ends a paragraph, a note, a bibliography entry or
  // a page, as the OCR shows by leaving no trailing space (when the profile
  // says it does; otherwise all false).
  std::vector<char> ends_unit;
  std::vector<ContentsEntry> contents;
  std::vector<Division> divisions;    // in text order
  std::vector<Footnote> notes;        // in text order
  std::vector<size_t> page_ends;      // 0-based lines after which a page ends, sorted
  std::vector<PageEnd> pages;         // the numbered page ends, in order
  std::vector<Quotation> quotations;  // in text order, never overlapping
  // Notes whose text the scan lost, kept as placeholders: (series, n).
  std::vector<std::pair<int, int>> missing_notes;
};

// Recovers the structure of a thesis shaped as the profile says, following
// the editors' decisions where there are any (note starts and page ends they
// placed). Never fails: what it cannot recognise stays body text.
// With `scanned` (the pages of a text read from scans, tei/scanned_pages.hpp),
// the page ends are the scans' and the editors' page ends are not used.
Structure AnalyseStructure(const std::vector<std::string>& lines,
                           const StructureProfile& profile = {}, const StructureHints& hints = {},
                           const std::vector<ScannedPage>& scanned = {});

}  // namespace emend::tei
