// Footnote reference marks the OCR damaged: a full stop read as a comma before
// the mark ("considerations,115 He"), or the full stop lost and the mark set
// apart ("Western experts 45" at a sentence end), or the mark itself garbled
// or cut short ("salt.*3", "USSR.U6", "a.2"). Whether a number is a mark
// comes from the document: the footnote with that number starts a few lines
// further down (at the foot of the page) and its mark is nowhere else nearby;
// or the marks read cleanly before and after leave a gap only that number
// fits and its footnote starts below.
#pragma once

#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "correct/rule.hpp"

namespace emend::correct {

class FootnoteMarkRule : public Rule {
 public:
  // Reads the document's footnote lines ("45 Memorandum of ...") and the marks
  // it already reads cleanly ("mission.44").
  explicit FootnoteMarkRule(const DocumentStats& document);
  std::string_view name() const override { return "footnote-mark"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;

  // True when a clean mark of 3 or more stands within kWindow lines above:
  // the chapter's numbering is past its first notes.
  bool PastFirstNotes(int line) const;

  // True when footnote `number` starts within the next kWindow lines after the
  // 1-based `line` (or, with or_lost, was lost in the scan there: LostBelow),
  // and no other line within kWindow carries its mark.
  bool Expected(int number, int line, bool or_lost = false) const;

  // True when the scan lost note `number`'s text at `line`: no line near
  // starts it, a later note of the sequence (at most kMaxGap on) starts
  // within the next kWindow lines, and the mark of the note before it stands
  // clean within kWindow lines above.
  bool LostBelow(int number, int line) const;

  // True when footnote `number` starts within the next kWindow lines.
  bool FootnoteBelow(int number, int line) const;
  // The one number the clean marks around the 1-based `line` leave for a
  // mark whose digits end with `tail` ("3" between 78 and 84 is 83); 0 if
  // none or several fit.
  int FillsGap(std::string_view tail, int line) const;
  // The same, for a mark whose digits are the start of the number (its last
  // digits lost: "12" between 119 and 121 is 120) when `leading`.
  int FillsGapWith(std::string_view digits, int line, bool leading) const;

  // The one footnote longer than `tail` whose number ends with it and that is
  // Expected at `line`; 0 if none or several.
  int ExpectedEndingWith(std::string_view tail, int line) const;

  // The number a word ending in a misread star ("'lager*.") or a mark read
  // as letters ("there.m") stands for when the marks read around it leave
  // exactly as many numbers as there are such words between them, counting
  // marks cut to their last digits ("lager.7" between 106 and 110 is 107),
  // each with its note below it or that note's number lost in the scan
  // between its neighbours'; 0 otherwise.
  int StarWordNumber(int line, size_t column) const;

  // The number a note's line printed as `printed` (one to three digits; one
  // only with its mark glued in the body above) stands
  // for: one digit from it (misread, or a first or last digit lost), the notes right before and
  // after it carry the numbers around it, and no note of that number starts nearby, while the
  // printed one is out of sequence ("64" between 53 and 55 is 54); 0 if none or several fit.
  int SequenceNumberFor(const std::string& printed, int line) const;

  // The number a note line that starts "Ibid" without one has lost: the
  // note numbered right above it, a few lines up, is N-1, the next one below
  // (on this page or the next) is N+1, and no other unnumbered "Ibid" line
  // stands between them. Another first line only where the layout shows
  // it: note N-1 ends right above it, and the line is as wide as the notes'
  // smaller type sets one (or note N+1 follows right below it). 0 where that
  // does not hold.
  int LostNoteNumber(int line) const;

  static constexpr int kWindow = 60;

 private:
  struct StarWord {
    int line;
    size_t column;
  };
  std::vector<StarWord> star_words_;  // "'lager*", "harder*", by line
  struct CutMark {
    int line;
    size_t column;
    std::string digits;
  };
  std::vector<CutMark> glued_digits_;  // every mark glued to a word, as its digits read, by line
  std::vector<std::pair<int, int>>
      sequence_marks_;  // (line, number): glued marks and spaced ones with their note below
  const std::vector<std::string>& lines_;                // the document, for open quotations
  std::vector<std::pair<int, int>> ordered_marks_;       // (line, number) of clean marks, by line
  std::unordered_map<int, std::vector<int>> footnotes_;  // number -> lines its text starts on
  std::vector<std::pair<int, int>> note_starts_;         // (line, number) of those, by line
  std::unordered_map<int, std::vector<int>>
      marks_;  // number -> lines with the mark glued to a word
  // The width (code points) from which a line is set in the notes' smaller
  // type; none where the document does not show two sizes.
  size_t note_width_ = std::numeric_limits<size_t>::max();
};

}  // namespace emend::correct
