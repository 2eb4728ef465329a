#include "tei/footnotes.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <limits>
#include <map>
#include <string_view>

#include "core/utf8.hpp"

namespace emend::tei {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// How far behind the count of notes a printed number may be and still start a note.
constexpr int kBehind = 3;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
// A letter of any script: ASCII letters and every byte of a multi-byte
// UTF-8 sequence (the thesis's other letters are č ć š ž and Cyrillic).
bool IsLetter(char c) { return IsUpper(c) || IsLower(c) || static_cast<unsigned char>(c) >= 0x80; }

struct LineInfo {
  std::string trimmed;
  size_t width = 0;       // code points of the trimmed line
  bool trailing = false;  // the raw line ends with a space
};

// The digits a line starts with when they can be a note's number: "12 Memorandum",
// "63Memorandum" (glued to a capital); "" otherwise. Years and bare numbers are not.
std::string LeadDigits(const std::string& t) {
  size_t i = 0;
  while (i < t.size() && IsDigit(t[i])) ++i;
  if (i == 0 || i > 3 || i + 1 >= t.size()) return "";
  const char next = t[i];
  if (next == ' ') return t.substr(0, i);
  if (IsUpper(next) || next == '(' || next == '[' || next == '\'' || next == '"')
    return t.substr(0, i);
  return "";
}

// A note's line after its number ("12 Memorandum" -> "Memorandum"); "" when nothing follows.
std::string AfterNumber(const std::string& t, const std::string& digits) {
  const size_t text = t.find_first_not_of(' ', digits.size());
  return text == std::string::npos ? "" : t.substr(text);
}

// "Ibid." opens the line, maybe after a number the OCR garbled ("Ul Ibid.").
bool StartsWithIbid(const std::string& t) {
  auto ibid = [&t](size_t i) {
    while (i < t.size() && !IsLetter(t[i])) ++i;
    return t.compare(i, 4, "Ibid") == 0 || t.compare(i, 4, "ibid") == 0 ||
           t.compare(i, 4, "IBID") == 0;
  };
  const size_t space = t.find(' ');
  return ibid(0) || (space != std::string::npos && space <= 3 && ibid(space + 1));
}

// A short line that reads as a whole note whose number the OCR lost:
// "Ibid.", "Vladimir Dedijer, Novi Prilozi..., 615."
bool LooksLikeCitation(const std::string& t) {
  if (StartsWithIbid(t)) return true;
  if (t.size() < 4 || t.back() != '.' || !IsDigit(t[t.size() - 2])) return false;
  return t.find(", ") != std::string::npos && t.find("...") != std::string::npos;
}

// A note's text starts with a capital, a quotation mark or a bracket; a line
// that starts otherwise continues the note before it.
bool CanStartNote(const std::string& t) {
  return !t.empty() && (IsUpper(t[0]) || t[0] == '\'' || t[0] == '"' || t[0] == '(' ||
                        t[0] == '[' || static_cast<unsigned char>(t[0]) >= 0x80);
}

// The line opens as a note does: with its number (LeadDigits), or with a
// short token the OCR made of one ("ll Talbot", "I1 Ibid.": digits and
// look-alikes, 1 to 3 of them) before a note's first word.
bool OpensLikeANote(const std::string& t) {
  if (!LeadDigits(t).empty()) return true;
  const size_t space = t.find(' ');
  if (space == 0 || space == std::string::npos || space > 3) return false;
  for (size_t i = 0; i < space; ++i) {
    if (!IsDigit(t[i]) && std::string_view("lI|O").find(t[i]) == std::string_view::npos)
      return false;
  }
  return CanStartNote(t.substr(space + 1));
}

bool EndsSentence(const std::string& t) {
  if (t.empty()) return false;
  const char c = t.back();
  return c == '.' || c == ')' || c == ']' || IsDigit(c) || c == '\'' || c == '"';
}

bool IsMonth(std::string_view w) {
  static const char* const months[] = {"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};
  for (const char* m : months) {
    if (w.substr(0, std::string_view(m).size()) == m) return true;
  }
  return false;
}

// A place in the body that may be a reference mark: digits right after a
// word or a punctuation mark ("crisis.2", "camp5,", "salt.*3"), or after a
// space that follows a sentence's end ("state. 235").
struct MarkCandidate {
  size_t line = 0;
  size_t begin = 0, end = 0;  // byte span to take out of the text (digits and stray marks)
  std::string digits;
  double penalty = 0;  // spaced or with stray characters: less sure
};

// The single quote at `at`, after a letter, closes a quotation opened
// earlier on the line (a quote after a space or bracket, before a letter)
// and not closed since.
bool ClosesAQuote(const std::string& text, size_t at) {
  if (at == 0 || !IsLetter(text[at - 1])) return false;
  int open = 0;
  for (size_t c = 0; c < at; ++c) {
    if (text[c] != '\'') continue;
    const bool opens = (c == 0 || text[c - 1] == ' ' || text[c - 1] == '(' || text[c - 1] == '[') &&
                       c + 1 < text.size() && (IsLetter(text[c + 1]) || text[c + 1] == '[');
    if (opens) {
      ++open;
    } else if (open > 0 && (c + 1 >= text.size() || !IsLetter(text[c + 1]))) {
      --open;
    }
  }
  return open > 0;
}

std::vector<MarkCandidate> MarkCandidates(size_t k, const std::string& raw) {
  std::vector<MarkCandidate> out;
  // Trailing spaces are not text: "today' 126 " ends with its mark.
  const std::string text = raw.substr(0, raw.find_last_not_of(' ') + 1);
  for (size_t p = 0; p < text.size(); ++p) {
    // A lone star after a sentence's end: a mark whose digits the OCR lost ("unjust.* The").
    if (text[p] == '*' && p > 0 &&
        std::string_view(".'\"").find(text[p - 1]) != std::string_view::npos &&
        (p + 1 == text.size() || text[p + 1] == ' ')) {
      out.push_back({k, p, p + 1, "*", 1.5});
      continue;
    }
    // A mark read as a letter or two, or as a second full stop, after a
    // sentence's end ("aid.m  The", "zone.1u By", "pawn.. Even"): its digits
    // are lost, so it can stand for any number, and it is less sure.
    if (text[p] == '.' && p >= 3 && IsLower(text[p - 1]) && IsLower(text[p - 2]) &&
        IsLower(text[p - 3])) {
      size_t q = p + 1;
      while (q < text.size() && q - p <= 2 &&
             (IsLower(text[q]) || IsDigit(text[q]) || text[q] == '.'))
        ++q;
      const size_t garbage = q - p - 1;
      const bool double_stop = garbage == 1 && text[p + 1] == '.';
      bool has_letter = false;
      for (size_t r = p + 1; r < q; ++r) has_letter |= IsLower(text[r]);
      const bool letters = garbage >= 1 && garbage <= 2 && has_letter && text.find('.', p + 1) >= q;
      const bool sentence_follows =
          q == text.size() ||
          (q + 1 < text.size() && text[q] == ' ' &&
           (IsUpper(text[q + 1]) ||
            (text[q + 1] == ' ' && q + 2 < text.size() && IsUpper(text[q + 2]))));
      if ((letters || double_stop) && sentence_follows) {
        out.push_back({k, p + 1, q, "*", 1.5});
        p = q - 1;
        continue;
      }
    }
    if (!IsDigit(text[p]) || (p > 0 && IsDigit(text[p - 1]))) continue;
    size_t q = p;
    while (q < text.size() && IsDigit(text[q])) ++q;
    if (q - p > 3) {
      p = q;
      continue;
    }
    double penalty = 0;
    // After the digits: the line's end, a space, or punctuation that is not
    // part of a longer number ("7,877", "1.6").
    if (q < text.size()) {
      const char after = text[q];
      const bool number_goes_on =
          (after == ',' || after == '.' || after == '/' || after == '-' || after == ':') &&
          q + 1 < text.size() && IsDigit(text[q + 1]);
      const bool ok = after == ' ' || after == ',' || after == '.' || after == ';' ||
                      after == ':' || after == ')' || after == '\'' || after == '"' ||
                      IsUpper(after);
      // Glued to the next word after a sentence's end: "sides.113ln his letter".
      const bool next_word = IsLower(after) && p >= 1 && text[p - 1] == '.';
      if ((!ok && !next_word) || number_goes_on) {
        p = q;
        continue;
      }
      if (next_word) penalty += 0.5;
    }
    // Before the digits: stray characters the OCR made of a raised mark;
    // not a quote that closes one opened earlier on the line ("'lager'14").
    size_t s = p;
    while (s > 0 && p - s < 2 &&
           std::string_view("*}/\\'").find(text[s - 1]) != std::string_view::npos &&
           !(text[s - 1] == '\'' && ClosesAQuote(text, s - 1))) {
      --s;
      penalty += 0.5;
    }
    if (s == 0) {
      p = q;
      continue;
    }
    const char before = text[s - 1];
    bool glued =
        IsLetter(before) || std::string_view(".,;:'\")]?!").find(before) != std::string_view::npos;
    if (glued && before == ',' && s >= 2 && IsDigit(text[s - 2])) glued = false;  // "5,1-4"
    if (glued && s >= 2 && before == '.' && IsDigit(text[s - 2])) {
      // "1.6 million" is a number; "in 1953.4" is a year and a mark.
      size_t run = 0;
      while (run + 2 <= s && IsDigit(text[s - 2 - run])) ++run;
      if (run < 4) glued = false;
    }
    // After an initial ("Zone B.108", but also "F.4" in a signature): less sure.
    if (glued && s >= 2 && before == '.' && IsUpper(text[s - 2]) && (s < 3 || text[s - 3] == ' '))
      penalty += 0.5;
    bool spaced = false;
    size_t space =
        s;  // the spaces the OCR read before raised digits: "state. 235", "aggression.  12"
    while (space > 0 && text[space - 1] == ' ' && s - space < 2) --space;
    if (!glued && space < s && space >= 1) {
      const char b2 = text[space - 1];
      const bool punct = std::string_view(".,;:'\")]}?!/\\").find(b2) != std::string_view::npos;
      const bool end_or_capital =
          q == text.size() || (text[q] == ' ' && q + 1 < text.size() && IsUpper(text[q + 1]));
      const bool lower = q + 1 < text.size() && text[q] == ' ' && IsLower(text[q + 1]);
      const bool month = q + 1 < text.size() && IsMonth(std::string_view(text).substr(q + 1));
      const bool comma = b2 == ',' || b2 == ';' || b2 == ':';
      if (!month && (punct || IsLetter(b2)) && (end_or_capital || lower)) {
        spaced = true;
        penalty += punct && !comma && end_or_capital ? 0.25 : (punct || end_or_capital) ? 1.0 : 1.4;
      }
    }
    if (glued || spaced) {
      MarkCandidate c;
      c.line = k;
      c.begin = spaced ? space : s;
      c.end = q;
      c.digits = text.substr(p, q - p);
      c.penalty = penalty;
      out.push_back(c);
    }
    p = q;
  }
  return out;
}

// The notes of one series as found in the layout, before numbering.
struct FoundNote {
  Footnote note;
  std::string digits;     // the number as read at the line's start, "" if none
  int forced = 0;         // the number an editor gave it, 0 if none
  size_t page_begin = 0;  // first body line of the page whose foot holds it
};

class SeriesReader {
 public:
  // `page_end`: for each line, the end (exclusive) of the scanned page that
  // holds it; empty when the pages are not known.
  SeriesReader(const std::vector<std::string>& lines, const std::vector<LineInfo>& info,
               const StructureProfile& profile, const std::map<size_t, int>& forced, Structure& s,
               int series, const std::vector<size_t>& page_end)
      : lines_(lines),
        info_(info),
        p_(profile),
        forced_(forced),
        s_(s),
        series_(series),
        page_end_(page_end) {}

  void Read(size_t begin, size_t end) {
    begin_ = begin;
    end_ = end;
    FindNoteLines();
    CollectMarks();
    Number();
    MatchMarks();
    Emit();
  }

 private:
  bool IsBody(size_t k) const { return s_.roles[k] == LineRole::kBody; }

  // The plausible range for the next note's number, from the last read.
  bool Plausible(const std::string& digits) const {
    if (digits.empty()) return false;
    const int n = std::stoi(digits);
    // A little behind the count too: the count may have taken a line for a
    // note that was not one; the numbering decides later.
    if (n >= expected_ - kBehind && n <= expected_ + p_.max_note_skip) return true;
    return NumberDistance(digits, expected_) == 2;
  }

  // With exact pages (from scans): line k opens with a plausible number and
  // a note's first word (a capital, a quote, a bracket or "ibid."), and the
  // lines from it to its page's end all read as notes (each as wide as a
  // note's, or opening as a note does, even with a garbled number, or a
  // note's last line before such a line or the page's end). Such a line
  // heads the page's notes even after a body line that runs on to the next
  // page.
  bool HeadsPageNotes(size_t k, const std::string& digits) const {
    if (page_end_.empty() || digits.empty() || !Plausible(digits)) return false;
    const size_t e = std::min(page_end_[k], end_);
    const std::string text = AfterNumber(info_[k].trimmed, digits);
    if (e <= k || !(CanStartNote(text) || StartsWithIbid(text))) return false;
    for (size_t j = k + 1; j < e; ++j) {
      const LineInfo& l = info_[j];
      if (s_.roles[j] == LineRole::kHeading) return false;
      if (l.trimmed.empty() || l.width >= p_.note_width || OpensLikeANote(l.trimmed)) continue;
      size_t next = j + 1;
      while (next < e && info_[next].trimmed.empty()) ++next;
      if (next < e && !OpensLikeANote(info_[next].trimmed)) return false;
    }
    return true;
  }

  // The next line with text starts a note with a plausible number.
  bool NextStartsNote(size_t k) const {
    size_t j = k + 1;
    while (j < end_ && info_[j].trimmed.empty()) ++j;
    if (j >= end_ || s_.roles[j] != LineRole::kBody) return false;
    const std::string digits = LeadDigits(info_[j].trimmed);
    return !digits.empty() && (Plausible(digits) || NumberDistance(digits, expected_ + 1) >= 0);
  }

  void StartNote(size_t k, const std::string& digits) {
    FoundNote f;
    f.note.series = series_;
    f.note.first_line = f.note.last_line = k;
    f.digits = digits;
    f.page_begin = page_begin_;
    notes_.push_back(f);
    s_.roles[k] = LineRole::kNote;
    last_number_ = digits.empty() ? 0 : std::stoi(digits);
    if (!digits.empty()) {
      // A number one digit away from the expected one is read as a misreading
      // of it ("64" for 54), not as a jump over lost notes.
      const int n = std::stoi(digits);
      const bool jump = n > expected_ && n <= expected_ + p_.max_note_skip &&
                        NumberDistance(digits, expected_) < 0;
      const bool behind = n < expected_ && n >= expected_ - kBehind;
      expected_ = n == expected_ || jump || behind ? n + 1 : expected_ + 1;
    } else {
      ++expected_;
    }
  }

  void ContinueNote(size_t k) {
    s_.roles[k] = LineRole::kNote;
    Footnote& n = notes_.back().note;
    if (n.continued && k > n.last_line) {
      n.continued_last = k;
    } else {
      n.last_line = k;
    }
  }

  // A page's last body line before its notes.
  void EndPage(size_t k) {
    size_t last = k;
    while (last > begin_ && (!IsBody(last - 1) || info_[last - 1].trimmed.empty())) {
      if (s_.roles[last - 1] == LineRole::kHeading) break;
      --last;
    }
    if (last > begin_) s_.page_ends.push_back(last - 1);
  }

  void FindNoteLines() {
    enum class State { kBody, kInNote, kNoteEnded } state = State::kBody;
    page_begin_ = begin_;
    bool previous_ends_line = true;  // the previous line has no trailing space (or is a heading)
    for (size_t k = begin_; k < end_; ++k) {
      const LineInfo& li = info_[k];
      if (!page_end_.empty() && k > begin_ && page_end_[k - 1] == k) {
        // A scanned page's first line: the notes of the page before have
        // ended, and a note starts here only as the head of this page's notes.
        state = State::kBody;
        page_begin_ = k;
        previous_ends_line = false;
      }
      if (s_.roles[k] == LineRole::kHeading) {
        if (state != State::kBody) page_begin_ = k;
        state = State::kBody;
        previous_ends_line = true;
        continue;
      }
      if (li.trimmed.empty()) {
        if (state == State::kNoteEnded) {
          state = State::kBody;
          page_begin_ = k + 1;
        }
        continue;
      }
      const std::string digits = LeadDigits(li.trimmed);
      // After a note's line: the note goes on unless the line ends it.
      auto after_note_line = [&] {
        state = li.trailing ? State::kInNote : State::kNoteEnded;
        previous_ends_line = !li.trailing;
      };
      if (auto it = forced_.find(k); it != forced_.end()) {
        // An editor says a note begins here.
        if (state == State::kBody) EndPage(k);
        StartNote(k, digits);
        notes_.back().forced = it->second;
        after_note_line();
        continue;
      }
      const bool wide = li.width >= p_.note_width;
      const bool next_wide = k + 1 < end_ && info_[k + 1].width >= p_.note_width;
      switch (state) {
        case State::kBody: {
          const bool heads_notes = HeadsPageNotes(k, digits);
          if (!previous_ends_line && !heads_notes) break;
          const bool numbered =
              heads_notes || (Plausible(digits) && (wide || !li.trailing || next_wide));
          // A short line after a page's end that reads as a whole note whose
          // number the OCR lost ("Ibid.", "H. C. XpyuneB, BocnoMUHaHua..., 148-50.").
          const bool unnumbered = !notes_.empty() && !li.trailing && li.width < p_.short_line &&
                                  (StartsWithIbid(li.trimmed) ||
                                   (LooksLikeCitation(li.trimmed) && CanStartNote(li.trimmed)));
          if (numbered || unnumbered) {
            EndPage(k);
            StartNote(k, digits);
            after_note_line();
            continue;
          }
          if (wide && !notes_.empty() && notes_.back().note.series == series_) {
            // Wide lines heading a page's notes: the last note runs on from
            // the page before, or a note whose number the OCR lost.
            EndPage(k);
            Footnote& last = notes_.back().note;
            if ((!EndsSentence(info_[last.last_line].trimmed) || !CanStartNote(li.trimmed)) &&
                !last.continued) {
              last.continued = true;
              last.continued_first = last.continued_last = k;
              s_.roles[k] = LineRole::kNote;
            } else {
              StartNote(k, "");
            }
            after_note_line();
            continue;
          }
          break;
        }
        case State::kInNote: {
          // A line without its trailing space lost, then the next note: its
          // number close to the one expected and not a date ("28 May"); or,
          // whatever the line's width, the number after the last note's own,
          // before a note's first word.
          const bool date =
              !digits.empty() && IsMonth(std::string_view(li.trimmed).substr(digits.size() + 1));
          const bool close = !digits.empty() && std::abs(std::stoi(digits) - expected_) <= 2 &&
                             (wide || !li.trailing);
          const bool next_number = !digits.empty() && last_number_ > 0 &&
                                   std::stoi(digits) == last_number_ + 1 &&
                                   CanStartNote(AfterNumber(li.trimmed, digits));
          const bool restart = (close || next_number) && !date;
          if (restart) {
            StartNote(k, digits);
          } else if (BodyRunsFrom(k)) {
            // Body-width lines running on: the note's last line was lost in
            // the scan, and the next page's body starts here.
            state = State::kBody;
            page_begin_ = k;
            previous_ends_line = false;
            break;
          } else {
            ContinueNote(k);
          }
          after_note_line();
          continue;
        }
        case State::kNoteEnded: {
          const Footnote& last = notes_.back().note;
          const size_t last_line = last.continued ? last.continued_last : last.last_line;
          if (Plausible(digits)) {
            StartNote(k, digits);
          } else if (wide) {
            if ((EndsSentence(info_[last_line].trimmed) || last.continued) &&
                CanStartNote(li.trimmed)) {
              StartNote(k, "");
            } else {
              ContinueNote(k);
            }
          } else if (!li.trailing && !EndsSentence(info_[last_line].trimmed)) {
            // The note before broke off mid-sentence (a line without its
            // trailing space): this is its last line.
            ContinueNote(k);
          } else if (!li.trailing && li.width < p_.short_line &&
                     (LooksLikeCitation(li.trimmed) || NextStartsNote(k))) {
            // A short line between notes: a note whose number the OCR lost, or
            // the last line of the note before (the numbering decides).
            if (CanStartNote(li.trimmed)) {
              StartNote(k, "");
            } else {
              ContinueNote(k);
            }
          } else {
            // The notes have ended: this is the next page's first body line.
            state = State::kBody;
            page_begin_ = k;
            previous_ends_line = !li.trailing;
            break;
          }
          after_note_line();
          continue;
        }
      }
      previous_ends_line = !li.trailing;
    }
  }

  // Lines from k on read as a page's body, not a note's: kBodyRun lines
  // (on k's page, when the pages are known), each narrower than a note's,
  // each running on (trailing space), none opening with a number.
  bool BodyRunsFrom(size_t k) const {
    constexpr size_t kBodyRun = 4;
    if (k + kBodyRun > (page_end_.empty() ? end_ : std::min(end_, page_end_[k]))) return false;
    for (size_t j = k; j < k + kBodyRun; ++j) {
      const LineInfo& l = info_[j];
      if (l.width >= p_.note_width || l.width < p_.short_line || !l.trailing ||
          !LeadDigits(l.trimmed).empty()) {
        return false;
      }
    }
    return true;
  }

  // Mark candidates in the series' body lines, in text order.
  void CollectMarks() {
    int open_quotes = 0;  // double quotes opened and not closed in the last lines
    size_t counted_from = begin_;
    size_t previous_body = end_;  // the body line before k, if any
    for (size_t k = begin_; k < end_; ++k) {
      if (!IsBody(k)) continue;
      for (MarkCandidate& c : MarkCandidates(k, lines_[k])) marks_.push_back(c);
      // A mark the typescript wrapped to the start of the next line, after a
      // sentence the line before ends ("... political system." / "83 Moscow
      // had"): digits, a space and a capital, no month; less sure.
      if (previous_body != end_) {
        const std::string& before = info_[previous_body].trimmed;
        const std::string& t = info_[k].trimmed;
        size_t q = 0;
        while (q < t.size() && IsDigit(t[q])) ++q;
        const bool sentence_before =
            !before.empty() &&
            std::string_view(".?!'\"").find(before.back()) != std::string_view::npos;
        // A line that ends on a number and a stop may end with its own mark.
        const bool number_before = before.size() >= 2 && IsDigit(before[before.size() - 2]);
        if (q >= 1 && q <= 3 && sentence_before && !number_before && q + 1 < t.size() &&
            t[q] == ' ' && IsUpper(t[q + 1]) && !IsMonth(std::string_view(t).substr(q + 1))) {
          const size_t lead = lines_[k].find_first_not_of(' ');
          marks_.push_back({k, lead, lead + q, t.substr(0, q), 1.5});
        }
      }
      previous_body = k;
      // A double quote after a sentence's end with no quotation open for it
      // to close: the mark read as a quote ("in Russian.\" Moreover",
      // "January 1954.\" The").
      if (k >= counted_from + 6) {
        open_quotes = 0;
        counted_from = k;
      }
      const std::string& t = lines_[k];
      for (size_t p = 0; p < t.size(); ++p) {
        if (t[p] != '"') continue;
        const bool opens = (p == 0 || t[p - 1] == ' ' || t[p - 1] == '(' || t[p - 1] == '[') &&
                           p + 1 < t.size() && t[p + 1] != ' ';
        if (opens) {
          ++open_quotes;
          continue;
        }
        if (open_quotes > 0) {
          --open_quotes;
          continue;
        }
        const bool after_sentence =
            p >= 2 && t[p - 1] == '.' && (IsLower(t[p - 2]) || IsDigit(t[p - 2]));
        const bool sentence_follows = p + 1 >= t.find_last_not_of(' ') + 1 ||
                                      (t[p + 1] == ' ' && p + 2 < t.size() && IsUpper(t[p + 2]));
        if (after_sentence && sentence_follows) marks_.push_back({k, p, p + 1, "*", 1.5});
      }
    }
    std::stable_sort(marks_.begin(), marks_.end(),
                     [](const MarkCandidate& a, const MarkCandidate& b) {
                       return a.line != b.line ? a.line < b.line : a.begin < b.begin;
                     });
  }

  bool PageHasExactMark(size_t page_begin, size_t block, int v) const {
    const std::string digits = std::to_string(v);
    for (const MarkCandidate& c : marks_) {
      if (c.line >= page_begin && c.line < block && c.digits == digits && c.penalty < 1)
        return true;
    }
    return false;
  }

  // Assigns numbers: strictly increasing through the series, each note's
  // read number kept where it fits, a skipped number costing a lost note.
  // A note start without a number may also be the last line of the note
  // before it (a line the OCR ended early): then the two are merged.
  void Number() {
    const size_t m = notes_.size();
    if (m == 0) return;
    int top = 0;
    for (const FoundNote& f : notes_) {
      if (!f.digits.empty()) top = std::max(top, std::stoi(f.digits));
    }
    const int v_max = std::min(999, std::max(top, static_cast<int>(m)) + p_.max_note_skip + 1);
    constexpr double kSkip = 1.2, kMerge = 2.0;
    // Exact marks on each note's page, for evidence.
    std::vector<std::vector<char>> marked(m, std::vector<char>(v_max + 1, 0));
    for (size_t i = 0; i < m; ++i) {
      for (const MarkCandidate& c : marks_) {
        if (c.line < notes_[i].page_begin || c.line >= notes_[i].note.first_line ||
            c.penalty >= 1 || c.digits == "*")
          continue;
        const int v = std::stoi(c.digits);
        if (v >= 1 && v <= v_max) marked[i][v] = 1;
      }
    }
    auto emit = [&](size_t i, int v) {
      const FoundNote& f = notes_[i];
      if (f.forced > 0) return f.forced == v ? 0.0 : kInfinity;
      double c = 1.5;
      if (!f.digits.empty()) {
        const int d = NumberDistance(f.digits, v);
        c = d == 0 ? 0 : d == 1 ? 2.0 : d == 2 ? 2.5 : 6.0;
      }
      if (marked[i][v]) c -= 0.75;
      return c;
    };
    // cost[i][v]: notes 0..i numbered, the last numbered one holding v.
    std::vector<std::vector<double>> cost(m, std::vector<double>(v_max + 1, kInfinity));
    std::vector<std::vector<int>> from(
        m, std::vector<int>(v_max + 1, 0));  // -1: merged into the note before
    for (int v = 1; v <= v_max; ++v) cost[0][v] = emit(0, v) + kSkip * (v - 1);
    for (size_t i = 1; i < m; ++i) {
      double best = kInfinity;  // min over u < v of cost[i-1][u] - kSkip * u
      int best_u = 0;
      for (int v = 1; v <= v_max; ++v) {
        const int u = v - 1;
        if (u >= 1 && cost[i - 1][u] - kSkip * u < best) {
          best = cost[i - 1][u] - kSkip * u;
          best_u = u;
        }
        if (best < kInfinity) {
          cost[i][v] = best + kSkip * (v - 1) + emit(i, v);
          from[i][v] = best_u;
        }
        if (notes_[i].digits.empty() && cost[i - 1][v] + kMerge < cost[i][v]) {
          cost[i][v] = cost[i - 1][v] + kMerge;
          from[i][v] = -1;
        }
      }
    }
    int v = 1;
    for (int w = 1; w <= v_max; ++w) {
      if (cost[m - 1][w] <= cost[m - 1][v]) v = w;
    }
    if (cost[m - 1][v] == kInfinity) {
      // The editors' numbers cannot stand in one rising sequence: number as if
      // they had said nothing.
      for (FoundNote& f : notes_) f.forced = 0;
      Number();
      return;
    }
    std::vector<char> merged(m, 0);
    for (size_t i = m; i-- > 0;) {
      notes_[i].note.n = v;
      notes_[i].note.number_inferred =
          notes_[i].forced == 0 && notes_[i].digits != std::to_string(v);
      if (from[i][v] == -1) {
        merged[i] = 1;
      } else {
        v = from[i][v];
      }
    }
    // A merged start's lines go to the note before it.
    std::vector<FoundNote> kept;
    for (size_t i = 0; i < m; ++i) {
      if (merged[i] && !kept.empty()) {
        Footnote& before = kept.back().note;
        const Footnote& line = notes_[i].note;
        if (before.continued) {
          before.continued_last = line.last_line;
        } else {
          before.last_line = line.last_line;
        }
        continue;
      }
      kept.push_back(notes_[i]);
    }
    notes_ = kept;
  }

  // Matches numbers to marks in order through the series: each present
  // note's mark on its own page, a lost note's between its neighbours'.
  void MatchMarks() {
    struct Want {
      int n;
      int note = -1;            // index in notes_, -1 for a lost note
      size_t from = 0, to = 0;  // lines where its mark may stand
    };
    std::vector<Want> wants;
    int previous = 0;
    size_t previous_to = begin_;
    for (size_t i = 0; i < notes_.size(); ++i) {
      const FoundNote& f = notes_[i];
      for (int lost = previous + 1; lost < f.note.n; ++lost) {
        wants.push_back({lost, -1, previous_to, f.note.first_line});
      }
      wants.push_back({f.note.n, static_cast<int>(i), f.page_begin, f.note.first_line});
      previous = f.note.n;
      previous_to = f.page_begin;
    }
    // Lost notes after the last one found: marks that carry the sequence on.
    const int trailing_from = previous + 1;
    for (int lost = trailing_from; lost < trailing_from + p_.max_note_skip; ++lost) {
      wants.push_back({lost, -1, previous_to, end_});
    }
    const size_t a = wants.size(), b = marks_.size();
    std::vector<std::vector<double>> f(a + 1, std::vector<double>(b + 1, kInfinity));
    std::vector<std::vector<char>> how(a + 1, std::vector<char>(b + 1, 0));
    f[0][0] = 0;
    auto miss = [&](size_t i) { return wants[i].note >= 0 ? 3.0 : 2.0; };
    auto score = [&](size_t i, size_t j) {
      const Want& w = wants[i];
      const MarkCandidate& c = marks_[j];
      if (c.line < w.from || c.line >= w.to) return kInfinity;
      if (c.digits == "*") return c.penalty;  // a mark without its digits: any number
      const int d = MarkDistance(c.digits, w.n);
      if (d < 0) return kInfinity;
      return d + c.penalty;
    };
    for (size_t i = 0; i <= a; ++i) {
      for (size_t j = 0; j <= b; ++j) {
        if (f[i][j] == kInfinity) continue;
        if (j < b && f[i][j] < f[i][j + 1]) {
          f[i][j + 1] = f[i][j];
          how[i][j + 1] = 'c';
        }
        if (i < a && f[i][j] + miss(i) < f[i + 1][j]) {
          f[i + 1][j] = f[i][j] + miss(i);
          how[i + 1][j] = 'n';
        }
        if (i < a && j < b) {
          const double sc = score(i, j);
          if (sc < miss(i) && f[i][j] + sc < f[i + 1][j + 1]) {
            f[i + 1][j + 1] = f[i][j] + sc;
            how[i + 1][j + 1] = 'm';
          }
        }
      }
    }
    std::vector<int> matched(a, -1);
    for (size_t i = a, j = b; i > 0 || j > 0;) {
      const char h = how[i][j];
      if (h == 'c') {
        --j;
      } else if (h == 'n') {
        --i;
      } else {
        matched[--i] = static_cast<int>(--j);
      }
    }
    // Lost notes after the last one found are kept only while their marks
    // carry the sequence on without a gap.
    size_t keep = 0;
    while (keep < a && wants[keep].n < trailing_from) ++keep;
    while (keep < a && matched[keep] >= 0 &&
           marks_[matched[keep]].digits == std::to_string(wants[keep].n))
      ++keep;
    for (size_t i = 0; i < keep; ++i) {
      const Want& w = wants[i];
      Footnote note;
      if (w.note >= 0) {
        note = notes_[w.note].note;
      } else {
        note.series = series_;
        note.n = w.n;
        note.lost = true;
        // Without its mark, it stands where the next note's page ends.
        note.first_line = note.last_line = std::min(w.to, end_ - 1);
      }
      if (matched[i] >= 0) {
        const MarkCandidate& c = marks_[matched[i]];
        note.reference_found = true;
        note.reference_line = c.line;
        note.reference_begin = c.begin;
        note.reference_end = c.end;
      }
      out_.push_back(note);
    }
  }

  void Emit() {
    for (const Footnote& n : out_) {
      s_.notes.push_back(n);
      if (n.lost) s_.missing_notes.emplace_back(series_, n.n);
    }
  }

  const std::vector<std::string>& lines_;
  const std::vector<LineInfo>& info_;
  const StructureProfile& p_;
  const std::map<size_t, int>& forced_;  // line -> number: note starts an editor placed
  Structure& s_;
  const int series_;
  const std::vector<size_t>& page_end_;  // line -> end of its scanned page; empty: unknown
  size_t begin_ = 0, end_ = 0, page_begin_ = 0;
  int expected_ = 1;
  int last_number_ = 0;  // the number read at the last note's start, 0 if none
  std::vector<FoundNote> notes_;
  std::vector<MarkCandidate> marks_;
  std::vector<Footnote> out_;
};

bool NumbersNotes(const StructureProfile& p, DivisionKind kind) {
  const char* name = kind == DivisionKind::kIntroduction  ? "introduction"
                     : kind == DivisionKind::kChapter     ? "chapter"
                     : kind == DivisionKind::kConclusions ? "conclusions"
                                                          : "";
  return std::find(p.note_series.begin(), p.note_series.end(), name) != p.note_series.end();
}

}  // namespace

int NumberDistance(const std::string& digits, int n) {
  const std::string want = std::to_string(n);
  if (digits == want) return 0;
  if (digits.empty()) return -1;
  if (digits.size() < want.size() &&
      want.compare(want.size() - digits.size(), digits.size(), digits) == 0)
    return 1;
  // One digit substituted, added or dropped.
  if (digits.size() == want.size()) {
    if (want.size() == 1) return -1;  // any digit is one substitution from any other
    int differ = 0;
    for (size_t i = 0; i < digits.size(); ++i) differ += digits[i] != want[i];
    return differ == 1 ? 2 : -1;
  }
  const std::string& longer = digits.size() > want.size() ? digits : want;
  const std::string& shorter = digits.size() > want.size() ? want : digits;
  if (longer.size() != shorter.size() + 1) return -1;
  for (size_t i = 0; i < longer.size(); ++i) {
    if (longer.substr(0, i) + longer.substr(i + 1) == shorter) return 2;
  }
  return -1;
}

int MarkDistance(const std::string& digits, int n) {
  const int d = NumberDistance(digits, n);
  if (d >= 0) return d;
  // A raised mark whose last digits the OCR lost ("states.1 On" for 110).
  const std::string want = std::to_string(n);
  if (!digits.empty() && digits.size() < want.size() && want.compare(0, digits.size(), digits) == 0)
    return 2;
  return -1;
}

void FindFootnotes(const std::vector<std::string>& lines, const StructureProfile& profile,
                   const StructureHints& hints, size_t begin, size_t end, Structure& s,
                   const std::vector<ScannedPage>& scanned) {
  std::vector<size_t> page_end;
  if (!scanned.empty()) {
    page_end.assign(lines.size(), lines.size());
    for (size_t i = 0; i + 1 < scanned.size(); ++i) {
      const size_t to = std::min(scanned[i + 1].first_line, lines.size());
      for (size_t k = std::min(scanned[i].first_line, to); k < to; ++k) page_end[k] = to;
    }
  }
  std::vector<LineInfo> info(lines.size());
  for (size_t k = begin; k < end; ++k) {
    const std::string& t = lines[k];
    const size_t b = t.find_first_not_of(" \t");
    LineInfo& li = info[k];
    if (b != std::string::npos) li.trimmed = t.substr(b, t.find_last_not_of(" \t") - b + 1);
    li.width = utf8::Length(li.trimmed);
    li.trailing = profile.trailing_space_marks_line_ends ? (!t.empty() && t.back() == ' ')
                                                         : li.width >= profile.short_line;
  }
  // One series per division that numbers its notes, up to the next one.
  std::vector<std::pair<size_t, size_t>> starts;  // (line, division index)
  for (size_t d = 0; d < s.divisions.size(); ++d) {
    if (NumbersNotes(profile, s.divisions[d].kind) && s.divisions[d].line >= begin &&
        s.divisions[d].line < end) {
      starts.emplace_back(s.divisions[d].line, d);
    }
  }
  for (size_t i = 0; i < starts.size(); ++i) {
    const size_t from = starts[i].first;
    const size_t to = i + 1 < starts.size() ? starts[i + 1].first : end;
    const Division& d = s.divisions[starts[i].second];
    const std::string label = d.kind == DivisionKind::kIntroduction  ? "intro"
                              : d.kind == DivisionKind::kConclusions ? "concl"
                                                                     : d.n;
    std::map<size_t, int> forced;
    for (const auto& [line, note] : hints.note_starts) {
      if (note.first == label && line >= from && line < to) forced[line] = note.second;
    }
    SeriesReader(lines, info, profile, forced, s, static_cast<int>(starts[i].second), page_end)
        .Read(from, to);
  }
}

}  // namespace emend::tei
