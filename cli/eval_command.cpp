// emend eval GOLD_DIR SYSTEM [--baseline FILE] [--broken] [--emendations E.tsv]
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/output_file.hpp"
#include "core/temp_files.hpp"
#include "core/text_file.hpp"
#include "correct/calibration.hpp"
#include "correct/emendation.hpp"
#include "correct/evaluation.hpp"

namespace emend::cli {
namespace {

struct EvalArgs {
  std::string gold_dir;
  std::string system;
  std::string baseline;
  std::string emendations;
  bool list_broken = false;
};

// The gold's reading of each document line it covers (slices.tsv gives where
// each slice stands in the document).
std::map<int, std::string> GoldLines(const std::string& gold_dir) {
  std::map<int, std::string> out;
  const std::string ranges_path = gold_dir + "/slices.tsv";
  const auto ranges = ReadTextLines(ranges_path);
  for (size_t r = 1; r < ranges.size(); ++r) {
    char name[256];
    size_t first = 0, last = 0;
    if (std::sscanf(ranges[r].c_str(), "%255[^\t]\t%zu\t%zu", name, &first, &last) != 3 ||
        first == 0)
      continue;
    const auto gold = ReadTextLines(gold_dir + "/gold/" + name + ".txt");
    for (size_t k = 0; k < gold.size() && first + k <= last; ++k)
      out[static_cast<int>(first + k)] = gold[k];
  }
  return out;
}

// SYSTEM may be a whole-document output: cut it into the gold's slices using
// GOLD_DIR/slices.tsv (name, first line, last line) in a temporary folder.
// The folder is made fresh with mkdtemp (never a name someone planted) and
// removed by TempFolder's destructor on every way out.
void SliceWholeDocument(const std::string& gold_dir, const std::string& system,
                        const TempFolder& made) {
  const std::string ranges_path = gold_dir + "/slices.tsv";
  const auto ranges = ReadTextLines(ranges_path);
  const auto lines = ReadTextLines(system);
  for (size_t r = 1; r < ranges.size(); ++r) {
    std::string name;
    size_t first = 0, last = 0;
    char rest[2];
    char name_buf[256];
    if (std::sscanf(ranges[r].c_str(), "%255[^\t]\t%zu\t%zu%1s", name_buf, &first, &last, rest) !=
            3 ||
        first == 0 || last < first) {
      throw InputError(ranges_path, static_cast<int>(r) + 1, 1,
                       "expected NAME<TAB>FIRST<TAB>LAST with 1 <= FIRST <= LAST");
    }
    name = name_buf;
    // The name becomes a file name in the temporary folder: a path would
    // write outside it.
    if (name == "." || name == ".." || name.find('/') != std::string::npos || name.size() == 255) {
      throw InputError(ranges_path, static_cast<int>(r) + 1, 1,
                       "slice name '" + name +
                           "' must be a plain file name (no '/', not '..', under 255 bytes)");
    }
    if (last > lines.size()) {
      throw InputError(system, 0, 0,
                       "has " + std::to_string(lines.size()) + " lines; slice " + name +
                           " needs line " + std::to_string(last));
    }
    std::string text;
    for (size_t k = first; k <= last; ++k) text += lines[k - 1] + "\n";
    WriteFileAtomically(made.path() + "/" + name + ".txt", text);
  }
}

// The baseline: "name: value" lines; word_error_reduction and
// char_error_reduction are minima, broken_per_10k_words a maximum.
int CheckBaseline(const correct::EvaluationReport& report, const std::string& path) {
  const auto lines = ReadTextLines(path);
  int failures = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::string& line = lines[k];
    if (line.empty() || line[0] == '#') continue;
    size_t colon = line.find(':');
    if (colon == std::string::npos) {
      throw InputError(path, static_cast<int>(k) + 1, 1, "expected 'name: value'");
    }
    const std::string name = line.substr(0, colon);
    double value = 0;
    try {
      value = std::stod(line.substr(colon + 1));
    } catch (...) {
      throw InputError(path, static_cast<int>(k) + 1, static_cast<int>(colon) + 2, "not a number");
    }
    double actual = 0;
    bool minimum = true;
    if (name == "word_error_reduction") {
      actual = report.WordErrorReduction();
    } else if (name == "char_error_reduction") {
      actual = report.CharErrorReduction();
    } else if (name == "broken_per_10k_words") {
      actual = report.BrokenPer10kWords();
      minimum = false;
    } else {
      throw InputError(path, static_cast<int>(k) + 1, 1, "unknown figure '" + name + "'");
    }
    const bool ok = minimum ? actual + 1e-9 >= value : actual <= value + 1e-9;
    if (!ok) {
      std::cerr << path << ":" << k + 1 << ": " << name << " is " << actual << ", baseline "
                << (minimum ? ">= " : "<= ") << value << "\n";
      ++failures;
    }
  }
  return failures == 0 ? kOk : kQualityFailed;
}

int Run(const EvalArgs& args) {
  std::optional<TempFolder> made;
  std::string system_dir = args.system;
  if (!args.emendations.empty() && std::filesystem::is_directory(args.system)) {
    std::cerr
        << "emend eval: --emendations needs the whole corrected document, not a folder of slices\n";
    return kUsageError;
  }
  if (!std::filesystem::is_directory(args.system)) {
    made.emplace("emend-eval-");
    SliceWholeDocument(args.gold_dir, args.system, *made);
    system_dir = made->path();
  }
  const correct::EvaluationReport report = correct::Evaluate(args.gold_dir, system_dir);
  std::cout << correct::FormatReport(report, args.list_broken);
  if (!args.emendations.empty()) {
    const auto emendations =
        correct::ParseEmendations(ReadFileBytes(args.emendations), args.emendations);
    std::cout << correct::FormatCalibration(
        correct::Calibrate(emendations, GoldLines(args.gold_dir)));
  }
  return args.baseline.empty() ? kOk : CheckBaseline(report, args.baseline);
}

}  // namespace

Runner AddEvalCommand(CLI::App& app) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Score a correction against ground truth: WER, CER, error reduction, broken tokens.");
  cmd->add_option("gold", args->gold_dir, "gold folder (ocr/, gold/, slices.tsv)")->required();
  cmd->add_option("system", args->system,
                  "the corrected whole document, or a folder with one file per slice")
      ->required();
  cmd->add_option("--baseline", args->baseline,
                  "fail (exit 3) if the scores are worse than this file's figures");
  cmd->add_flag("--broken", args->list_broken, "list every token the correction broke");
  cmd->add_option("--emendations", args->emendations,
                  "the correction's records: print the precision of each rule per confidence band");
  return [args] { return Run(*args); };
}

}  // namespace emend::cli
