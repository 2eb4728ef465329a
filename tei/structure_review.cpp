#include "tei/structure_review.hpp"

#include <algorithm>

#include "core/trim.hpp"

namespace emend::tei {
namespace {

// The first or last few words of a line: enough to find it again.
std::string Words(const std::string& line, bool last) {
  const std::string t = Trim(line);
  constexpr size_t kWords = 5;
  std::vector<size_t> spaces;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == ' ') spaces.push_back(i);
  }
  if (spaces.size() < kWords) return t;
  return last ? t.substr(spaces[spaces.size() - kWords] + 1) : t.substr(0, spaces[kWords - 1]);
}

std::string SeriesLabel(const Structure& s, int series) {
  if (series < 0 || static_cast<size_t>(series) >= s.divisions.size()) return "?";
  const Division& d = s.divisions[series];
  return d.kind == DivisionKind::kIntroduction  ? "intro"
         : d.kind == DivisionKind::kConclusions ? "concl"
                                                : d.n;
}

}  // namespace

std::vector<StructureDoubt> StructureDoubts(const std::vector<std::string>& lines,
                                            const Structure& s) {
  std::vector<StructureDoubt> out;
  for (const Footnote& n : s.notes) {
    const std::string id = SeriesLabel(s, n.series) + "." + std::to_string(n.n);
    if (n.lost) {
      if (!n.reference_found) {
        out.push_back({n.first_line,
                       "note " + id +
                           ": text lost in the scan and its mark not found; placed at the page end",
                       ""});
      }
      continue;
    }
    if (n.number_inferred) {
      out.push_back({n.first_line, "note " + id + ": number inferred from the sequence",
                     "note\t" + id + "\t" + Words(lines[n.first_line], false)});
    }
    if (!n.reference_found) {
      out.push_back({n.first_line,
                     "note " + id + ": mark not found in the body; placed at the page end", ""});
    }
  }
  for (const PageEnd& e : s.pages) {
    if (!e.inferred || e.next_page <= 1) continue;
    out.push_back({e.line,
                   "page " + std::to_string(e.next_page - 1) + ": end placed by line counts",
                   "page\t" + std::to_string(e.next_page - 1) + "\t" + Words(lines[e.line], true)});
  }
  std::stable_sort(out.begin(), out.end(), [](const StructureDoubt& a, const StructureDoubt& b) {
    return a.line < b.line;
  });
  return out;
}

}  // namespace emend::tei
