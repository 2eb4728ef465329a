#include "correct/evaluation.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <set>

#include "core/error.hpp"
#include "core/text_file.hpp"
#include "core/utf8.hpp"

namespace emend::correct {
namespace {

// NFC (done on reading), typographic apostrophes as ', white space collapsed.
std::string Normalise(const std::string& s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::Next(s, i);
    if (c == U'\u2019' || c == U'\u2018') c = U'\'';
    if (c == U' ' || c == U'\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    utf8::Append(c, out);
  }
  return out;
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find(' ', start);
    if (end == std::string::npos) end = s.size();
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

template <typename Seq>
std::vector<std::vector<int>> Table(const Seq& a, const Seq& b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
  }
  return d;
}

// For each gold token: the aligned system token, or nullptr.
std::vector<const std::string*> AlignToGold(const std::vector<std::string>& sys,
                                            const std::vector<std::string>& gold) {
  auto d = Table(sys, gold);
  std::vector<const std::string*> out(gold.size(), nullptr);
  size_t i = sys.size(), j = gold.size();
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (sys[i - 1] == gold[j - 1] ? 0 : 1)) {
      out[j - 1] = &sys[i - 1];
      --i, --j;
    } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
      --i;
    } else {
      --j;
    }
  }
  return out;
}

double Ratio(long a, long b) {
  return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
}

}  // namespace

double EvaluationReport::WerOcr() const { return 100 * Ratio(word_errors_ocr, gold_words); }
double EvaluationReport::WerSystem() const { return 100 * Ratio(word_errors_system, gold_words); }
double EvaluationReport::CerOcr() const { return 100 * Ratio(char_errors_ocr, gold_chars); }
double EvaluationReport::CerSystem() const { return 100 * Ratio(char_errors_system, gold_chars); }
double EvaluationReport::WordErrorReduction() const {
  return 100 * Ratio(word_errors_ocr - word_errors_system, word_errors_ocr);
}
double EvaluationReport::CharErrorReduction() const {
  return 100 * Ratio(char_errors_ocr - char_errors_system, char_errors_ocr);
}
double EvaluationReport::BrokenPer10kWords() const {
  return 1e4 * Ratio(tokens_broken, gold_words);
}

void ScoreSlice(const std::string& name, const std::vector<std::string>& ocr,
                const std::vector<std::string>& gold, const std::vector<std::string>& system,
                const std::vector<std::vector<std::string>>& edits, EvaluationReport& report) {
  std::set<int> noise;
  for (const auto& e : edits) {
    if (e.size() >= 4 && e[3] == "noise") noise.insert(std::stoi(e[0]));
  }
  ++report.slices;
  const size_t n = std::min({ocr.size(), gold.size(), system.size()});
  for (size_t k = 0; k < n; ++k) {
    const int line = static_cast<int>(k) + 1;
    if (noise.count(line)) continue;
    const std::string o = Normalise(ocr[k]), g = Normalise(gold[k]), s = Normalise(system[k]);
    const auto ow = Words(o), gw = Words(g), sw = Words(s);
    report.gold_words += static_cast<long>(gw.size());
    report.gold_chars += static_cast<long>(utf8::Length(g));
    report.word_errors_ocr += Table(ow, gw)[ow.size()][gw.size()];
    report.word_errors_system += Table(sw, gw)[sw.size()][gw.size()];
    const std::u32string oc = utf8::Decode(o), gc = utf8::Decode(g), sc = utf8::Decode(s);
    report.char_errors_ocr += Table(oc, gc)[oc.size()][gc.size()];
    report.char_errors_system += Table(sc, gc)[sc.size()][gc.size()];
    const auto by_ocr = AlignToGold(ow, gw), by_sys = AlignToGold(sw, gw);
    for (size_t t = 0; t < gw.size(); ++t) {
      const bool ok_ocr = by_ocr[t] && *by_ocr[t] == gw[t];
      const bool ok_sys = by_sys[t] && *by_sys[t] == gw[t];
      if (ok_ocr && !ok_sys) {
        ++report.tokens_broken;
        report.broken.push_back({name, line, gw[t], by_sys[t] ? *by_sys[t] : ""});
      }
      if (ok_sys && !ok_ocr) ++report.tokens_fixed;
    }
    for (const auto& e : edits) {
      if (e.size() < 4 || e[3] == "noise" || std::stoi(e[0]) != line) continue;
      auto& [found, total] = report.category_recall[e[3]];
      ++total;
      const std::string edit_ocr = Normalise(e[1]), edit_gold = Normalise(e[2]);
      if (s.find(edit_gold) != std::string::npos &&
          (s.find(edit_ocr) == std::string::npos ||
           edit_gold.find(edit_ocr) != std::string::npos)) {
        ++found;
      }
    }
  }
}

EvaluationReport Evaluate(const std::string& gold_dir, const std::string& system_dir) {
  namespace fs = std::filesystem;
  EvaluationReport report;
  std::vector<fs::path> slices;
  const fs::path ocr_dir = fs::path(gold_dir) / "ocr";
  if (!fs::is_directory(ocr_dir)) {
    throw InputError(gold_dir, 0, 0, "not a gold folder: it has no ocr/ folder");
  }
  for (const auto& entry : fs::directory_iterator(ocr_dir)) {
    if (entry.path().extension() == ".txt") slices.push_back(entry.path());
  }
  std::sort(slices.begin(), slices.end());
  TextReadOptions lenient;
  lenient.allow_empty = true;
  for (const fs::path& path : slices) {
    const std::string base = path.stem().string();
    const fs::path gold_path = fs::path(gold_dir) / "gold" / (base + ".txt");
    if (!fs::exists(gold_path)) continue;
    const auto ocr = ReadTextLines(path.string(), lenient);
    const auto gold = ReadTextLines(gold_path.string(), lenient);
    const fs::path system_path = fs::path(system_dir) / (base + ".txt");
    std::vector<std::string> system = ocr;
    if (fs::exists(system_path)) {
      system = ReadTextLines(system_path.string(), lenient);
      if (system.size() != ocr.size()) {
        throw InputError(system_path.string(), 0, 0,
                         "has " + std::to_string(system.size()) + " lines, the OCR slice has " +
                             std::to_string(ocr.size()));
      }
    } else {
      ++report.slices_missing;
    }
    std::vector<std::vector<std::string>> edits;
    const std::string edits_path = (fs::path(gold_dir) / "gold" / (base + ".edits.tsv")).string();
    const auto rows = ReadTextLines(edits_path, lenient);
    for (size_t r = 1; r < rows.size(); ++r) {
      std::vector<std::string> fields;
      size_t start = 0;
      while (true) {
        size_t tab = rows[r].find('\t', start);
        fields.push_back(rows[r].substr(start, tab == std::string::npos ? tab : tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
      }
      if (fields.size() < 4) continue;
      // The line number is used as an int: checked here, with its place.
      int line = 0;
      const std::string& number = fields[0];
      const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), line);
      if (error != std::errc() || end != number.data() + number.size() || line < 1) {
        throw InputError(edits_path, static_cast<int>(r) + 1, 1,
                         "not a line number: '" + number + "'");
      }
      edits.push_back(std::move(fields));
    }
    ScoreSlice(base, ocr, gold, system, edits, report);
  }
  return report;
}

std::string FormatReport(const EvaluationReport& r, bool list_broken) {
  char buffer[512];
  std::string out;
  std::snprintf(buffer, sizeof buffer,
                "slices: %d (missing %d)\ngold_words: %ld\nwer_ocr: %.2f\nwer_sys: %.2f\n"
                "cer_ocr: %.3f\ncer_sys: %.3f\nword_error_reduction: %.1f\n"
                "char_error_reduction: %.1f\ntokens_fixed: %ld\ntokens_broken: %ld\n"
                "broken_per_10k_words: %.1f\n",
                r.slices, r.slices_missing, r.gold_words, r.WerOcr(), r.WerSystem(), r.CerOcr(),
                r.CerSystem(), r.WordErrorReduction(), r.CharErrorReduction(), r.tokens_fixed,
                r.tokens_broken, r.BrokenPer10kWords());
  out += buffer;
  out += "category_recall:";
  for (const auto& [name, counts] : r.category_recall) {
    out += " " + name + "=" + std::to_string(counts.first) + "/" + std::to_string(counts.second);
  }
  out += "\n";
  if (list_broken) {
    for (const BrokenToken& b : r.broken) {
      out += "broken: " + b.slice + ":" + std::to_string(b.line) + ": '" + b.gold + "' -> '" +
             b.system + "'\n";
    }
  }
  return out;
}

}  // namespace emend::correct
