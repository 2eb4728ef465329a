// The author's footnotes: their text at the foot of each typescript page,
// their numbers, and the reference marks in the body, recovered together.
//
// One model of the footnote sequence: the notes of a series run 1..N; each
// stands at the foot of the page that holds its mark; the marks run in the
// same order through the body. Note starts are found from the layout (a
// block of wide lines after a page's last body line; a note's last line has
// no trailing space), their numbers are read where the OCR kept them and
// assigned jointly (dynamic programming over the whole series: the printed
// number, a misread one, or none), and the marks are matched to the numbers
// in order, page by page. Numbers the sequence skips are notes whose text
// the scan lost: they are kept as placeholders at their marks.
#pragma once

#include <string>
#include <vector>

#include "tei/profile.hpp"
#include "tei/structure.hpp"

namespace emend::tei {

// Fills s.notes, s.missing_notes and the kNote roles for the lines in
// [begin, end), and records in s.page_ends the last body line before each
// block of notes. s.roles must already hold the headings and s.divisions the
// divisions. Never fails: what it cannot read stays body text.
// Note starts the editors placed (hints.note_starts) are taken as they say.
// With `scanned` (a text read from scans: its exact pages), a numbered line
// whose page ends in lines that all read as notes heads that page's notes
// even after a body line that runs on to the next page.
void FindFootnotes(const std::vector<std::string>& lines, const StructureProfile& profile,
                   const StructureHints& hints, size_t begin, size_t end, Structure& s,
                   const std::vector<ScannedPage>& scanned = {});

// The digits a reference mark or a note's number was read as, scored against
// the number it should be: 0 for the same number, 1 when the OCR lost leading
// digits ("3" for 133), 2 for one digit misread, added or dropped, -1 otherwise.
int NumberDistance(const std::string& digits, int n);
// The same for a reference mark in the body, which may also have lost its
// last digits ("1" for 110: 2). A note's own number may not: a note's line
// that starts with a day ("1 November") is no note 105.
int MarkDistance(const std::string& digits, int n);

}  // namespace emend::tei
