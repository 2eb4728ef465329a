// emend dict lint [--dictionaries DIR]   the word lists' format, and entries the corrector
// contradicts emend dict test [--dictionaries DIR]   each list's .good/.wrong regression lines
// through the corrector
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "core/text_file.hpp"
#include "core/tsv_field.hpp"
#include "correct/corrector.hpp"
#include "correct/dictionary_lint.hpp"
#include "correct/regression_list.hpp"
#include "correct/word_list.hpp"

namespace emend::cli {
namespace {

struct DictArgs {
  std::string dictionaries;
  std::string hunspell_dir = EMEND_DEFAULT_HUNSPELL_DIR;
  std::string wordnet_dir = EMEND_DEFAULT_WORDNET_DIR;
};

std::string Folder(const DictArgs& args) {
  return args.dictionaries.empty() ? DataDir() + "/dictionaries" : args.dictionaries;
}

std::vector<std::string> FilesEndingIn(const std::string& folder, const std::string& extension) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == extension) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct Loaded {
  correct::Lexicon lexicon;
  correct::WordClasses word_classes;  // initialised below, from --wordnet-dir
  correct::Corrector corrector;
  explicit Loaded(const DictArgs& args)
      : lexicon([&] {
          correct::LexiconOptions o;
          o.hunspell_dir = args.hunspell_dir;
          o.dictionaries_dir = Folder(args);
          return o;
        }()),
        word_classes(args.wordnet_dir),
        corrector(lexicon, word_classes, {}) {}
};

// Each finding as file:line:col: message, then the line with a caret under
// the column, as every diagnostic of emend shows it.
int Report(const std::string& file, const std::vector<correct::LintFinding>& findings) {
  std::vector<std::string> lines;
  if (!findings.empty()) lines = SplitFields(ReadFileBytes(file), "\n");
  for (const correct::LintFinding& f : findings) {
    std::cerr << file << ":" << f.line;
    if (f.column > 0) std::cerr << ":" << f.column;
    std::cerr << ": " << f.message << "\n";
    if (f.line > 0 && static_cast<size_t>(f.line) <= lines.size())
      std::cerr << ShowLine(lines[f.line - 1], f.column);
  }
  return static_cast<int>(findings.size());
}

int Lint(const DictArgs& args) {
  const std::vector<std::string> lists = FilesEndingIn(Folder(args), ".txt");
  int problems = 0;
  for (const std::string& file : lists)
    problems += Report(file, correct::LintWordListText(ReadFileBytes(file)));
  if (problems > 0) {
    std::cerr << "emend dict lint: " << problems << " problem(s) in the format; fix them first\n";
    return kInputError;
  }
  auto owner = std::make_unique<const Loaded>(args);
  const Loaded& loaded = *owner;
  for (const std::string& file : lists) {
    problems +=
        Report(file, correct::FindContradictions(correct::ReadWordList(file), loaded.corrector));
  }
  KeepUntilExit(std::move(owner));
  std::cerr << "emend dict lint: " << lists.size() << " word lists, " << problems
            << " problem(s)\n";
  return problems > 0 ? kInputError : kOk;
}

int Test(const DictArgs& args) {
  auto owner = std::make_unique<const Loaded>(args);
  const Loaded& loaded = *owner;
  int failures = 0, lists = 0;
  for (const auto& [extension, kind] : {std::pair{".good", correct::RegressionKind::kGood},
                                        std::pair{".wrong", correct::RegressionKind::kWrong}}) {
    for (const std::string& file : FilesEndingIn(Folder(args), extension)) {
      ++lists;
      failures += Report(file, correct::RunRegressionList(file, kind, loaded.corrector));
    }
  }
  std::cerr << "emend dict test: " << lists << " regression lists, " << failures << " failure(s)\n";
  KeepUntilExit(std::move(owner));
  return failures > 0 ? kInputError : kOk;
}

}  // namespace

Runner AddDictCommand(CLI::App& app) {
  auto args = std::make_shared<DictArgs>();
  CLI::App* cmd = app.add_subcommand("dict", "Check the project's dictionaries (word lists).");
  cmd->require_subcommand(1);
  CLI::App* lint = cmd->add_subcommand(
      "lint",
      "Report unsorted or duplicate entries, non-NFC text, mixed scripts, stray whitespace, "
      "and entries the corrector would change, as file:line:col: message.");
  CLI::App* test = cmd->add_subcommand(
      "test",
      "Run each list's NAME.good (must stay as it is) and NAME.wrong (OCR<TAB>expected) "
      "lines through the corrector.");
  for (CLI::App* sub : {lint, test}) {
    sub->add_option("--dictionaries", args->dictionaries,
                    "the word lists' folder (default: DATA/dictionaries)");
    sub->add_option("--hunspell-dir", args->hunspell_dir, "folder of Hunspell .aff/.dic files");
    sub->add_option("--wordnet-dir", args->wordnet_dir, "WordNet's dict folder");
  }
  return [args, lint] { return lint->parsed() ? Lint(*args) : Test(*args); };
}

}  // namespace emend::cli
