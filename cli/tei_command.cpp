// emend tei IN.txt --emendations E.tsv [--metadata META] [--profile PROFILE]
//           [--structure-decisions D.tsv] [--pages NAME.pages.tsv] [--facs TEMPLATE] -o OUT.tei.xml
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/output_file.hpp"
#include "core/text_file.hpp"
#include "correct/emendation.hpp"
#include "tei/metadata.hpp"
#include "tei/profile.hpp"
#include "tei/reading.hpp"
#include "tei/scanned_pages.hpp"
#include "tei/structure.hpp"
#include "tei/tei_builder.hpp"

namespace emend::cli {
namespace {

struct TeiArgs {
  std::string input;
  std::string emendations;
  std::string metadata;
  std::string profile;
  std::string structure_decisions;
  std::string pages;  // NAME.pages.tsv of a text from scans
  std::string facs;   // pb/@facs template
  std::string output = "-";
  std::string dictionaries;
  std::string hunspell_dir = EMEND_DEFAULT_HUNSPELL_DIR;
  bool report = false;
};

// What was recovered, for editors: notes per division against the numbering
// (found in the text, placeholders for notes the scan lost, numbers inferred,
// marks not found), sections, pages, quotations, emendations.
void Report(const tei::Structure& s, const std::vector<correct::Emendation>& records) {
  std::map<int, int> present, lost, highest, inferred, unplaced;
  for (const tei::Footnote& n : s.notes) {
    ++(n.lost ? lost : present)[n.series];
    highest[n.series] = std::max(highest[n.series], n.n);
    inferred[n.series] += !n.lost && n.number_inferred;
    unplaced[n.series] += !n.reference_found;
  }
  const auto continued = std::count_if(s.notes.begin(), s.notes.end(),
                                       [](const tei::Footnote& n) { return n.continued; });
  std::cerr << "notes: " << s.notes.size() << " (" << continued << " run over to the next page)\n";
  for (const auto& [series, count] : highest) {
    const bool known = series >= 0 && static_cast<size_t>(series) < s.divisions.size();
    const std::string name = known ? s.divisions[series].head.substr(0, 40) : "?";
    std::cerr << "  " << name << ": notes 1-" << count << ", " << present[series] << " with text, "
              << lost[series] << " lost in the scan (placeholders), " << inferred[series]
              << " numbers inferred, " << unplaced[series]
              << " without their mark (placed at the page end)";
    std::string gaps;
    for (const auto& [gs, gn] : s.missing_notes) {
      if (gs == series) gaps += " " + std::to_string(gn);
    }
    if (!gaps.empty()) std::cerr << "; lost:" << gaps;
    std::cerr << "\n";
  }
  int sections = 0, chapters = 0;
  for (const tei::Division& d : s.divisions) {
    sections += d.kind == tei::DivisionKind::kSection;
    chapters += d.kind == tei::DivisionKind::kChapter;
  }
  const auto numbered = std::count_if(s.pages.begin(), s.pages.end(),
                                      [](const tei::PageEnd& e) { return e.next_page > 0; });
  const auto inferred_pages = std::count_if(s.pages.begin(), s.pages.end(),
                                            [](const tei::PageEnd& e) { return e.inferred; });
  size_t applied = 0, flagged = 0;
  for (const auto& e : records) {
    applied += e.status == correct::EmendationStatus::kApplied;
    flagged += e.status == correct::EmendationStatus::kFlagged;
  }
  const auto scanned = std::count_if(s.pages.begin(), s.pages.end(),
                                     [](const tei::PageEnd& e) { return e.next_sheet > 0; });
  const auto counted = std::count_if(s.pages.begin(), s.pages.end(),
                                     [](const tei::PageEnd& e) { return e.number_inferred; });
  std::cerr << "divisions: " << s.divisions.size() << " (" << chapters << " chapters, " << sections
            << " sections)\n"
            << "page breaks: " << s.page_ends.size() << " (" << numbered << " numbered, "
            << inferred_pages << " of them placed by line counts)\n";
  if (scanned > 0) {
    std::cerr << "pages from the scans: " << scanned
              << " breaks at form feeds; numbers: " << numbered - counted
              << " read from the pages, " << counted << " counted on or from the contents, "
              << scanned - numbered << " unnumbered\n";
  }
  std::cerr << "block quotations: " << s.quotations.size() << "\n"
            << "emendations: " << records.size() << " (" << applied << " applied, " << flagged
            << " flagged)\n";
}

int Run(const TeiArgs& args) {
  RefuseToOverwrite(args.input, args.output);
  RefuseToOverwrite(args.emendations, args.output);
  if (!args.metadata.empty()) RefuseToOverwrite(args.metadata, args.output);
  if (!args.profile.empty()) RefuseToOverwrite(args.profile, args.output);
  if (!args.structure_decisions.empty()) RefuseToOverwrite(args.structure_decisions, args.output);
  if (!args.pages.empty()) RefuseToOverwrite(args.pages, args.output);
  const auto ocr = ReadTextLines(args.input);
  const std::string records_bytes = ReadFileBytes(args.emendations);
  tei::CheckEmendationBytes(records_bytes, args.emendations);
  const auto records = correct::ParseEmendations(records_bytes, args.emendations);
  const tei::Metadata metadata =
      tei::ReadMetadata(args.metadata.empty() ? DataDir() + "/samples/thesis.meta" : args.metadata);
  auto lines = tei::ApplyEmendations(ocr, records, args.emendations);
  // A text from scans: its form feeds are exact page breaks; they and the
  // pages' printed numbers leave the text.
  std::vector<tei::ScannedPage> scanned;
  if (!args.pages.empty() || tei::HasFormFeeds(ocr)) {
    const auto table =
        args.pages.empty() ? std::vector<tei::PageTableRow>{} : tei::ReadPageTable(args.pages);
    const tei::ScannedText split = tei::SplitScannedPages(ocr, table, args.pages);
    for (size_t k : split.first_byte_dropped) {
      lines[k].text.erase(0, 1);
      if (!lines[k].segments.empty()) lines[k].segments.front().text.erase(0, 1);
    }
    std::vector<tei::ReadingLine> kept;
    kept.reserve(split.kept.size());
    for (size_t k : split.kept) kept.push_back(std::move(lines[k]));
    lines = std::move(kept);
    scanned = split.pages;
  } else if (!args.facs.empty()) {
    throw UsageError("--facs", "the page images need a text from scans (form feeds between pages)");
  }
  if (!args.facs.empty())
    tei::FacsimileAddress(args.facs, 1);  // a malformed template fails before any work
  std::vector<std::string> text;
  text.reserve(lines.size());
  for (const auto& line : lines) text.push_back(line.text);
  const tei::StructureProfile profile = tei::ReadStructureProfile(
      args.profile.empty() ? DataDir() + "/samples/thesis.profile" : args.profile);
  tei::StructureHints hints;
  if (!args.structure_decisions.empty()) {
    std::vector<std::string> stale;
    hints = tei::FindStructureDecisions(text, tei::ReadStructureDecisions(args.structure_decisions),
                                        args.structure_decisions, stale);
    for (const std::string& message : stale) std::cerr << message << "\n";
  }
  const tei::Structure structure = tei::AnalyseStructure(text, profile, hints, scanned);
  // English and Croatian only: enough to find the Serbo-Croatian spans, and quick.
  correct::LexiconOptions lexicon_options;
  lexicon_options.hunspell_dir = args.hunspell_dir;
  lexicon_options.dictionaries_dir =
      args.dictionaries.empty() ? DataDir() + "/dictionaries" : args.dictionaries;
  lexicon_options.full = false;
  const correct::Lexicon lexicon(lexicon_options);
  tei::TeiOptions options{EMEND_VERSION, args.input, &lexicon, profile.paragraph_end_width};
  // The index of persons, when the dictionaries have one.
  if (const std::string persons = lexicon_options.dictionaries_dir + "/persons.tsv";
      std::filesystem::exists(persons)) {
    options.persons_file = persons;
  }
  options.facsimiles = args.facs;
  const std::string xml = tei::BuildTei(lines, structure, metadata, options);
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
  cmd->add_option("--profile", args->profile,
                  "the thesis's shape: headings, note series, line widths, pages (default: "
                  "DATA/samples/thesis.profile)");
  cmd->add_option("--structure-decisions", args->structure_decisions,
                  "editors' decisions on note starts and page ends (TSV: kind, target, text)");
  cmd->add_option(
      "--pages", args->pages,
      "the pages table of a text from scans (emend ocr's NAME.pages.tsv): each page's printed "
      "number, and the line that holds it, left out of the text. The form feeds between pages "
      "are page breaks with or without it");
  cmd->add_option(
      "--facs", args->facs,
      "each scanned page's image as pb/@facs, relative to the edition: {n} is the page's place "
      "in the scans, {n:4} the same zero-padded (\"facs/p{n:4}.png\")");
  cmd->add_option(
      "--metadata", args->metadata,
      "title, author, source ... as 'key: value' lines (default: DATA/samples/thesis.meta)");
  cmd->add_option("-o,--output", args->output,
                  "the TEI document; - or nothing for standard output");
  cmd->add_option(
      "--dictionaries", args->dictionaries,
      "the project's word lists, for telling Serbo-Croatian spans (default: DATA/dictionaries)");
  cmd->add_option("--hunspell-dir", args->hunspell_dir, "folder of Hunspell .aff/.dic files");
  cmd->add_flag(
      "--report", args->report,
      "print what was recovered (notes per chapter and gaps, divisions, pages) on stderr");
  return [args] { return Run(*args); };
}

}  // namespace emend::cli
