#include "tei/structure.hpp"

#include <algorithm>
#include <regex>

namespace emend::tei {
namespace {

// A footnote's full lines are set in a smaller type: about 100-115
// characters against the body's 70-89.
constexpr size_t kNoteWidth = 92;
constexpr size_t kShortLine = 70;
// How far ahead of the expected number a note number may jump (lost notes);
// a jump needs the note's reference in the body to be believed.
constexpr int kMaxSkip = 12;

std::string Trim(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

int RomanSeries(const std::string& roman) {
  static const std::vector<std::string> numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  for (size_t i = 0; i < numerals.size(); ++i) {
    if (numerals[i] == roman) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool IsChapterHeading(const std::string& trimmed, std::string& roman) {
  static const std::regex re("CHAPTER +((?:I|II|III|IV|V|VI|VII|VIII|IX|X))");
  std::smatch m;
  if (!std::regex_match(trimmed, m, re)) return false;
  roman = m[1].str();
  return true;
}

bool IsSectionHeading(const std::string& trimmed, const std::string& chapter, std::string& n,
                      std::string& title) {
  static const std::regex re("((?:I|II|III|IV|V|VI|VII|VIII|IX|X)) ?\\. ?([0-9]{1,2}) +(\\S.*)");
  std::smatch m;
  if (chapter.empty() || !std::regex_match(trimmed, m, re) || m[1].str() != chapter) return false;
  if (trimmed.size() > 80) return false;
  n = m[1].str() + "." + m[2].str();
  title = m[3].str();
  return true;
}

bool AllCapitals(const std::string& s) {
  bool letter = false;
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    letter |= (c >= 'A' && c <= 'Z');
  }
  return letter;
}

// A note's number at the start of a line: "12 Memorandum ...".
int NoteNumber(const std::string& line) {
  static const std::regex re("^ ?([0-9]{1,3}) +\\S.*");
  std::smatch m;
  if (!std::regex_match(line, m, re)) return 0;
  return std::stoi(m[1].str());
}

struct Reference {
  size_t line, begin, end;
};

// The first reference to note n at or after (line, column) and before line
// `until`: the digits right after a letter or punctuation ("crisis.2",
// "governments1", "'.12"), not part of a longer number.
bool FindReference(const std::vector<std::string>& lines, const std::vector<LineRole>& roles,
                   size_t line, size_t column, size_t until, int n, Reference& found) {
  const std::string digits = std::to_string(n);
  for (size_t k = line; k < until; ++k) {
    if (roles[k] != LineRole::kBody) continue;
    const std::string& text = lines[k];
    for (size_t at = text.find(digits, k == line ? column : 0); at != std::string::npos;
         at = text.find(digits, at + 1)) {
      if (at == 0) continue;
      const char before = text[at - 1];
      const size_t end = at + digits.size();
      const bool after_ok = end == text.size() || std::string(" ,.;:)").find(text[end]) != std::string::npos;
      const bool before_ok = std::isalpha(static_cast<unsigned char>(before)) ||
                             std::string(".,;:'\")]").find(before) != std::string::npos;
      // "5,1-4" and "22,1956" are numbers, not references.
      const bool in_number = at >= 2 && before == ',' && std::isdigit(static_cast<unsigned char>(text[at - 2]));
      // The OCR sometimes reads a space before the raised digits: "alliance. 30 At".
      const bool spaced = before == ' ' && at >= 2 &&
                          std::string(".'\")]").find(text[at - 2]) != std::string::npos &&
                          (end == text.size() || (text[end] == ' ' && end + 1 < text.size() &&
                                                  std::isupper(static_cast<unsigned char>(text[end + 1]))));
      if ((before_ok && after_ok && !in_number) || spaced) {
        found = {k, at, end};
        return true;
      }
    }
  }
  return false;
}

void ParseContents(const std::vector<std::string>& lines, size_t from, size_t to, Structure& s) {
  static const std::regex page("(.*\\S) +([0-9]{1,3})");
  static const std::regex chapter("(CHAPTER [IVX]+): *(.*)");
  static const std::regex section("([IVX]+\\.[0-9]+) +(.*)");
  for (size_t k = from; k < to; ++k) {
    std::string text = Trim(lines[k]);
    if (text.empty()) continue;
    ContentsEntry e;
    e.line = k;
    std::smatch m;
    if (std::regex_match(text, m, page)) {
      e.page = std::stoi(m[2].str());
      text = m[1].str();
    }
    if (std::regex_match(text, m, chapter) || std::regex_match(text, m, section)) {
      e.label = m[1].str();
      e.title = m[2].str();
    } else {
      e.title = text;
    }
    s.contents.push_back(e);
  }
}

int ContentsPage(const Structure& s, const std::string& label) {
  for (const ContentsEntry& e : s.contents) {
    if (e.label == label) return e.page;
  }
  return 0;
}

size_t FindLine(const std::vector<std::string>& lines, size_t from, const std::string& text) {
  for (size_t k = from; k < lines.size(); ++k) {
    if (Trim(lines[k]) == text) return k;
  }
  return lines.size();
}

// Block quotations. The introducing line is short and stops at "that", a
// comma or a colon; the quotation runs over the following body lines to the
// first one that ends with a note reference, within kMaxQuoteLines body lines
// and before any heading or blank line.
constexpr size_t kMaxQuoteLines = 30;
constexpr size_t kIntroWidth = 66;

bool IntroducesQuotation(const std::string& trimmed) {
  if (trimmed.empty() || trimmed.size() >= kIntroWidth) return false;
  const char last = trimmed.back();
  if (last == ':' || last == ',') return true;
  return trimmed.size() >= 5 && trimmed.compare(trimmed.size() - 5, 5, " that") == 0;
}

// "... a formal alliance?51", "... as a state. 235": digits right after the
// end of a sentence, where a note's reference stands whose note was not found.
bool EndsWithLostReference(const std::string& trimmed) {
  // Glued to a word or a sentence's end ("alliance?51"), or spaced after one ("state. 235").
  static const std::regex glued(".*[A-Za-z?!'\")\\]][0-9]{1,3}");
  static const std::regex spaced(".*[.?!'\"\\]] [0-9]{1,3}");
  return std::regex_match(trimmed, glued) || std::regex_match(trimmed, spaced);
}

void FindQuotations(const std::vector<std::string>& lines, Structure& s) {
  std::vector<size_t> reference_end(lines.size(), 0);  // the last reference's end per line
  for (const Footnote& note : s.notes) {
    if (note.reference_found) {
      reference_end[note.reference_line] = std::max(reference_end[note.reference_line], note.reference_end);
    }
  }
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    if (s.roles[k] != LineRole::kBody || !IntroducesQuotation(Trim(lines[k]))) continue;
    size_t first = 0, body_lines = 0;
    for (size_t j = k + 1; j < lines.size() && body_lines < kMaxQuoteLines; ++j) {
      if (s.roles[j] == LineRole::kNote) continue;
      // A heading, a blank line or a line of the notes' width ends the search.
      if (s.roles[j] != LineRole::kBody || Trim(lines[j]).empty() || Trim(lines[j]).size() >= kNoteWidth) break;
      if (!first) first = j;
      ++body_lines;
      const std::string& text = lines[j];
      const size_t end = text.find_last_not_of(" \t") + 1;
      if ((reference_end[j] > 0 && reference_end[j] == end) || EndsWithLostReference(Trim(text))) {
        s.quotations.push_back({first, j});
        k = j;
        break;
      }
    }
  }
}

}  // namespace

Structure AnalyseStructure(const std::vector<std::string>& lines) {
  Structure s;
  const size_t n = lines.size();
  s.roles.assign(n, LineRole::kBody);
  const size_t abstract = FindLine(lines, 0, "ABSTRACT");
  const size_t contents = FindLine(lines, abstract == n ? 0 : abstract, "TABLE OF CONTENTS");
  size_t body = contents == n ? 0 : FindLine(lines, contents + 1, "INTRODUCTION");
  if (body == n) body = 0;
  if (body > 0) {
    for (size_t k = 0; k < body; ++k) {
      s.roles[k] = k < abstract ? LineRole::kTitlePage
                   : k < contents ? LineRole::kAbstract
                                  : LineRole::kContents;
    }
    if (abstract < n) s.roles[abstract] = LineRole::kHeading;
    if (contents < n) s.roles[contents] = LineRole::kHeading;
    ParseContents(lines, contents + 1, body, s);
  }
  const size_t bibliography = FindLine(lines, body, "BIBLIOGRAPHY");

  // Divisions.
  std::string chapter;
  for (size_t k = body; k < n; ++k) {
    const std::string text = Trim(lines[k]);
    Division d;
    d.line = k;
    d.head = text;
    std::string roman, number, title;
    if (k == body && text == "INTRODUCTION") {
      d.kind = DivisionKind::kIntroduction;
    } else if (IsChapterHeading(text, roman)) {
      chapter = roman;
      d.kind = DivisionKind::kChapter;
      d.n = roman;
      d.page = ContentsPage(s, "CHAPTER " + roman);
      // The chapter's title in capitals and its dates follow the number.
      if (k + 1 < n && AllCapitals(Trim(lines[k + 1])) && Trim(lines[k + 1]).size() < 40) {
        d.heading_lines = 2;
        d.head += " " + Trim(lines[k + 1]);
        if (k + 2 < n && std::regex_match(Trim(lines[k + 2]), std::regex("[0-9]{4} .*[0-9]{4}.*")) &&
            Trim(lines[k + 2]).size() < 50) {
          d.heading_lines = 3;
        }
      }
    } else if (IsSectionHeading(text, chapter, number, title)) {
      d.kind = DivisionKind::kSection;
      d.n = number;
      d.page = ContentsPage(s, number);
    } else if (text == "CONCLUSIONS" && k < bibliography) {
      d.kind = DivisionKind::kConclusions;
      chapter.clear();
    } else if (k == bibliography) {
      d.kind = DivisionKind::kBibliography;
    } else {
      continue;
    }
    for (size_t h = 0; h < d.heading_lines; ++h) s.roles[k + h] = LineRole::kHeading;
    k += d.heading_lines - 1;
    s.divisions.push_back(d);
    if (d.kind == DivisionKind::kBibliography) break;
  }
  for (size_t k = bibliography + 1; k < n; ++k) s.roles[k] = LineRole::kBibliography;
  for (const Division& d : s.divisions) {
    if (d.kind == DivisionKind::kChapter && d.line > 0) s.page_ends.push_back(d.line - 1);
  }

  // Footnotes, numbered afresh in each series.
  int series = -1, expected = 1;
  bool in_note = false;
  size_t cursor_line = body, cursor_column = 0;  // where the next reference may stand
  size_t division = 0;
  // A note starting on line k; its reference, if found, moves the cursor on.
  auto add_note = [&](int number, size_t k, bool inferred, const Reference* ref) {
    Footnote note;
    note.n = number;
    note.series = series;
    note.first_line = note.last_line = k;
    note.number_inferred = inferred;
    if (ref) {
      note.reference_found = true;
      note.reference_line = ref->line;
      note.reference_begin = ref->begin;
      note.reference_end = ref->end;
      cursor_line = ref->line;
      cursor_column = ref->end;
    }
    s.notes.push_back(note);
    s.roles[k] = LineRole::kNote;
  };
  for (size_t k = body; k < std::min(bibliography, n); ++k) {
    while (division < s.divisions.size() && s.divisions[division].line <= k) {
      const Division& d = s.divisions[division++];
      if (d.kind != DivisionKind::kSection) {
        series = d.kind == DivisionKind::kIntroduction ? 0
                 : d.kind == DivisionKind::kChapter     ? RomanSeries(d.n)
                                                        : 5;
        expected = 1;
        in_note = false;
        cursor_line = k;
        cursor_column = 0;
      }
    }
    if (s.roles[k] == LineRole::kHeading) {
      // A heading right after notes: the notes ended a page.
      if (in_note) s.page_ends.push_back(k - 1);
      in_note = false;
      continue;
    }
    const std::string& text = lines[k];
    const size_t width = Trim(text).size();
    const int number = NoteNumber(text);
    bool starts = false;
    Reference ref{};
    bool has_ref = false;
    if (number >= expected && number <= expected + kMaxSkip) {
      has_ref = FindReference(lines, s.roles, cursor_line, cursor_column, k, number, ref);
      const bool wide = width >= kNoteWidth;
      // "33 Ibid." alone on a short line is a note, never a line of prose.
      const bool short_line = width < kShortLine - 20;
      starts = number == expected ? (wide || has_ref || in_note || short_line) : has_ref;
    }
    if (starts) {
      for (int missing = expected; missing < number; ++missing) {
        s.missing_notes.emplace_back(series, missing);
      }
      add_note(number, k, false, has_ref ? &ref : nullptr);
      expected = number + 1;
      in_note = true;
      continue;
    }
    // Lines of the notes' width above the page's first numbered note: the
    // previous page's last note runs on here.
    if (!in_note && width >= kNoteWidth && !s.notes.empty() && s.notes.back().series == series &&
        !s.notes.back().continued) {
      size_t j = k;
      while (j + 1 < n && j - k < 6 && NoteNumber(lines[j + 1]) != expected && s.roles[j + 1] == LineRole::kBody &&
             !Trim(lines[j + 1]).empty()) {
        ++j;
      }
      if (j + 1 < n && NoteNumber(lines[j + 1]) == expected) {
        Footnote& note = s.notes.back();
        note.continued = true;
        note.continued_first = k;
        note.continued_last = j;
        for (size_t c = k; c <= j; ++c) s.roles[c] = LineRole::kNote;
        k = j;
        in_note = true;
        continue;
      }
    }
    if (in_note) {
      const size_t previous = Trim(lines[k - 1]).size();
      auto continue_note = [&] {
        s.roles[k] = LineRole::kNote;
        s.notes.back().last_line = k;
      };
      // A line of the notes' width is note text (a note may have paragraphs).
      if (width >= kNoteWidth) {
        continue_note();
        continue;
      }
      if (previous >= kNoteWidth) {
        // After a full note line comes the note's last line, unless this line
        // has the body's width and so does the next: then the body resumes.
        const bool next_body_like = k + 1 < n && Trim(lines[k + 1]).size() >= kShortLine &&
                                    Trim(lines[k + 1]).size() < kNoteWidth &&
                                    NoteNumber(lines[k + 1]) != expected;
        if (width < kShortLine || !next_body_like) {
          continue_note();
          continue;
        }
      } else if (k + 1 < n && NoteNumber(lines[k + 1]) == expected + 1) {
        // The previous note has ended and the next line is note n+1: this one
        // is note n, whose number the OCR lost.
        Reference r{};
        const bool found = FindReference(lines, s.roles, cursor_line, cursor_column, k, expected, r);
        add_note(expected, k, true, found ? &r : nullptr);
        ++expected;
        continue;
      }
      in_note = false;
      s.page_ends.push_back(k - 1);
      cursor_line = k;
      cursor_column = 0;
    }
  }
  std::sort(s.page_ends.begin(), s.page_ends.end());
  s.page_ends.erase(std::unique(s.page_ends.begin(), s.page_ends.end()), s.page_ends.end());
  FindQuotations(lines, s);
  return s;
}

}  // namespace emend::tei
