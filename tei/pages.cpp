#include "tei/pages.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace emend::tei {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// A section heading on another page than the contents give: possible (the
// contents may be wrong), but dear.
constexpr double kSectionMismatch = 25;
// A page end after a line that ends a sentence: most such lines end a paragraph.
constexpr double kSentenceEnd = 3;
// A page end the layout shows (before a block of notes) left out: the block
// may be misread, but rarely.
constexpr double kDropCertain = 8;

bool Blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }

bool EndsSentence(const std::string& line) {
  const size_t e = line.find_last_not_of(" \t");
  if (e == std::string::npos) return true;
  const char c = line[e];
  return c == '.' || c == '?' || c == '!' || c == ':' || c == '\'' || c == '"' || c == ')' ||
         (c >= '0' && c <= '9');
}

class PageFinder {
 public:
  PageFinder(const std::vector<std::string>& lines, const StructureProfile& p,
             const StructureHints& hints, Structure& s)
      : lines_(lines), p_(p), s_(s), n_(lines.size()) {
    certain_.insert(s.page_ends.begin(), s.page_ends.end());
    // A division that opens a page: chapters, the introduction, the conclusions, the bibliography.
    for (const Division& d : s.divisions) {
      if (d.kind == DivisionKind::kSection || d.line == 0) continue;
      // The page before ends with its last body line (its notes follow it).
      size_t last = d.line - 1;
      while (last > 0 && (Blank(lines_[last]) || s.roles[last] == LineRole::kNote)) --last;
      certain_.insert(last);
      hard_.insert(last);
      int page = d.page;
      if (page == 0 && d.kind == DivisionKind::kIntroduction) page = ContentsPageByTitle(d.head);
      openings_.push_back({d.line, last, page, d.kind == DivisionKind::kBibliography});
    }
    // An editor's page end: the next page opens there, with its number.
    for (const auto& [line, page] : hints.page_ends) {
      if (line + 1 >= n_) continue;
      certain_.insert(line);
      hard_.insert(line);
      openings_.push_back({line + 1, line, page + 1, false});
    }
    std::sort(openings_.begin(), openings_.end(),
              [](const Opening& a, const Opening& b) { return a.line < b.line; });
    for (const Division& d : s.divisions) {
      if (d.kind == DivisionKind::kSection && d.page > 0) sections_.push_back({d.line, d.page});
    }
    body_before_.assign(n_ + 1, 0);
    for (size_t k = 0; k < n_; ++k) {
      const bool body =
          (s.roles[k] == LineRole::kBody || s.roles[k] == LineRole::kHeading) && !Blank(lines_[k]);
      body_before_[k + 1] = body_before_[k] + body;
    }
    notes_after_.assign(n_, 0);
    for (size_t k = n_; k-- > 0;) {
      size_t j = k + 1, count = 0;
      while (j < n_ && (s.roles[j] == LineRole::kNote || Blank(lines_[j])))
        count += s.roles[j++] == LineRole::kNote;
      notes_after_[k] = count;
    }
  }

  void Run() {
    std::vector<PageEnd> pages;
    for (size_t o = 0; o < openings_.size(); ++o) {
      const Opening& a = openings_[o];
      if (a.page == 0 && pages.empty()) continue;  // nothing numbered yet
      const int first_page = a.page > 0 ? a.page : pages.back().next_page;
      // The stretch runs to the next opening whose page is known; openings in
      // between without a number are page ends the stretch must keep.
      size_t next = o + 1;
      while (next < openings_.size() && openings_[next].page == 0) ++next;
      const bool closed = next < openings_.size();
      const size_t stretch_end = closed ? openings_[next].last_line : LastBodyLine(a.line);
      const int pages_wanted = closed ? openings_[next].page - first_page : -1;
      if (a.last_line < n_ && (pages.empty() || pages.back().line != a.last_line)) {
        pages.push_back({a.last_line, first_page, false});
      }
      if (a.end_matter) break;
      Segment(a.line, stretch_end, first_page, pages_wanted, closed, pages);
      o = next - 1;
    }
    s_.pages = pages;
    s_.page_ends.clear();
    for (const PageEnd& e : pages) s_.page_ends.push_back(e.line);
    std::sort(s_.page_ends.begin(), s_.page_ends.end());
  }

 private:
  struct Opening {
    size_t line, last_line;  // the heading; the last line of the page before
    int page;                // the page the heading opens, 0 if unknown
    bool end_matter;         // the bibliography: its pages are not counted
  };

  int ContentsPageByTitle(const std::string& head) const {
    auto lower = [](std::string t) {
      for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return t;
    };
    for (const ContentsEntry& e : s_.contents) {
      if (e.label.empty() && lower(e.title) == lower(head)) return e.page;
    }
    return 0;
  }

  size_t LastBodyLine(size_t from) const {
    size_t last = from;
    size_t stop = n_;
    for (const Opening& o : openings_) {
      if (o.end_matter && o.line > from) stop = std::min(stop, o.line);
    }
    for (size_t k = from; k < stop; ++k) {
      if ((s_.roles[k] == LineRole::kBody || s_.roles[k] == LineRole::kHeading) &&
          !Blank(lines_[k]))
        last = k;
    }
    return last;
  }

  // A page whose body runs over the lines (from, to]: how far its length
  // strays from what its notes leave room for.
  double PageCost(size_t from, size_t to, bool last_of_stretch) const {
    const double body = static_cast<double>(body_before_[to + 1] - body_before_[from + 1]);
    const double room = p_.body_lines_per_page -
                        p_.body_lines_per_note_line * static_cast<double>(notes_after_[to]);
    const double z = (body - room) / p_.page_lines_spread;
    if (last_of_stretch && body < room) return 0;  // a chapter's last page may be short
    return z * z / 2;
  }

  // Chooses the page ends in (begin, end]: the certain ones and as many more
  // as make `wanted` pages (any number when wanted < 0), numbered from first_page.
  void Segment(size_t begin, size_t end, int first_page, int wanted, bool closed,
               std::vector<PageEnd>& out) {
    std::vector<size_t> at;  // positions: certain ends and candidates, in order
    std::vector<double> extra;
    std::vector<char> must, soft;
    for (size_t k = begin; k <= end && k < n_; ++k) {
      const bool is_certain = certain_.count(k) > 0;
      bool candidate = false;
      if (!is_certain && s_.roles[k] == LineRole::kBody && !Blank(lines_[k]) &&
          lines_[k].back() != ' ') {
        size_t j = k + 1;
        while (j < n_ && Blank(lines_[j])) ++j;
        // The next page begins with body text or with a section's heading.
        candidate = j < n_ && (s_.roles[j] == LineRole::kBody || s_.roles[j] == LineRole::kHeading);
      }
      if (!is_certain && !candidate && k != end) continue;
      at.push_back(k);
      extra.push_back(is_certain || k == end ? 0 : EndsSentence(lines_[k]) ? kSentenceEnd : 0);
      must.push_back(hard_.count(k) > 0 || k == end);
      soft.push_back(is_certain && !must.back());
    }
    const size_t m = at.size();
    if (m == 0) return;
    const int max_pages = wanted > 0 ? wanted : static_cast<int>(m);
    // cost[j][c]: the c-th page (1-based) of the stretch ends at at[j].
    std::vector<std::vector<double>> cost(m, std::vector<double>(max_pages + 1, kInfinity));
    std::vector<std::vector<int>> from(m, std::vector<int>(max_pages + 1, -1));
    const double max_body = 2.5 * p_.body_lines_per_page;
    for (size_t j = 0; j < m; ++j) {
      // Previous end: the stretch's start (i = -1) or an earlier position with
      // no certain end between.
      double dropped = 0;  // certain ends skipped between at[i] and at[j]
      for (int i = static_cast<int>(j) - 1; i >= -1; --i) {
        const size_t prev = i < 0 ? begin - 1 : at[i];
        if (body_before_[at[j] + 1] - body_before_[prev + 1] > max_body) break;
        if (i + 1 < static_cast<int>(j) && soft[i + 1]) dropped += kDropCertain;
        for (int c = 1; c <= max_pages; ++c) {
          const double before = i < 0 ? (c == 1 ? 0 : kInfinity) : cost[i][c - 1];
          if (before == kInfinity) continue;
          const int page = first_page + c - 1;
          // The stretch's last page is the last before the next opening (or
          // the text's end): it may be short, whether the contents close the
          // stretch or not.
          double add = PageCost(prev, at[j], j + 1 == m) + extra[j] + dropped;
          for (const auto& [line, p] : sections_) {
            if (line > prev && line <= at[j] && p != page) add += kSectionMismatch;
          }
          if (before + add < cost[j][c]) {
            cost[j][c] = before + add;
            from[j][c] = i;
          }
        }
        if (i >= 0 && must[i]) break;
      }
    }
    int pages = -1;
    if (wanted > 0) {
      if (cost[m - 1][wanted] < kInfinity) pages = wanted;
    } else {
      double best = kInfinity;
      for (int c = 1; c <= max_pages; ++c) {
        if (cost[m - 1][c] < best) {
          best = cost[m - 1][c];
          pages = c;
        }
      }
    }
    std::vector<PageEnd> chosen;
    if (pages > 0) {
      for (int j = static_cast<int>(m) - 1, c = pages; j >= 0 && c >= 1; j = from[j][c], --c) {
        chosen.push_back({at[j], first_page + c, !must[j] && !soft[j]});
      }
      std::reverse(chosen.begin(), chosen.end());
    } else {
      // The contents and the layout disagree: keep the certain ends, counted on.
      int page = first_page;
      for (size_t j = 0; j < m; ++j) {
        if (must[j] || soft[j]) chosen.push_back({at[j], ++page, false});
      }
    }
    for (const PageEnd& e : chosen) {
      if (!closed || e.line != end) out.push_back(e);
    }
  }

  const std::vector<std::string>& lines_;
  const StructureProfile& p_;
  Structure& s_;
  const size_t n_;
  std::set<size_t> certain_;  // page ends the layout shows
  std::set<size_t> hard_;     // page ends before a division that opens a page
  std::vector<Opening> openings_;
  std::vector<std::pair<size_t, int>> sections_;
  std::vector<size_t> body_before_;  // body lines before line k
  std::vector<size_t> notes_after_;  // note lines right after line k
};

}  // namespace

void FindPages(const std::vector<std::string>& lines, const StructureProfile& profile,
               const StructureHints& hints, Structure& s) {
  PageFinder(lines, profile, hints, s).Run();
}

}  // namespace emend::tei

namespace emend::tei {
namespace {

// The page that holds `line`: the last one whose first line is at or before it.
size_t PageOf(const std::vector<ScannedPage>& scanned, size_t line) {
  size_t page = 0;
  for (size_t i = 0; i < scanned.size() && scanned[i].first_line <= line; ++i) page = i;
  return page;
}

}  // namespace

void PlaceScannedPages(const std::vector<std::string>& lines,
                       const std::vector<ScannedPage>& scanned, Structure& s) {
  s.pages.clear();
  s.page_ends.clear();
  const size_t count = scanned.size();
  if (count < 2) return;
  // The numbers: read, checked against the run of read neighbours.
  std::vector<int> number(count, 0);
  std::vector<char> inferred(count, 0);
  for (size_t i = 0; i < count; ++i) number[i] = scanned[i].number;
  for (size_t i = 0; i < count; ++i) {
    if (scanned[i].number <= 0) continue;
    size_t j = i, k = i + 1;
    while (j > 0 && scanned[j - 1].number <= 0) --j;
    while (k < count && scanned[k].number <= 0) ++k;
    if (j == 0 || k == count) continue;
    const int before = scanned[j - 1].number, after = scanned[k].number;
    const int distance = static_cast<int>(k - (j - 1));
    if (after - before == distance && scanned[i].number != before + static_cast<int>(i - (j - 1))) {
      number[i] = before + static_cast<int>(i - (j - 1));
      inferred[i] = 1;
    }
  }
  // The contents' pages for the divisions on a page.
  std::vector<int> contents(count, 0);
  for (const Division& d : s.divisions) {
    const size_t page = PageOf(scanned, d.line);
    if (d.page > 0 && contents[page] == 0) contents[page] = d.page;
  }
  const size_t first_counted =
      s.divisions.empty() ? count : PageOf(scanned, s.divisions.front().line);
  for (size_t i = first_counted; i < count; ++i) {
    if (number[i] > 0) continue;
    inferred[i] = 1;
    if (contents[i] > 0) {
      number[i] = contents[i];
      continue;
    }
    if (i > first_counted && number[i - 1] > 0) number[i] = number[i - 1] + 1;
  }
  // Pages before the first one numbered so: counted back from it.
  for (size_t i = count; i-- > first_counted;) {
    if (number[i] == 0 && i + 1 < count && number[i + 1] > 1) number[i] = number[i + 1] - 1;
  }
  // The ends: each page's last line of text that is not a note.
  auto blank = [&](size_t k) { return lines[k].find_first_not_of(" \t") == std::string::npos; };
  for (size_t i = 1; i < count; ++i) {
    const size_t from = scanned[i - 1].first_line,
                 to = std::min(scanned[i].first_line, lines.size());
    if (to == 0) continue;  // nothing before this page
    // A page of notes only ends after them; an empty page where the page
    // before ends, so that its break and this one fall on the same line.
    const size_t search_from = to > from ? from : 0;
    size_t end = to - 1;
    for (size_t k = to; k-- > search_from;) {
      if (!blank(k) && s.roles[k] != LineRole::kNote) {
        end = k;
        break;
      }
    }
    PageEnd e;
    e.line = end;
    e.next_page = number[i];
    e.next_sheet = scanned[i].sheet;
    e.number_inferred = inferred[i] && number[i] > 0;
    // A page without text after: the next page's break stands at the same place.
    if (!s.pages.empty() && s.pages.back().line == end) s.pages.pop_back();
    s.pages.push_back(e);
  }
  for (const PageEnd& e : s.pages) s.page_ends.push_back(e.line);
  std::sort(s.page_ends.begin(), s.page_ends.end());
}

}  // namespace emend::tei
