// The shape of one thesis as data: the words of its headings, how its notes
// are numbered, the widths of its typescript lines as the OCR gives them,
// and how its pages run. Structure recovery (tei/structure.hpp) reads only
// this; another thesis needs another profile file, not other code.
//
// A profile file (samples/thesis.profile) holds "key: value" lines; '#'
// starts a comment. Every key is optional: a key left out keeps the default
// written beside its field below.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace emend::tei {

struct StructureProfile {
  // ---- Headings: a line equal to one of these (after trimming) opens the part.
  std::string abstract_heading = "ABSTRACT";
  std::string contents_heading = "TABLE OF CONTENTS";
  std::string introduction_heading = "INTRODUCTION";
  std::string conclusions_heading = "CONCLUSIONS";
  std::string bibliography_heading = "BIBLIOGRAPHY";
  // A chapter heading is this word, spaces and a roman numeral ("CHAPTER IV").
  std::string chapter_word = "CHAPTER";
  // A section heading is the chapter's numeral, a dot and a number, then its
  // title ("II.3 The Impasse"); longer lines are prose, not headings.
  size_t max_section_heading_width = 80;

  // ---- Notes.
  // Which divisions number their notes afresh from 1: any of "introduction",
  // "chapter", "conclusions". Others continue the series before them.
  std::vector<std::string> note_series = {"introduction", "chapter", "conclusions"};
  // How far ahead of the expected number a note's printed number may run
  // (notes lost in the scan between them).
  int max_note_skip = 12;

  // ---- Line widths in code points of the trimmed OCR line.
  // A full line of footnote text (smaller type) is at least this wide; the
  // body's full lines are narrower.
  size_t note_width = 92;
  // Body lines shorter than this end a paragraph (or introduce a quotation).
  size_t short_line = 70;
  // A body line narrower than this that ends with a full stop or a closing
  // mark ends its paragraph.
  size_t paragraph_end_width = 66;
  // A line shorter than this that stops at "that", a colon or a comma may
  // introduce a block quotation.
  size_t quotation_intro_width = 66;
  // A block quotation runs at most this many body lines.
  size_t max_quotation_lines = 30;

  // ---- Pages.
  // Body lines on a typescript page without notes (double-spaced text).
  double body_lines_per_page = 22.5;
  // Body lines a page loses for each OCR line of its footnotes.
  double body_lines_per_note_line = 0.25;
  // How far a page's body may stray from that, in lines (one standard deviation).
  double page_lines_spread = 2.0;
  // The OCR keeps no trailing space after the last line of a paragraph, of a
  // note or of a page, and keeps one after every other line.
  bool trailing_space_marks_line_ends = true;
};

// Reads a profile file. Throws InputError ("path:line:col: message") for a
// line that is not "key: value", an unknown key or a value of the wrong kind.
StructureProfile ReadStructureProfile(const std::string& path);

}  // namespace emend::tei
