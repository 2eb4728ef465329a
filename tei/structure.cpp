#include "tei/structure.hpp"

#include <algorithm>
#include <regex>

#include "core/trim.hpp"
#include "core/utf8.hpp"
#include "tei/footnotes.hpp"
#include "tei/pages.hpp"

namespace emend::tei {
namespace {

bool IsChapterHeading(const std::string& trimmed, const StructureProfile& p, std::string& roman) {
  if (trimmed.compare(0, p.chapter_word.size(), p.chapter_word) != 0) return false;
  static const std::regex re(" +((?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV))");
  std::smatch m;
  std::string rest = trimmed.substr(p.chapter_word.size());
  // The numeral alone on the line, its I read as T, l, 1 or | ("CHAPTER IT").
  const size_t numeral = rest.find_first_not_of(' ');
  if (numeral != std::string::npos && numeral > 0 && rest.size() - numeral <= 4) {
    for (size_t k = numeral; k < rest.size(); ++k) {
      if (std::string_view("Tl1|").find(rest[k]) != std::string_view::npos) rest[k] = 'I';
    }
  }
  if (!std::regex_match(rest, m, re)) return false;
  roman = m[1].str();
  return true;
}

bool IsSectionHeading(const std::string& trimmed, const std::string& chapter,
                      const StructureProfile& p, std::string& n, std::string& title) {
  static const std::regex re("((?:I|II|III|IV|V|VI|VII|VIII|IX|X)) ?\\. ?([0-9]{1,2}) +(\\S.*)");
  std::smatch m;
  if (chapter.empty() || !std::regex_match(trimmed, m, re) || m[1].str() != chapter) return false;
  if (utf8::Length(trimmed) > p.max_section_heading_width) return false;
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

void ParseContents(const std::vector<std::string>& lines, size_t from, size_t to,
                   const std::string& chapter_word, Structure& s) {
  static const std::regex page("(.*\\S) +([0-9]{1,3})");
  const std::regex chapter("(" + chapter_word + " [IVX]+): *(.*)");
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
// first one that ends with a note reference, within the profile's number of
// body lines and before any heading or blank line.
bool IntroducesQuotation(const std::string& trimmed, const StructureProfile& p) {
  if (trimmed.empty() || utf8::Length(trimmed) >= p.quotation_intro_width) return false;
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

// "Molotov:", "[Vidic]:", "'Bulganin:" open a speaker's turn in a quoted transcript.
bool StartsTurn(const std::string& t) {
  static const std::regex turn("['\"*\\[]?[A-Z][A-Za-z-]{0,19}\\]?:.*");
  return std::regex_match(t, turn);
}

// The next line of body text after line k ("" at the end).
std::string NextBodyLine(const std::vector<std::string>& lines, const Structure& s, size_t k) {
  for (size_t j = k + 1; j < lines.size(); ++j) {
    if (s.roles[j] == LineRole::kBody && !Trim(lines[j]).empty()) return lines[j];
    if (s.roles[j] != LineRole::kNote && s.roles[j] != LineRole::kBody) break;
  }
  return "";
}

void FindQuotations(const std::vector<std::string>& lines, const StructureProfile& p,
                    Structure& s) {
  std::vector<size_t> reference_end(lines.size(), 0);  // the last reference's end per line
  for (const Footnote& note : s.notes) {
    if (note.reference_found) {
      reference_end[note.reference_line] =
          std::max(reference_end[note.reference_line], note.reference_end);
    }
  }
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    if (s.roles[k] != LineRole::kBody || !IntroducesQuotation(Trim(lines[k]), p)) continue;
    size_t first = 0, body_lines = 0;
    for (size_t j = k + 1; j < lines.size() && body_lines < p.max_quotation_lines; ++j) {
      if (s.roles[j] == LineRole::kNote) continue;
      // A heading, a blank line or a line of the notes' width ends the search.
      if (s.roles[j] != LineRole::kBody || Trim(lines[j]).empty() ||
          utf8::Length(Trim(lines[j])) >= p.note_width)
        break;
      if (!first) first = j;
      ++body_lines;
      const std::string& text = lines[j];
      const size_t end = text.find_last_not_of(" \t") + 1;
      // It ends with its note's mark, or where the OCR shows a paragraph's
      // end mid-page (a short line, no trailing space) that no speaker's turn follows.
      const bool paragraph_end = s.ends_unit[j] &&
                                 utf8::Length(Trim(text)) < p.paragraph_end_width &&
                                 !std::binary_search(s.page_ends.begin(), s.page_ends.end(), j) &&
                                 !StartsTurn(Trim(NextBodyLine(lines, s, j)));
      if ((reference_end[j] > 0 && reference_end[j] == end) || EndsWithLostReference(Trim(text)) ||
          paragraph_end) {
        s.quotations.push_back({first, j});
        k = j;
        break;
      }
    }
  }
}

}  // namespace

Structure AnalyseStructure(const std::vector<std::string>& lines, const StructureProfile& p,
                           const StructureHints& hints, const std::vector<ScannedPage>& scanned) {
  Structure s;
  const size_t n = lines.size();
  s.roles.assign(n, LineRole::kBody);
  s.ends_unit.assign(n, 0);
  if (p.trailing_space_marks_line_ends) {
    for (size_t k = 0; k < n; ++k) s.ends_unit[k] = !lines[k].empty() && lines[k].back() != ' ';
  }
  const size_t abstract = FindLine(lines, 0, p.abstract_heading);
  const size_t contents = FindLine(lines, abstract == n ? 0 : abstract, p.contents_heading);
  size_t body = contents == n ? 0 : FindLine(lines, contents + 1, p.introduction_heading);
  if (body == n) body = 0;
  if (body > 0) {
    for (size_t k = 0; k < body; ++k) {
      s.roles[k] = k < abstract   ? LineRole::kTitlePage
                   : k < contents ? LineRole::kAbstract
                                  : LineRole::kContents;
    }
    if (abstract < n) s.roles[abstract] = LineRole::kHeading;
    if (contents < n) s.roles[contents] = LineRole::kHeading;
    ParseContents(lines, contents + 1, body, p.chapter_word, s);
  }
  const size_t bibliography = FindLine(lines, body, p.bibliography_heading);

  // Divisions.
  std::string chapter;
  for (size_t k = body; k < n; ++k) {
    const std::string text = Trim(lines[k]);
    Division d;
    d.line = k;
    d.head = text;
    std::string roman, number, title;
    if (k == body && text == p.introduction_heading) {
      d.kind = DivisionKind::kIntroduction;
    } else if (IsChapterHeading(text, p, roman)) {
      chapter = roman;
      d.kind = DivisionKind::kChapter;
      d.n = roman;
      d.page = ContentsPage(s, p.chapter_word + " " + roman);
      // The chapter's title in capitals and its dates follow the number.
      if (k + 1 < n && AllCapitals(Trim(lines[k + 1])) && utf8::Length(Trim(lines[k + 1])) < 40) {
        d.heading_lines = 2;
        d.head += " " + Trim(lines[k + 1]);
        if (k + 2 < n &&
            std::regex_match(Trim(lines[k + 2]), std::regex("[0-9]{4} .*[0-9]{4}.*")) &&
            utf8::Length(Trim(lines[k + 2])) < 50) {
          d.heading_lines = 3;
        }
      }
    } else if (IsSectionHeading(text, chapter, p, number, title)) {
      d.kind = DivisionKind::kSection;
      d.n = number;
      d.page = ContentsPage(s, number);
    } else if (text == p.conclusions_heading && k < bibliography) {
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

  if (!s.divisions.empty()) {
    FindFootnotes(lines, p, hints, body, std::min(bibliography, n), s, scanned);
    if (scanned.empty()) FindPages(lines, p, hints, s);
  }
  // The scans' page ends are exact: they replace those the layout suggests.
  if (!scanned.empty()) PlaceScannedPages(lines, scanned, s);
  std::sort(s.page_ends.begin(), s.page_ends.end());
  s.page_ends.erase(std::unique(s.page_ends.begin(), s.page_ends.end()), s.page_ends.end());
  FindQuotations(lines, p, s);
  return s;
}

}  // namespace emend::tei
