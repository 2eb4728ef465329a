#include "correct/footnote_mark_rule.hpp"

#include <algorithm>
#include <cctype>
#include <limits>
#include <string>
#include <tuple>
#include <unordered_set>

#include "core/utf8.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

constexpr int kMaxFootnote = 999;
// How far a note's neighbours in the sequence may start from it (lines).
constexpr int kNoteNeighbourReach = 12;
// Lines measured before the notes' and the body's widths are trusted, and the
// least difference of their medians that shows two sizes of type.
constexpr size_t kMinWidthSample = 20;
constexpr size_t kMinWidthGap = 8;
// How far apart (in lines) two consecutive footnotes may start.
constexpr int kSequenceReach = 150;
// The widest gap between two clean marks that a garbled one may fill.
constexpr int kMaxGap = 8;

// "123" -> 123; anything but one to three digits -> 0.
int SmallNumber(std::string_view s) {
  if (s.empty() || s.size() > 3) return 0;
  int n = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
    n = n * 10 + (c - '0');
  }
  return n;
}

// A mark glued to the word it follows: "mission.44", "considerations,115",
// "Union.\"46", or to a year and its full stop: "1951.13". Returns the number and where its digits
// start, or 0.
int GluedMark(std::string_view chunk, size_t* digits_at = nullptr) {
  while (!chunk.empty() && std::string_view(".,;:").find(chunk.back()) != std::string_view::npos) {
    chunk.remove_suffix(1);
  }
  size_t at = chunk.size();
  while (at > 0 && std::isdigit(static_cast<unsigned char>(chunk[at - 1]))) --at;
  if (at == 0 || at == chunk.size() || std::isdigit(static_cast<unsigned char>(chunk[at - 1])))
    return 0;
  bool letter = false;
  for (size_t k = 0; k < at; ++k) letter |= std::isalpha(static_cast<unsigned char>(chunk[k])) != 0;
  // Or a year that ends a sentence, its full stop between ("1951.13").
  const std::string_view head = chunk.substr(0, at);
  const bool year = head.size() == 5 && head[4] == '.' &&
                    (head.starts_with("18") || head.starts_with("19") || head.starts_with("20")) &&
                    std::all_of(head.begin(), head.begin() + 4,
                                [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (!letter && !year) return 0;
  if (digits_at) *digits_at = at;
  return SmallNumber(chunk.substr(at));
}

struct GarbledMark {
  std::string word, mark, digits, suffix;  // "salt", "*3", "3", ""
};

// A word of four letters or more, a full stop, at most two misread
// characters and one or two digits: "salt.*3", "USSR.U6", "again.2".
GarbledMark ParseGarbledMark(std::string_view chunk) {
  GarbledMark g;
  size_t end = chunk.size();
  while (end > 0 && std::string_view(",;:").find(chunk[end - 1]) != std::string_view::npos) --end;
  const size_t dot = chunk.find('.');
  if (dot == std::string_view::npos || dot < 4) return {};
  for (size_t k = 0; k < dot; ++k) {
    if (!std::isalpha(static_cast<unsigned char>(chunk[k]))) return {};
  }
  size_t digits = end;
  while (digits > dot + 1 && std::isdigit(static_cast<unsigned char>(chunk[digits - 1]))) --digits;
  if (digits == end || end - digits > 2 || digits - (dot + 1) > 2) return {};
  for (size_t k = dot + 1; k < digits; ++k) {
    if (std::string_view("*'\"`UIl|").find(chunk[k]) == std::string_view::npos) return {};
  }
  g.word = std::string(chunk.substr(0, dot));
  g.mark = std::string(chunk.substr(dot + 1, end - dot - 1));
  g.digits = std::string(chunk.substr(digits, end - digits));
  g.suffix = std::string(chunk.substr(end));
  return g;
}

// A word of four letters or more, its full stop and a lone quote or
// asterisk where a mark's digit should be ("lager.'"): returns the word.
std::string_view MarkReadAsQuote(std::string_view chunk) {
  if (chunk.size() < 7) return {};
  const char last = chunk.back();
  if ((last != '\'' && last != '*') || chunk[chunk.size() - 2] != '.') return {};
  const std::string_view word = chunk.substr(0, chunk.size() - 2);
  for (char c : word) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return {};
  }
  return word;
}

// An opening single quote ('word, or ' alone) in the text before, within the
// paragraph's last few lines, that no closing quote has matched: then a quote
// after a full stop closes it.
bool QuoteOpenBefore(const std::vector<std::string>& lines, int line, size_t column) {
  int open = 0;
  for (int k = std::max(0, line - 6); k < line; ++k) {
    const std::string& text = lines[static_cast<size_t>(k)];
    const size_t end = k == line - 1 ? std::min(column, text.size()) : text.size();
    for (size_t c = 0; c < end; ++c) {
      if (text[c] != '\'') continue;
      const bool after_space =
          c == 0 || text[c - 1] == ' ' || text[c - 1] == '(' || text[c - 1] == '[';
      const bool before_letter =
          c + 1 < text.size() &&
          (std::isalpha(static_cast<unsigned char>(text[c + 1])) || text[c + 1] == '[');
      // A quote set apart from the word it opens ("that ' Mr. Khrushchev").
      const bool alone_before_word =
          after_space && c + 2 < text.size() && text[c + 1] == ' ' &&
          (std::isalpha(static_cast<unsigned char>(text[c + 2])) || text[c + 2] == '[');
      if (after_space && (before_letter || alone_before_word)) {
        ++open;
      } else if (open > 0 && !before_letter) {
        --open;
      }
    }
  }
  return open > 0;
}

// A quotation in double quotes open at this place, within one sentence: the
// last double quote before it, within the paragraph's last few lines, opens
// one (after a space or a bracket, before a letter), and no sentence has
// ended since, nor a single quote closed something.
bool DoubleQuoteOpenBefore(const std::vector<std::string>& lines, int line, size_t column) {
  bool open = false;
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  for (int k = std::max(0, line - 6); k < line; ++k) {
    const std::string& text = lines[static_cast<size_t>(k)];
    const size_t end = k == line - 1 ? std::min(column, text.size()) : text.size();
    for (size_t c = 0; c < end; ++c) {
      const char ch = text[c];
      if (ch == '"') {
        const bool after_space =
            c == 0 || text[c - 1] == ' ' || text[c - 1] == '(' || text[c - 1] == '[';
        const bool before_letter =
            c + 1 < text.size() && (letter(text[c + 1]) || text[c + 1] == '[');
        open = after_space && before_letter;
      } else if (open && ch == '\'' && c > 0 && letter(text[c - 1]) &&
                 (c + 1 == text.size() || !letter(text[c + 1]))) {
        open = false;  // "Soviet better tendencies' 30
      } else if (open && (ch == '.' || ch == '?' || ch == '!')) {
        // A sentence ends: a capital follows, after spaces on this line or
        // at the next line's start.
        size_t n = c + 1;
        while (n < text.size() && text[n] == ' ') ++n;
        if (n < text.size()) {
          if (n > c + 1 && std::isupper(static_cast<unsigned char>(text[n]))) open = false;
        } else if (k + 1 < line) {
          const std::string& next = lines[static_cast<size_t>(k + 1)];
          if (!next.empty() && std::isupper(static_cast<unsigned char>(next[0]))) open = false;
        }
      }
    }
  }
  return open;
}

// "Socialism1", "affair1.", "embrace1.20": a word of three letters or more,
// a 1, then punctuation or a mark. Returns the word, or nothing.
struct QuoteReadAsOne {
  std::string word, rest;  // "embrace", ".20"
};
QuoteReadAsOne ParseQuoteReadAsOne(std::string_view chunk) {
  size_t at = 0;
  while (at < chunk.size() && std::isalpha(static_cast<unsigned char>(chunk[at]))) ++at;
  if (at < 3 || at >= chunk.size() || chunk[at] != '1') return {};
  size_t k = at + 1;
  while (k < chunk.size() && std::string_view(".,;:").find(chunk[k]) != std::string_view::npos) ++k;
  const size_t punct_end = k;
  while (k < chunk.size() && std::isdigit(static_cast<unsigned char>(chunk[k]))) ++k;
  if (k != chunk.size() || (punct_end == at + 1 && k > punct_end)) return {};
  return {std::string(chunk.substr(0, at)), std::string(chunk.substr(at + 1))};
}

// A word and the star the OCR made of a closing quote and a raised mark:
// "'lager*.", "harder*" (not "*3", not "**").
bool IsStarWord(std::string_view chunk) {
  while (!chunk.empty() && std::string_view(".,;:").find(chunk.back()) != std::string_view::npos) {
    chunk.remove_suffix(1);
  }
  if (chunk.size() < 3 || chunk.back() != '*') return false;
  chunk.remove_suffix(1);
  if (chunk.front() == '\'') chunk.remove_prefix(1);
  if (chunk.size() < 2) return false;
  for (char c : chunk) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// A mark whose digits the OCR read as letters, after a word and its full
// stop: "aid.m", "zone.1u", "Blocs'.m", or apart (".m" after "Stalin"). The
// glyphs hold an m, n or u, which no number's digits show, and nothing but
// those and look-alikes of 1; the word has three letters or more, so "a.m."
// is never one.
struct LetterMark {
  std::string word;  // "aid", "Blocs'"; empty for a mark set apart
  bool found = false;
};
LetterMark ParseLetterMark(std::string_view chunk) {
  while (!chunk.empty() && std::string_view(",;:").find(chunk.back()) != std::string_view::npos) {
    chunk.remove_suffix(1);
  }
  const size_t dot = chunk.rfind('.');
  if (dot == std::string_view::npos) return {};
  const std::string_view glyphs = chunk.substr(dot + 1);
  if (glyphs.empty() || glyphs.size() > 2 ||
      glyphs.find_first_not_of("mnu1lI") != std::string_view::npos ||
      glyphs.find_first_of("mnu") == std::string_view::npos) {
    return {};
  }
  std::string_view word = chunk.substr(0, dot);
  std::string_view letters = word;
  while (!letters.empty() &&
         std::string_view("'\"]").find(letters.back()) != std::string_view::npos) {
    letters.remove_suffix(1);
  }
  if (!word.empty() && letters.size() < 3) return {};
  for (char c : letters) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return {};
  }
  return {std::string(word), true};
}

// A note's number glued to its first word: "76Veljko" (76, "Veljko"),
// "19BORBA"; or to a first word whose O was read as a 0: "290fficial" (29,
// "Official"). Only the number and the word as they would read apart.
struct GluedNoteStart {
  int n = 0;
  std::string word;
};
GluedNoteStart ParseGluedNoteStart(std::string_view chunk) {
  size_t digits = 0;
  while (digits < chunk.size() && std::isdigit(static_cast<unsigned char>(chunk[digits]))) ++digits;
  if (digits == 0 || digits > 3 || digits + 2 > chunk.size() || chunk[0] == '0') return {};
  const std::string_view rest = chunk.substr(digits);
  if (IsUpper(static_cast<unsigned char>(rest[0])) &&
      std::isalpha(static_cast<unsigned char>(rest[1]))) {
    return {SmallNumber(chunk.substr(0, digits)), std::string(rest)};
  }
  if (digits >= 2 && chunk[digits - 1] == '0' && IsLower(static_cast<unsigned char>(rest[0]))) {
    return {SmallNumber(chunk.substr(0, digits - 1)), "O" + std::string(rest)};
  }
  return {};
}

bool StartsSentence(std::string_view chunk) {
  const WordParts p = SplitWord(chunk);
  return !p.core.empty() && IsUpper(static_cast<unsigned char>(p.core[0]));
}

}  // namespace

FootnoteMarkRule::FootnoteMarkRule(const DocumentStats& document) : lines_(document.lines()) {
  const auto& lines = document.lines();
  for (size_t k = 0; k < lines.size(); ++k) {
    const int line = static_cast<int>(k) + 1;
    const std::vector<Token>& tokens = document.chunks()[k];
    // A footnote's first line: its number, then text starting with a letter
    // ("115 ibid."); kept below only if a neighbouring number starts one too.
    if (tokens.size() >= 2) {
      const int n = SmallNumber(tokens[0].text);
      if (n > 0 && n <= kMaxFootnote &&
          std::isalpha(static_cast<unsigned char>(tokens[1].text[0]))) {
        footnotes_[n].push_back(line);
      }
    }
    // Or its number glued to the first word ("76Veljko", "290fficial").
    if (!tokens.empty()) {
      if (const GluedNoteStart g = ParseGluedNoteStart(tokens[0].text); g.n > 0)
        footnotes_[g.n].push_back(line);
    }
    for (const Token& t : tokens) {
      if (const int n = GluedMark(t.text); n > 0) {
        marks_[n].push_back(line);
        ordered_marks_.emplace_back(line, n);
        glued_digits_.push_back({line, t.begin, std::to_string(n)});
      }
      if (IsStarWord(t.text) || ParseLetterMark(t.text).found)
        star_words_.push_back({line, t.begin});
    }
  }
  // The footnotes run in sequence: a numbered line with no footnote N-1
  // before it or N+1 after it nearby is something else ("24 and 28 August").
  std::unordered_map<int, std::vector<int>> in_sequence;
  auto near = [&](int n, int line, int from, int to) {
    auto it = footnotes_.find(n);
    if (it == footnotes_.end()) return false;
    for (int at : it->second) {
      if (at >= line + from && at <= line + to && at != line) return true;
    }
    return false;
  };
  for (const auto& [n, at] : footnotes_) {
    for (int line : at) {
      // Where the scan lost both neighbours' numbers, the notes two away
      // keep the sequence.
      if (near(n - 1, line, -kSequenceReach, 0) || near(n + 1, line, 0, kSequenceReach) ||
          (near(n - 2, line, -kSequenceReach, 0) && near(n + 2, line, 0, kSequenceReach))) {
        in_sequence[n].push_back(line);
      }
    }
  }
  footnotes_ = std::move(in_sequence);
  for (const auto& [n, at] : footnotes_) {
    for (int line : at) note_starts_.emplace_back(line, n);
  }
  std::sort(note_starts_.begin(), note_starts_.end());
  // The sequence as read: glued marks, and marks set apart after a
  // sentence's end or a quote ("fiction' 12") whose note starts below, on
  // lines that start no note.
  std::unordered_set<int> note_lines;
  for (const auto& [n, at] : footnotes_) note_lines.insert(at.begin(), at.end());
  for (const auto& m : ordered_marks_) {
    if (!note_lines.count(m.first)) sequence_marks_.push_back(m);
  }
  for (size_t k = 0; k < lines.size(); ++k) {
    const int line = static_cast<int>(k) + 1;
    if (note_lines.count(line)) continue;
    const std::vector<Token>& tokens = document.chunks()[k];
    for (size_t i = 1; i < tokens.size(); ++i) {
      const int n = SmallNumber(tokens[i].text);
      const std::string& before = tokens[i - 1].text;
      if (n == 0 || before.empty() ||
          std::string_view(".'\"").find(before.back()) == std::string_view::npos) {
        continue;
      }
      if (FootnoteBelow(n, line)) sequence_marks_.emplace_back(line, n);
    }
  }
  std::stable_sort(sequence_marks_.begin(), sequence_marks_.end());
  // The notes' type is smaller than the body's, so their lines are wider:
  // the width halfway between the median first line of a note in sequence
  // and the median line with a clean mark in the body tells them apart.
  std::vector<size_t> note_widths, body_widths;
  auto width = [&](int line) {
    const std::string& t = lines[static_cast<size_t>(line) - 1];
    const size_t end = t.find_last_not_of(' ');
    return end == std::string::npos ? size_t{0}
                                    : utf8::Length(std::string_view(t).substr(0, end + 1));
  };
  for (const auto& [line, n] : note_starts_) note_widths.push_back(width(line));
  for (const auto& m : sequence_marks_) body_widths.push_back(width(m.first));
  if (note_widths.size() >= kMinWidthSample && body_widths.size() >= kMinWidthSample) {
    auto median = [](std::vector<size_t>& v) {
      std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
      return v[v.size() / 2];
    };
    const size_t note = median(note_widths), body = median(body_widths);
    if (note > body + kMinWidthGap) note_width_ = (note + body + 1) / 2;
  }
}

namespace {
// "Ibid", "ibid.", "\" ibid": a line a note's text starts, its number lost.
bool StartsWithIbid(const std::string& text) {
  size_t at = text.find_first_not_of(" \"'");
  if (at == std::string::npos || at > 2) return false;
  std::string word;
  while (at < text.size() && std::isalpha(static_cast<unsigned char>(text[at])))
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[at++])));
  return word == "ibid";
}
}  // namespace

int FootnoteMarkRule::LostNoteNumber(int line) const {
  const std::string& text = lines_[static_cast<size_t>(line) - 1];
  const bool ibid = StartsWithIbid(text);
  if (!ibid && (text.empty() || !std::isalpha(static_cast<unsigned char>(text[0])))) return 0;
  auto below = std::upper_bound(note_starts_.begin(), note_starts_.end(),
                                std::make_pair(line, std::numeric_limits<int>::max()));
  if (below == note_starts_.begin() || below == note_starts_.end()) return 0;
  const auto above = std::prev(below);
  if (above->first == line || line - above->first > kNoteNeighbourReach ||
      below->first - line > kWindow || below->second != above->second + 2) {
    return 0;
  }
  for (int k = above->first + 1; k < below->first; ++k) {
    if (k != line && StartsWithIbid(lines_[static_cast<size_t>(k) - 1])) return 0;
  }
  if (ibid) return above->second + 1;
  // Any other first line only where the layout shows it: the OCR leaves no
  // trailing space after a note's last line and one after every other, so
  // note N-1 ends right above this line, and this note right above N+1's.
  auto ends = [&](int k) {
    const std::string& t = lines_[static_cast<size_t>(k) - 1];
    return t.empty() || t.back() != ' ';
  };
  // Or: note N-1 runs on unbroken to the line right above and ends there,
  // and this line is as wide as the notes' smaller type makes a line, wider
  // than the body's ("Term used by Communist officials, ..." after note 82,
  // with note 84 on the next page).
  // A note ends as a sentence or a reference does ("Ibid, 90", "49."), not
  // on a word whose line only lost its trailing space ("Sekretara Koce").
  const std::string& last = lines_[static_cast<size_t>(line) - 2];
  const size_t last_end = last.find_last_not_of(' ');
  const bool closed =
      last_end != std::string::npos &&
      (last[last_end] == '.' || std::isdigit(static_cast<unsigned char>(last[last_end])));
  bool unbroken = closed && ends(line - 1);
  for (int k = above->first; k < line - 1 && unbroken; ++k) unbroken = !ends(k);
  const size_t width = text.find_last_not_of(' ') + 1;
  if (unbroken && width >= note_width_ && IsUpper(static_cast<unsigned char>(text[0]))) {
    return above->second + 1;
  }
  if (below->first - line > kNoteNeighbourReach) return 0;
  for (int k = above->first; k < below->first; ++k) {
    if (ends(k) != (k == line - 1 || k == below->first - 1)) return 0;
  }
  return above->second + 1;
}

int FootnoteMarkRule::StarWordNumber(int line, size_t column) const {
  // The marks read just before and after the word's line, none on its line;
  // before it, the last that reads in sequence with the one after (not a
  // mark cut to its last digits, "lager.7"), as far back as two windows
  // where several marks between were damaged.
  const std::pair<int, int>* after = nullptr;
  for (const auto& m : sequence_marks_) {
    if (m.first == line) return 0;
    if (m.first > line && m.first <= line + kWindow) {
      after = &m;
      break;
    }
  }
  if (!after) return 0;
  const std::pair<int, int>* before = nullptr;
  for (const auto& m : sequence_marks_) {
    if (m.first >= line) break;
    if (m.first >= line - 2 * kWindow && m.second < after->second &&
        m.second >= after->second - kMaxGap - 1) {
      before = &m;
    }
  }
  if (!before || after->second <= before->second + 1) return 0;
  // Each number left must have its note start below its own word, in order.
  auto note_below = [&](int n, int at) {
    auto f = footnotes_.find(n);
    if (f == footnotes_.end()) return false;
    return std::any_of(f->second.begin(), f->second.end(),
                       [&](int l) { return l > at && l <= at + kWindow; });
  };
  // A note whose number the scan lost: no line near starts it, while the
  // notes on either side of it start in order around the word.
  auto lost_below = [&](int n, int at) {
    if (auto f = footnotes_.find(n); f != footnotes_.end()) {
      for (int l : f->second) {
        if (l >= at - 2 * kWindow && l <= at + 2 * kWindow) return false;
      }
    }
    return note_below(n + 1, at) && footnotes_.count(n - 1) > 0;
  };
  struct Item {
    int line;
    size_t column;
    std::string digits;  // a cut mark's digits; empty for a star word
  };
  std::vector<Item> items;
  for (const StarWord& w : star_words_) {
    if (w.line <= before->first || w.line >= after->first) continue;
    bool any = false;
    for (int n = before->second + 1; n < after->second && !any; ++n)
      any = note_below(n, w.line) || lost_below(n, w.line);
    if (any) items.push_back({w.line, w.column, ""});
  }
  // Marks cut to their last digits, which read out of the sequence.
  for (const CutMark& m : glued_digits_) {
    if (m.line <= before->first || m.line >= after->first) continue;
    const int read = std::stoi(m.digits);
    if (read > before->second && read < after->second) continue;
    int fits = 0;
    for (int n = before->second + 1; n < after->second; ++n) {
      const std::string number = std::to_string(n);
      fits += number.size() > m.digits.size() && number.ends_with(m.digits);
    }
    if (fits == 1) items.push_back({m.line, m.column, m.digits});
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  if (static_cast<int>(items.size()) != after->second - before->second - 1) return 0;
  int found = 0;
  for (size_t k = 0; k < items.size(); ++k) {
    const int n = before->second + 1 + static_cast<int>(k);
    if (!items[k].digits.empty()) {
      if (!std::to_string(n).ends_with(items[k].digits)) return 0;
      continue;
    }
    if (!note_below(n, items[k].line) && !lost_below(n, items[k].line)) return 0;
    if (items[k].line == line && items[k].column == column) found = n;
  }
  return found;
}

bool FootnoteMarkRule::FootnoteBelow(int number, int line) const {
  auto f = footnotes_.find(number);
  if (f == footnotes_.end()) return false;
  for (int at : f->second) {
    if (at > line && at <= line + kWindow) return true;
  }
  return false;
}

bool FootnoteMarkRule::PastFirstNotes(int line) const {
  for (const auto& [at, n] : ordered_marks_) {
    if (at >= line) break;
    if (at >= line - kWindow && n >= 3) return true;
  }
  return false;
}

bool FootnoteMarkRule::LostBelow(int number, int line) const {
  if (number < 2) return false;
  if (auto f = footnotes_.find(number); f != footnotes_.end()) {
    for (int at : f->second) {
      if (at >= line - 2 * kWindow && at <= line + 2 * kWindow) return false;
    }
  }
  bool later = false;
  for (int next = number + 1; next <= number + kMaxGap && !later; ++next) {
    later = FootnoteBelow(next, line);
  }
  if (!later) return false;
  auto before = marks_.find(number - 1);
  if (before == marks_.end()) return false;
  for (int at : before->second) {
    if (at <= line && at >= line - kWindow) return true;
  }
  return false;
}

bool FootnoteMarkRule::Expected(int number, int line, bool or_lost) const {
  if (!FootnoteBelow(number, line) && !(or_lost && LostBelow(number, line))) return false;
  if (auto m = marks_.find(number); m != marks_.end()) {
    for (int at : m->second) {
      if (at != line && at >= line - kWindow && at <= line + kWindow) return false;
    }
  }
  return true;
}

int FootnoteMarkRule::ExpectedEndingWith(std::string_view tail, int line) const {
  int found = 0;
  for (const auto& [n, at] : footnotes_) {
    const std::string number = std::to_string(n);
    if (number.size() <= tail.size() || !number.ends_with(tail) || !Expected(n, line)) continue;
    if (found != 0) return 0;
    found = n;
  }
  return found;
}

int FootnoteMarkRule::FillsGap(std::string_view tail, int line) const {
  return FillsGapWith(tail, line, /*leading=*/false);
}

int FootnoteMarkRule::FillsGapWith(std::string_view digits, int line, bool leading) const {
  int before = 0, after = 0;
  for (const auto& [at, n] : ordered_marks_) {
    if (at < line && at >= line - kWindow) before = n;
    if (at > line && at <= line + kWindow) {
      after = n;
      break;
    }
  }
  // The numbering starts again with each chapter: a mark after smaller than
  // the one before means the gap runs from the chapter's first note.
  if (after > 0 && before >= after) before = 0;
  if (after <= before + 1 || after - before > kMaxGap) return 0;
  int found = 0;
  for (int n = before + 1; n < after; ++n) {
    const std::string number = std::to_string(n);
    if (leading ? !(number.starts_with(digits) && number.size() > digits.size())
                : !number.ends_with(digits)) {
      continue;
    }
    if (found != 0) return 0;
    found = n;
  }
  return found;
}

namespace {

// A word as written, or a hyphenated one whose parts are words ("mid-July").
bool WordOrCompound(std::string_view word, const Evidence& evidence) {
  if (evidence.WordLike(word)) return true;
  size_t start = 0;
  while (start <= word.size()) {
    size_t dash = word.find('-', start);
    if (dash == std::string_view::npos) dash = word.size();
    if (dash == start || !evidence.WordLike(word.substr(start, dash - start))) return false;
    start = dash + 1;
  }
  return true;
}

}  // namespace

int FootnoteMarkRule::SequenceNumberFor(const std::string& printed, int line) const {
  const int r = SmallNumber(printed);
  auto starts_within = [&](int n, int from, int to) {
    auto it = footnotes_.find(n);
    if (it == footnotes_.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(),
                       [&](int at) { return at != line && at >= line + from && at <= line + to; });
  };
  // The printed number must be out of sequence here.
  if (starts_within(r - 1, -kNoteNeighbourReach, 0) || starts_within(r + 1, 0, kNoteNeighbourReach))
    return 0;
  int found = 0;
  auto consider = [&](const std::string& other) {
    const int n = SmallNumber(other);
    // One neighbour right beside it, the other at most a page away.
    const bool before_close = starts_within(n - 1, -kNoteNeighbourReach, 0);
    const bool after_close = starts_within(n + 1, 0, kNoteNeighbourReach);
    const bool neighbours = (before_close && (after_close || starts_within(n + 1, 0, kWindow))) ||
                            (after_close && starts_within(n - 1, -kWindow, 0));
    // A one-digit number is one substitution from any other: its mark in
    // the body above must vouch for the reading too ("6 Ibid." under "side.8").
    const bool mark_above = [&] {
      auto it = marks_.find(n);
      return it != marks_.end() && std::any_of(it->second.begin(), it->second.end(), [&](int at) {
               return at < line && at >= line - kWindow;
             });
    }();
    if (n > 0 && neighbours && !starts_within(n, -kWindow, kWindow) &&
        (printed.size() > 1 || mark_above)) {
      if (found > 0 && found != n) found = -1;
      if (found == 0) found = n;
    }
  };
  // One digit misread ("64" for 54), the first digit lost ("73" for 173),
  // or the last ("1" for 13).
  for (size_t at = 0; at < printed.size(); ++at) {
    for (char d = '0'; d <= '9'; ++d) {
      if (d == printed[at] || (at == 0 && d == '0')) continue;
      std::string other = printed;
      other[at] = d;
      consider(other);
    }
  }
  for (char d = '1'; d <= '9'; ++d) consider(std::string(1, d) + printed);
  if (printed.size() < 3) {
    for (char d = '0'; d <= '9'; ++d) consider(printed + d);
  }
  return std::max(found, 0);
}

void FootnoteMarkRule::Apply(LineEditor& line, const Evidence& evidence) const {
  const int here = line.line_number();
  // "76Veljko Mićunović": a note's number glued to its first word, where the
  // notes' sequence has that number start here.
  if (!line.tokens().empty() && line.tokens()[0].emendation < 0) {
    const GluedNoteStart g = ParseGluedNoteStart(line.tokens()[0].text);
    const WordParts w = SplitWord(g.word);
    auto f = footnotes_.find(g.n);
    if (g.n > 0 && f != footnotes_.end() &&
        std::count(f->second.begin(), f->second.end(), here) > 0 && evidence.Known(w.core)) {
      line.Propose({0, 1, std::to_string(g.n) + " " + g.word, EmendationClass::kSplit, 0.8,
                    "join: footnote " + std::to_string(g.n) +
                        " starts here in the notes' sequence, its number glued to '" +
                        std::string(w.core) + "'"});
    }
  }
  // "Ibid, 90" between notes 76 and 78: a note's number lost.
  if (const int n = LostNoteNumber(here); n > 0 && !line.tokens().empty()) {
    const std::string& first = line.tokens()[0].text;
    line.Propose({0, 1, std::to_string(n) + " " + first, EmendationClass::kConfusion, 0.8,
                  "footnote: note " + std::to_string(n - 1) + " starts above, note " +
                      std::to_string(n + 1) + " below, and this note has lost its number"});
  }
  // "64 Cable ..." between notes 53 and 55: a note's number with one digit
  // misread, where the notes right before and after it number around the one
  // the sequence lacks and its printed number is out of sequence.
  if (line.tokens().size() >= 2 && line.tokens()[0].emendation < 0) {
    const std::string& printed = line.tokens()[0].text;
    const int r = SmallNumber(printed);
    if (r > 0 && std::isalpha(static_cast<unsigned char>(line.tokens()[1].text[0]))) {
      if (const int n = SequenceNumberFor(printed, here); n > 0) {
        line.Propose({0, 1, std::to_string(n), EmendationClass::kConfusion, 0.8,
                      "confusion: notes " + std::to_string(n - 1) + " and " +
                          std::to_string(n + 1) + " stand around this one, the sequence has no " +
                          std::to_string(n) + ", and '" + printed + "' is one digit from it"});
      }
    }
  }
  for (size_t i = 0; i < line.tokens().size(); ++i) {
    const auto& tokens = line.tokens();
    const std::string& text = tokens[i].text;
    // "lager.'": the mark read as a quote; only one number fits the gap, its
    // footnote starts below, and no quotation is open to be closed here.
    if (const std::string_view word = MarkReadAsQuote(text);
        !word.empty() && tokens[i].emendation < 0) {
      const int n = FillsGap("", here);
      if (n > 0 && FootnoteBelow(n, here) && !QuoteOpenBefore(lines_, here, tokens[i].begin)) {
        line.Propose({i, 1, std::string(word) + "." + std::to_string(n),
                      EmendationClass::kConfusion, 0.7,
                      "confusion: the clean marks around leave footnote " + std::to_string(n) +
                          " unmarked, and no quotation is open for '" +
                          text.substr(text.size() - 1) + "' to close"});
        continue;
      }
    }
    // "support. '23": a closing quote and a mark whose first digit was lost,
    // set apart from the sentence's full stop; the number the clean marks
    // around leave that ends with the digits read.
    if (i > 0 && tokens[i].emendation < 0 && tokens[i - 1].emendation < 0 && text.size() >= 2 &&
        text.size() <= 4 && text[0] == '\'') {
      const std::string digits = text.substr(1);
      const std::string& before = tokens[i - 1].text;
      const WordParts w = SplitWord(before);
      if (SmallNumber(digits) > 0 && digits.size() <= 2 && w.suffix == "." && !w.core.empty() &&
          AllLetters(w.core)) {
        int n = FillsGap(digits, here);
        if (n == 0) n = ExpectedEndingWith(digits, here);
        if (n > 0 && std::to_string(n) != digits && FootnoteBelow(n, here)) {
          line.Propose({i - 1, 2, before + "'" + std::to_string(n), EmendationClass::kPunct, 0.7,
                        "punct: a closing quote, then footnote " + std::to_string(n) +
                            "'s mark with its first digit lost, which the clean marks around "
                            "leave"});
          continue;
        }
      }
    }
    // "USSR.8'": a mark whose last digit was read as a quote; the one number
    // the clean marks around leave that starts with the digits read, its
    // note below.
    if (tokens[i].emendation < 0 && text.size() >= 5 && text.back() == '\'') {
      const std::string_view chunk(text.data(), text.size() - 1);
      size_t at = 0;
      if (GluedMark(chunk, &at) > 0 && at > 1 && chunk[at - 1] == '.' &&
          std::isalpha(static_cast<unsigned char>(chunk[at - 2]))) {
        const std::string digits(chunk.substr(at));
        int n = digits.size() <= 2 ? FillsGapWith(digits, here, /*leading=*/true) : 0;
        // No clean mark after it near: the number right after the last clean
        // one, if its note starts below and has no mark yet.
        if (n == 0 && digits.size() <= 2) {
          int before = 0;
          for (const auto& [at, number] : ordered_marks_) {
            if (at >= here) break;
            if (at >= here - kWindow) before = number;
          }
          const std::string next = std::to_string(before + 1);
          if (before > 0 && next.size() == digits.size() + 1 && next.starts_with(digits) &&
              Expected(before + 1, here)) {
            n = before + 1;
          }
        }
        if (n > 0 && FootnoteBelow(n, here)) {
          line.Propose({i, 1, std::string(chunk.substr(0, at)) + std::to_string(n),
                        EmendationClass::kConfusion, 0.7,
                        "confusion: the clean marks around leave footnote " + std::to_string(n) +
                            ", whose last digit the OCR read as a quote after '" + digits + "'"});
          continue;
        }
      }
    }
    // "'lager*.": the star is a closing quote and a mark whose digits were
    // lost; the sequence around gives the number. The quote rule may have
    // read the star as the quote already: the mark is added to its reading.
    if (const size_t begin = tokens[i].begin;
        IsStarWord(line.original().substr(begin, tokens[i].end - begin))) {
      if (const int n = StarWordNumber(here, begin); n > 0) {
        std::string reading = text;
        if (const size_t star = reading.rfind('*'); star != std::string::npos) reading[star] = '\'';
        line.Propose({i, 1, reading + std::to_string(n), EmendationClass::kPunct, 0.7,
                      "punct: the marks read around leave footnote " + std::to_string(n) +
                          " for this word, whose star stands for a closing quote and the mark"});
        continue;
      }
    }
    // "aid.m", "Stalin .m": the mark's digits read as letters; the marks read
    // around leave this word its number, as for a star.
    if (const LetterMark m = ParseLetterMark(text); m.found && tokens[i].emendation < 0) {
      const bool apart = m.word.empty();
      const bool word_before = apart && i > 0 && tokens[i - 1].emendation < 0 &&
                               AllLetters(SplitWord(tokens[i - 1].text).core) &&
                               SplitWord(tokens[i - 1].text).suffix.empty();
      // Or the one number the clean marks around leave, its note below or
      // lost in the scan there.
      int n = StarWordNumber(here, tokens[i].begin);
      if (n == 0) {
        const int gap = FillsGap("", here);
        if (gap > 0 && (FootnoteBelow(gap, here) || LostBelow(gap, here))) n = gap;
      }
      if (n > 0 && (!apart || word_before)) {
        const std::string number = std::to_string(n);
        const std::string evidence_text = "punct: the marks read around leave footnote " + number +
                                          " for this word, and '" + text +
                                          "' is its mark read as letters";
        if (apart) {
          line.Propose({i - 1, 2, tokens[i - 1].text + "." + number, EmendationClass::kPunct, 0.7,
                        evidence_text});
        } else {
          line.Propose({i, 1, m.word + "." + number, EmendationClass::kPunct, 0.7, evidence_text});
        }
        continue;
      }
    }
    // "Socialism1 in", "affair1.": a closing quote read as a 1 glued to a
    // word, where the chapter's notes are well past 1 and no footnote 1
    // starts below; a word follows (not more garbled glyphs: "aspect1 *").
    const std::string& next_word = i + 1 < tokens.size() ? tokens[i + 1].text : line.following();
    if (const QuoteReadAsOne q = ParseQuoteReadAsOne(text);
        !q.word.empty() && tokens[i].emendation < 0 && evidence.Known(q.word) &&
        PastFirstNotes(here) && !FootnoteBelow(1, here) && !next_word.empty() &&
        std::isalpha(static_cast<unsigned char>(next_word[0]))) {
      line.Propose(
          {i, 1, q.word + "'" + q.rest, EmendationClass::kPunct, 0.7,
           "punct: the notes here are past 1 and no footnote 1 starts below, so the '1' after '" +
               q.word + "' is a closing quotation mark"});
      continue;
    }
    // "salt.*3", "USSR.U6", "a.2": a word, its full stop, a garbled or
    // truncated mark that only one number in the sequence's gap fits.
    if (const GarbledMark g = ParseGarbledMark(text); !g.word.empty()) {
      int n = FillsGap(g.digits, here);
      // Without clean marks around, the notes below decide: one note starting
      // on the page whose number ends so and whose mark is nowhere else.
      if (n == 0) n = ExpectedEndingWith(g.digits, here);
      // Its note starts below, or the scan lost it there ("Satellites.0"
      // between 129 and 131, the notes of that page gone).
      if (n > 0 && std::to_string(n) != g.digits &&
          (FootnoteBelow(n, here) || LostBelow(n, here))) {
        line.Propose({i, 1, g.word + "." + std::to_string(n) + g.suffix, EmendationClass::kPunct,
                      0.7,
                      "punct: the clean marks around leave footnote " + std::to_string(n) +
                          " unmarked, and '" + g.mark + "' reads as its end"});
        continue;
      }
    }
    const std::string& after = i + 1 < tokens.size() ? tokens[i + 1].text : line.following();
    // "mid-July48 During": the mark glued to the last word, the full stop
    // lost; a sentence starts after it, or the line ends.
    if (size_t at = 0; tokens[i].emendation < 0) {
      const int n = GluedMark(text, &at);
      const bool letters_before =
          n > 0 && at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1]));
      const bool ends = i + 1 == tokens.size() || StartsSentence(after);
      if (letters_before && text.size() == at + std::to_string(n).size() && ends &&
          Expected(n, here) && SplitWord(text.substr(0, at)).prefix.empty() &&
          WordOrCompound(text.substr(0, at), evidence)) {
        line.Propose(
            {i, 1, text.substr(0, at) + "." + text.substr(at), EmendationClass::kPunct, 0.8,
             "punct: footnote " + std::to_string(n) +
                 " starts below and has no other mark; the full stop before its mark was lost"});
        continue;
      }
    }
    // "since 194844 Khrushchev": a year, then the mark glued on, the full
    // stop between them lost; a sentence starts after it, or the line ends.
    if (tokens[i].emendation < 0 && text.size() >= 5 && text.size() <= 7 &&
        std::all_of(text.begin(), text.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
        (text.starts_with("18") || text.starts_with("19") || text.starts_with("20")) &&
        text[4] != '0') {
      const int n = SmallNumber(std::string_view(text).substr(4));
      const bool ends = i + 1 == tokens.size() || StartsSentence(after);
      if (n > 0 && ends && Expected(n, here)) {
        line.Propose({i, 1, text.substr(0, 4) + "." + text.substr(4), EmendationClass::kPunct, 0.8,
                      "punct: footnote " + std::to_string(n) +
                          " starts below and has no other mark; the year " + text.substr(0, 4) +
                          " ends the sentence and its full stop was lost"});
        continue;
      }
    }
    // "Union. 46", "forget.87": the mark closes a quotation in double quotes,
    // and the closing quote between the full stop and the mark was lost (read
    // as a space, or not at all).
    {
      size_t at = 0;
      const int glued = GluedMark(text, &at);
      const bool glued_after_stop = glued > 0 && at > 0 && text[at - 1] == '.' &&
                                    tokens[i].emendation < 0 && Expected(glued, here);
      const WordParts w = SplitWord(text);
      const int apart = !glued_after_stop && i + 1 < tokens.size() && w.suffix == "." &&
                                !w.core.empty() && AllLetters(w.core)
                            ? SmallNumber(tokens[i + 1].text)
                            : 0;
      if ((glued_after_stop || (apart > 0 && Expected(apart, here))) &&
          DoubleQuoteOpenBefore(lines_, here, tokens[i].begin)) {
        const std::string reading = glued_after_stop ? text.substr(0, at) + "\"" + text.substr(at)
                                                     : std::string(w.prefix) + std::string(w.core) +
                                                           ".\"" + tokens[i + 1].text;
        line.Propose({i, glued_after_stop ? size_t{1} : size_t{2}, reading, EmendationClass::kPunct,
                      0.8,
                      "punct: footnote " + std::to_string(glued_after_stop ? glued : apart) +
                          "'s mark ends a quotation opened with a double quote, and its "
                          "closing quote was lost"});
        continue;
      }
      // "steps. 145" after "that ' Mr. Khrushchev ...": the same with a
      // single quote open, where the space before the mark is the lost
      // quote's trace (a mark glued to the stop closes nothing here).
      if (apart > 0 && Expected(apart, here) && QuoteOpenBefore(lines_, here, tokens[i].begin)) {
        line.Propose({i, 2, std::string(w.prefix) + std::string(w.core) + ".'" + tokens[i + 1].text,
                      EmendationClass::kPunct, 0.8,
                      "punct: footnote " + std::to_string(apart) +
                          "'s mark, set apart, ends a quotation opened with a single quote, and "
                          "its closing quote was lost"});
        continue;
      }
    }
    // "negotiations.12 Indeed" between marks 119 and 121: a mark whose last
    // digits were lost. No note 12 starts near; the one number the clean
    // marks around leave begins with its digits, and its note starts below.
    if (size_t at = 0; tokens[i].emendation < 0) {
      const int glued = GluedMark(text, &at);
      if (glued > 0 && at > 1 && text[at - 1] == '.' &&
          std::isalpha(static_cast<unsigned char>(text[at - 2])) && !FootnoteBelow(glued, here)) {
        const std::string digits = std::to_string(glued);
        const int n = FillsGapWith(digits, here, /*leading=*/true);
        if (n > 0 && FootnoteBelow(n, here)) {
          line.Propose({i, 1,
                        text.substr(0, at) + std::to_string(n) + text.substr(at + digits.size()),
                        EmendationClass::kPunct, 0.7,
                        "punct: the clean marks around leave footnote " + std::to_string(n) +
                            " unmarked, its note starts below, and '" + digits +
                            "' is its start; no note " + digits + " is near"});
          continue;
        }
      }
    }
    // "considerations,115 He": a comma cannot end the sentence the capital starts.
    size_t digits_at = 0;
    if (const int n = GluedMark(text, &digits_at);
        n > 0 && digits_at > 0 && text[digits_at - 1] == ',' && !after.empty() &&
        StartsSentence(after) && Expected(n, here, /*or_lost=*/true)) {
      std::string reading = text;
      reading[digits_at - 1] = '.';
      line.Propose(
          {i, 1, reading, EmendationClass::kPunct, 0.8,
           "punct: footnote " + std::to_string(n) +
               " starts below (or was lost in the scan) and has no other mark; a comma cannot "
               "close the sentence before '" +
               std::string(SplitWord(after).core) + "'"});
      continue;
    }
    // "experts 45" at a sentence end: the mark stands apart and the full stop is lost.
    if (i + 1 >= tokens.size()) continue;
    const int n = SmallNumber(tokens[i + 1].text);
    if (n == 0) continue;
    const WordParts w = SplitWord(text);
    if (w.core.empty() || !AllLetters(w.core) || !w.prefix.empty()) continue;
    // "vigilance. 2" is typed so (the mark after a space); only a lost full stop is repaired.
    if (!w.suffix.empty()) continue;
    if (WordClasses::IsFunctionWord(w.core)) continue;
    const std::string next = i + 2 < tokens.size() ? tokens[i + 2].text : line.following();
    const bool sentence_end = i + 2 >= tokens.size() || StartsSentence(next);
    if (!sentence_end || !Expected(n, here)) continue;
    line.Propose({i, 2, std::string(w.core) + "." + tokens[i + 1].text, EmendationClass::kPunct,
                  0.8,
                  "punct: footnote " + std::to_string(n) +
                      " starts below and has no other mark; the mark follows the sentence's lost "
                      "full stop"});
  }
}

}  // namespace emend::correct
