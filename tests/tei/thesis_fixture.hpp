// A small synthetic thesis with the shapes the structure recovery and the
// TEI builder must handle: contents, a chapter with title and dates, notes
// with references, a note whose number the OCR lost, a multi-paragraph note,
// a jump in the numbering, page ends, a bibliography.
#pragma once

#include <string>
#include <vector>

namespace emend::tei {

// Lines as the thesis's OCR gives them: every line but the last of a
// paragraph, of a note or of a page keeps a trailing space.
inline std::string Body(const std::string& s) { return s + std::string(78 - s.size(), '.') + " "; }
inline std::string BodyEnd(const std::string& s) { return s + std::string(78 - s.size(), '.'); }
inline std::string Note(const std::string& s) { return s + std::string(104 - s.size(), '.') + " "; }
inline std::string NoteEnd(const std::string& s) { return s + std::string(104 - s.size(), '.'); }

inline std::vector<std::string> Thesis() {
  return {
      "A TITLE",                                                   // 0
      "ABSTRACT",                                                  // 1
      "The thesis presents.",                                      // 2
      "TABLE OF CONTENTS",                                         // 3
      "Introduction 17",                                           // 4
      "CHAPTER I: Overtures 19",                                   // 5
      "I.1 A Crisis 20",                                           // 6
      "INTRODUCTION",                                              // 7
      Body("The story begins here, as told.1 More text follows"),  // 8
      BodyEnd("then a reference.2 another.3 and a fourth.4 The"),  // 9: page 17 ends
      Note("1 First note, a full line of the smaller type used for footnotes at the page"),  // 10
      "bottom, ending here.",                                                                // 11
      "2 Second note.",                                                                      // 12
      "The note whose number the OCR dropped.",                // 13: note 3
      "4 Fourth note.",                                        // 14
      Body("the body resumes on the next page and runs on"),   // 15
      BodyEnd("with no note on this page, down to its foot"),  // 16: page 18 ends
      "CHAPTER I",                                             // 17
      "OVERTURES",                                             // 18
      "1953 (January) - 1954 (May)",                           // 19
      BodyEnd("Chapter text with its own series.1 and on"),    // 20: page 19 ends
      Note("1 The chapter's first note, a full line of footnote type across the whole"),  // 21
      Note("Second paragraph of the same note, also set full width in footnote type"),    // 22
      "and its end.",                                                                     // 23
      "I.1 A Crisis",                                                 // 24: section heading
      BodyEnd("Section text.5 with a jump in the numbering that a"),  // 25: page 20 ends
      "5 Fifth note: 2 to 4 were lost by the OCR, the reference shows the jump.",  // 26
      Body("body once more, as the page turns over now"),                          // 27
      BodyEnd("and the paragraph goes on to its end here."),                       // 28
      "BIBLIOGRAPHY",                                                              // 29
      "Primary Sources",                                                           // 30
  };
}

}  // namespace emend::tei
