// emend correct IN [-o OUT] [--emendations E.tsv]
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>

#include "cli/commands.hpp"
#include "core/output_file.hpp"
#include "core/text_file.hpp"
#include "correct/corrector.hpp"
#include "correct/decisions.hpp"

namespace emend::cli {
namespace {

struct CorrectArgs {
  std::string input = "-";
  std::string output = "-";
  std::string emendations;
  std::string dictionaries;
  std::string hunspell_dir = EMEND_DEFAULT_HUNSPELL_DIR;
  std::string wordnet_dir = EMEND_DEFAULT_WORDNET_DIR;
  std::vector<std::string> clean_text;
  std::string decisions;
  std::string lexicon_cache;
  bool no_clean_text = false;
  double threshold = correct::CorrectorOptions{}.apply_threshold;
};

// DATA/samples/corpus/*.txt. A missing folder is an error, not a run with
// less evidence than the user thinks.
std::vector<std::string> DefaultCleanText() {
  std::vector<std::string> files;
  const std::filesystem::path dir = std::filesystem::path(DataDir()) / "samples" / "corpus";
  if (!std::filesystem::is_directory(dir)) {
    throw InputError(
        dir.string(), 0, 0,
        "the clean text folder is missing (give --clean-text FILE or --no-clean-text)");
  }
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Whether two output paths name one file: the same words, or (when it exists)
// the same file through another path or a link.
bool SameOutput(const std::string& a, const std::string& b) {
  std::error_code ec;
  if (std::filesystem::path(a).lexically_normal() == std::filesystem::path(b).lexically_normal())
    return true;
  return std::filesystem::equivalent(a, b, ec) && !ec;
}

int Run(const CorrectArgs& args) {
  if (!args.emendations.empty() && args.output != "-" &&
      SameOutput(args.output, args.emendations)) {
    throw UsageError("emend correct",
                     "-o and --emendations name the same file (" + args.output + ")");
  }
  for (const std::string& out : {args.output, args.emendations}) {
    if (!args.decisions.empty() && !out.empty()) RefuseToOverwrite(args.decisions, out);
    if (!out.empty()) RefuseToOverwrite(args.input, out);
    for (const std::string& clean : args.clean_text) {
      if (!out.empty()) RefuseToOverwrite(clean, out);
    }
    if (!args.lexicon_cache.empty() && !out.empty() && out != "-" &&
        SameOutput(out, args.lexicon_cache)) {
      std::cerr << "emend correct: --lexicon-cache and an output name the same file (" << out
                << ")\n";
      return kUsageError;
    }
  }
  if (!args.lexicon_cache.empty()) {
    RefuseToOverwrite(args.input, args.lexicon_cache);
    if (!args.decisions.empty()) RefuseToOverwrite(args.decisions, args.lexicon_cache);
  }
  const std::vector<std::string> lines = ReadTextLines(args.input);
  std::vector<std::string> clean;
  if (!args.no_clean_text) {
    for (const std::string& file : args.clean_text.empty() ? DefaultCleanText() : args.clean_text) {
      std::vector<std::string> more = ReadTextLines(file);
      clean.insert(clean.end(), more.begin(), more.end());
    }
  }
  correct::LexiconOptions lexicon_options;
  lexicon_options.hunspell_dir = args.hunspell_dir;
  lexicon_options.dictionaries_dir =
      args.dictionaries.empty() ? DataDir() + "/dictionaries" : args.dictionaries;
  // The compiled lexicon: answers of earlier runs, so that the dictionaries
  // need not be loaded again (see correct/lexicon_cache.hpp).
  std::optional<correct::LexiconCache> cache;
  if (!args.lexicon_cache.empty()) {
    std::vector<std::string> sources = correct::Lexicon::SourceFiles(lexicon_options);
    for (std::string& file : correct::WordClasses::SourceFiles(args.wordnet_dir))
      sources.push_back(std::move(file));
    const std::string version = std::string(correct::Lexicon::kRulesVersion) + "; " +
                                std::string(correct::WordClasses::kRulesVersion);
    cache.emplace(args.lexicon_cache, correct::LexiconCache::Fingerprint(sources, version));
    if (!cache->warning().empty()) std::cerr << cache->warning() << "\n";
    lexicon_options.cache = &*cache;
  }
  auto lexicon_owner = std::make_unique<const correct::Lexicon>(lexicon_options);
  auto word_classes_owner =
      std::make_unique<const correct::WordClasses>(args.wordnet_dir, cache ? &*cache : nullptr);
  const correct::Lexicon& lexicon = *lexicon_owner;
  const correct::WordClasses& word_classes = *word_classes_owner;
  const correct::Corrector corrector(lexicon, word_classes, {args.threshold});
  correct::CorrectionResult result = corrector.Correct(lines, clean);
  if (!args.decisions.empty()) {
    // The editors' decisions: applied to what the corrector found, reported
    // by line when one no longer matches anything.
    const auto decisions = correct::ParseDecisions(ReadFileBytes(args.decisions), args.decisions);
    const correct::DecisionResult applied =
        correct::ApplyDecisions(lines, result.emendations, decisions, word_classes, args.decisions);
    for (const correct::Decision* d : applied.unmatched) {
      std::cerr << args.decisions << ":" << d->line
                << ": decision no longer matches any emendation: " << correct::Describe(*d) << "\n";
    }
    std::cerr << "decisions: " << decisions.size() << " read, " << applied.decided
              << " emendations decided, " << applied.unmatched.size() << " no longer matching\n";
    result.lines = correct::ReadingLines(lines, result.emendations);
  }

  std::string text;
  for (const std::string& line : result.lines) text += line + "\n";
  // Both outputs are complete in memory before either file is touched.
  const std::string table = correct::FormatEmendations(result.emendations);
  // The records go first; if the text then cannot be written, the records
  // file is put back as it was (or removed if it is new), so the two never
  // disagree.
  std::optional<std::string> previous;
  if (!args.emendations.empty() && std::filesystem::is_regular_file(args.emendations)) {
    previous = ReadFileBytes(args.emendations);
  }
  if (!args.emendations.empty()) WriteFileAtomically(args.emendations, table);
  try {
    WriteFileAtomically(args.output, text);
  } catch (...) {
    if (!args.emendations.empty()) {
      std::error_code ec;
      if (previous) {
        WriteFileAtomically(args.emendations, *previous);
      } else {
        std::filesystem::remove(args.emendations, ec);
      }
    }
    throw;
  }
  // Last, after the results: a cache that cannot be written costs only time.
  if (cache) cache->Save();
  KeepUntilExit(std::move(lexicon_owner));
  KeepUntilExit(std::move(word_classes_owner));
  return kOk;
}

}  // namespace

Runner AddCorrectCommand(CLI::App& app) {
  auto args = std::make_shared<CorrectArgs>();
  CLI::App* cmd = app.add_subcommand(
      "correct", "Repair OCR text: same number of lines out as in, one record per emendation.");
  cmd->add_option("input", args->input, "OCR text (UTF-8, LF); - or nothing for standard input");
  cmd->add_option("-o,--output", args->output, "corrected text; - or nothing for standard output");
  cmd->add_option("--emendations", args->emendations, "write the emendation records (TSV) here");
  cmd->add_option("--dictionaries", args->dictionaries,
                  "the project's word lists (default: DATA/dictionaries)");
  cmd->add_option("--hunspell-dir", args->hunspell_dir, "folder of Hunspell .aff/.dic files");
  cmd->add_option("--wordnet-dir", args->wordnet_dir, "WordNet dict folder (wordnet-base)");
  cmd->add_option("--clean-text", args->clean_text,
                  "clean in-domain text used as evidence (default: DATA/samples/corpus/*.txt)");
  cmd->add_flag("--no-clean-text", args->no_clean_text, "use no clean text");
  cmd->add_option(
      "--lexicon-cache", args->lexicon_cache,
      "compiled lexicon: read the dictionaries' answers from this file and add new ones to it "
      "(rebuilt when a dictionary changes; see README)");
  cmd->add_option("--decisions", args->decisions,
                  "editors' decisions to apply (written by emend review; see README)");
  cmd->add_option("--threshold", args->threshold,
                  "apply proposals at or above this confidence, flag the rest")
      ->check(CLI::Range(0.0, 1.0))
      ->check(CLI::Validator(
          [](const std::string& value) {
            // CLI::Range lets NaN through (every comparison with it is false).
            return std::isnan(std::strtod(value.c_str(), nullptr))
                       ? std::string("NaN is not a confidence")
                       : std::string();
          },
          "", "not NaN"));
  return [args] { return Run(*args); };
}

}  // namespace emend::cli
