#include "tei/structure_decisions.hpp"

#include <charconv>
#include <regex>

#include "core/error.hpp"
#include "core/text_file.hpp"
#include "core/trim.hpp"
#include "core/tsv_field.hpp"

namespace emend::tei {
namespace {

bool PositiveNumber(const std::string& s, int& n) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  return ec == std::errc() && end == s.data() + s.size() && n > 0 && n < 100000;
}

}  // namespace

std::string StructureDecisionsHeader() { return "kind\ttarget\ttext"; }

std::vector<StructureDecision> ReadStructureDecisions(const std::string& path) {
  const auto lines = ReadTextLines(path);
  std::vector<StructureDecision> out;
  bool header = false;
  static const std::regex note_target("(intro|concl|[IVX]+)\\.([0-9]+)");
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::string& line = lines[k];
    const int number = static_cast<int>(k) + 1;
    if (line.empty() || line[0] == '#') continue;
    if (!header) {
      if (line != StructureDecisionsHeader()) {
        throw InputError(path, number, 1,
                         "expected the header '" + StructureDecisionsHeader() + "'");
      }
      header = true;
      continue;
    }
    const auto f = SplitFields(line);
    if (f.size() != 3) {
      throw InputError(path, number, 1,
                       "expected 3 tab-separated fields, found " + std::to_string(f.size()));
    }
    StructureDecision d;
    d.line = number;
    const int target_column = static_cast<int>(f[0].size()) + 2;
    const int text_column = target_column + static_cast<int>(f[1].size()) + 1;
    if (f[0] == "page") {
      d.page = true;
      if (!PositiveNumber(f[1], d.n))
        throw InputError(path, number, target_column, "expected a page number, not '" + f[1] + "'");
    } else if (f[0] == "note") {
      std::smatch m;
      if (!std::regex_match(f[1], m, note_target) || !PositiveNumber(m[2].str(), d.n)) {
        throw InputError(
            path, number, target_column,
            "expected a note as series.number ('II.58', 'intro.3'), not '" + f[1] + "'");
      }
      d.series = m[1].str();
    } else {
      throw InputError(path, number, 1, "unknown kind '" + f[0] + "' (note or page)");
    }
    d.text = Trim(f[2]);
    if (d.text.empty())
      throw InputError(path, number, text_column,
                       "empty text: a decision needs the words of its line");
    out.push_back(d);
  }
  return out;
}

StructureHints FindStructureDecisions(const std::vector<std::string>& lines,
                                      const std::vector<StructureDecision>& decisions,
                                      const std::string& path, std::vector<std::string>& stale) {
  StructureHints hints;
  for (const StructureDecision& d : decisions) {
    std::vector<size_t> found;
    for (size_t k = 0; k < lines.size(); ++k) {
      const std::string t = Trim(lines[k]);
      const bool match = d.page ? t.size() >= d.text.size() && t.compare(t.size() - d.text.size(),
                                                                         d.text.size(), d.text) == 0
                                : t.compare(0, d.text.size(), d.text) == 0;
      if (match) found.push_back(k);
    }
    const std::string what =
        (d.page ? "page " + std::to_string(d.n) + " ends after '"
                : "note " + d.series + "." + std::to_string(d.n) + " begins at '") +
        d.text + "'";
    if (found.size() != 1) {
      stale.push_back(
          path + ":" + std::to_string(d.line) + ": decision no longer matches " +
          (found.empty() ? std::string("any line") : std::to_string(found.size()) + " lines") +
          ": " + what);
      continue;
    }
    if (d.page) {
      hints.page_ends[found[0]] = d.n;
    } else {
      hints.note_starts[found[0]] = {d.series, d.n};
    }
  }
  return hints;
}

}  // namespace emend::tei
