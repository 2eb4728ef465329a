// The typescript's pages: where each ends and the number the thesis prints
// on the next one.
//
// Certain page ends come from the layout: the last body line before a block
// of footnotes, the line before a chapter's heading. Pages without notes are
// found between them: the OCR keeps no trailing space after a page's last
// line, so lines without one that stop mid-sentence are candidates, and a
// segmentation (dynamic programming) chooses among them so that every page
// holds about as many body lines as the profile says (a chapter's last may
// be short: the next opens a new page), as many pages lie
// between two chapter openings as the contents say, and each section's
// heading falls on the page the contents give. Numbers count on from the
// chapter openings.
#pragma once

#include <string>
#include <vector>

#include "tei/profile.hpp"
#include "tei/structure.hpp"

namespace emend::tei {

// Fills s.pages from s.page_ends, s.roles, s.notes, s.divisions and
// s.contents, adding the page ends the layout does not show; s.page_ends is
// left sorted and holds every page end. Never fails: a stretch whose page
// count cannot be made to agree with the contents keeps the ends it has,
// numbered on from the last opening.
// Page ends the editors placed (hints.page_ends) are kept with their numbers.
void FindPages(const std::vector<std::string>& lines, const StructureProfile& profile,
               const StructureHints& hints, Structure& s);

// The page ends of a text read from scans: the page before each scanned page
// ends after its last line of text that is not a note (the place FindPages
// gives a page end; its last line when it has only notes). s.roles and
// s.divisions must be set. Numbers: the one read from the page, unless it
// breaks the run its read neighbours agree on; else the one the contents give
// a division opening the page; else counted on from the nearest page before
// whose number is known (or back from one after); pages before the first
// division are numbered only by what was read. Replaces s.page_ends and
// s.pages; never fails.
void PlaceScannedPages(const std::vector<std::string>& lines,
                       const std::vector<ScannedPage>& scanned, Structure& s);

}  // namespace emend::tei
