// emend tei IN.txt --emendations E.tsv [--metadata META] -o OUT.tei.xml
#include <algorithm>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "core/output_file.hpp"
#include "core/text_file.hpp"
#include "correct/emendation.hpp"
#include "tei/metadata.hpp"
#include "tei/reading.hpp"
#include "tei/structure.hpp"
#include "tei/tei_builder.hpp"

namespace emend::cli {
namespace {

struct TeiArgs {
  std::string input;
  std::string emendations;
  std::string metadata;
  std::string output = "-";
  std::string dictionaries;
  std::string hunspell_dir = EMEND_DEFAULT_HUNSPELL_DIR;
  bool report = false;
};

// What was recovered, for editors: notes per series against the numbering,
// the numbers missing, sections, page breaks, emendations.
void Report(const tei::Structure& s, const std::vector<correct::Emendation>& records) {
  static const char* const names[] = {"Introduction", "Chapter I", "Chapter II", "Chapter III",
                                      "Chapter IV", "Conclusions"};
  std::map<int, int> found, highest, inferred, unplaced;
  for (const tei::Footnote& n : s.notes) {
    ++found[n.series];
    highest[n.series] = std::max(highest[n.series], n.n);
    inferred[n.series] += n.number_inferred;
    unplaced[n.series] += !n.reference_found;
  }
  const auto continued = std::count_if(s.notes.begin(), s.notes.end(), [](const tei::Footnote& n) { return n.continued; });
  std::cerr << "notes: " << s.notes.size() << " (" << continued << " run over to the next page)\n";
  for (const auto& [series, count] : found) {
    std::cerr << "  " << (series >= 0 && series <= 5 ? names[series] : "?") << ": " << count
              << " of " << highest[series] << " numbered (" << inferred[series]
              << " numbers inferred, " << unplaced[series] << " without their reference, placed at the page end)";
    std::string gaps;
    for (const auto& [gs, gn] : s.missing_notes) {
      if (gs == series) gaps += " " + std::to_string(gn);
    }
    if (!gaps.empty()) std::cerr << "; not found:" << gaps;
    std::cerr << "\n";
  }
  int sections = 0, chapters = 0, numbered_pages = 0;
  for (const tei::Division& d : s.divisions) {
    sections += d.kind == tei::DivisionKind::kSection;
    chapters += d.kind == tei::DivisionKind::kChapter;
    // A chapter opens a page; a section does when a page ends right before it.
    const bool page_before = d.line > 0 && std::binary_search(s.page_ends.begin(), s.page_ends.end(), d.line - 1);
    numbered_pages += d.page > 0 && (d.kind == tei::DivisionKind::kChapter ||
                                     (d.kind == tei::DivisionKind::kSection && page_before));
  }
  size_t applied = 0, flagged = 0;
  for (const auto& e : records) {
    applied += e.status == correct::EmendationStatus::kApplied;
    flagged += e.status == correct::EmendationStatus::kFlagged;
  }
  std::cerr << "divisions: " << s.divisions.size() << " (" << chapters << " chapters, " << sections
            << " sections)\n"
            << "page breaks: " << s.page_ends.size() << " (" << numbered_pages
            << " numbered from the contents)\n"
            << "block quotations: " << s.quotations.size() << "\n"
            << "emendations: " << records.size() << " (" << applied << " applied, " << flagged
            << " flagged)\n";
}

int Run(const TeiArgs& args) {
  RefuseToOverwrite(args.input, args.output);
  RefuseToOverwrite(args.emendations, args.output);
  if (!args.metadata.empty()) RefuseToOverwrite(args.metadata, args.output);
  const auto ocr = ReadTextLines(args.input);
  const std::string records_bytes = ReadFileBytes(args.emendations);
  tei::CheckEmendationBytes(records_bytes, args.emendations);
  const auto records = correct::ParseEmendations(records_bytes, args.emendations);
  const tei::Metadata metadata =
      tei::ReadMetadata(args.metadata.empty() ? DataDir() + "/samples/thesis.meta" : args.metadata);
  const auto lines = tei::ApplyEmendations(ocr, records, args.emendations);
  std::vector<std::string> text;
  text.reserve(lines.size());
  for (const auto& line : lines) text.push_back(line.text);
  const tei::Structure structure = tei::AnalyseStructure(text);
  // English and Croatian only: enough to find the Serbo-Croatian spans, and quick.
  correct::LexiconOptions lexicon_options;
  lexicon_options.hunspell_dir = args.hunspell_dir;
  lexicon_options.dictionaries_dir = args.dictionaries.empty() ? DataDir() + "/dictionaries" : args.dictionaries;
  lexicon_options.full = false;
  const correct::Lexicon lexicon(lexicon_options);
  const std::string xml = tei::BuildTei(lines, structure, metadata, {EMEND_VERSION, args.input, &lexicon});
  WriteFileAtomically(args.output, xml);
  if (args.report) Report(structure, records);
  return kOk;
}

}  // namespace

Runner AddTeiCommand(CLI::App& app) {
  auto args = std::make_shared<TeiArgs>();
  CLI::App* cmd = app.add_subcommand(
      "tei", "Build one TEI P5 document from the OCR text and its emendation records.");
  cmd->add_option("input", args->input, "the OCR text the emendations were made on")->required();
  cmd->add_option("--emendations", args->emendations, "the emendation records (emend correct)")
      ->required();
  cmd->add_option("--metadata", args->metadata,
                  "title, author, source ... as 'key: value' lines (default: DATA/samples/thesis.meta)");
  cmd->add_option("-o,--output", args->output, "the TEI document; - or nothing for standard output");
  cmd->add_option("--dictionaries", args->dictionaries,
                  "the project's word lists, for telling Serbo-Croatian spans (default: DATA/dictionaries)");
  cmd->add_option("--hunspell-dir", args->hunspell_dir, "folder of Hunspell .aff/.dic files");
  cmd->add_flag("--report", args->report,
                "print what was recovered (notes per chapter and gaps, divisions, pages) on stderr");
  return [args] { return Run(*args); };
}

}  // namespace emend::cli
