// emend tei IN.txt --emendations E.tsv [--metadata META] -o OUT.tei.xml
#include <iostream>

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
};

int Run(const TeiArgs& args) {
  RefuseToOverwrite(args.input, args.output);
  RefuseToOverwrite(args.emendations, args.output);
  const auto ocr = ReadTextLines(args.input);
  TextReadOptions table_options;
  table_options.display_name = args.emendations;
  const auto records = correct::ParseEmendations(ReadFileBytes(args.emendations), args.emendations);
  const tei::Metadata metadata =
      tei::ReadMetadata(args.metadata.empty() ? DataDir() + "/samples/thesis.meta" : args.metadata);
  const auto lines = tei::ApplyEmendations(ocr, records, args.emendations);
  std::vector<std::string> text;
  text.reserve(lines.size());
  for (const auto& line : lines) text.push_back(line.text);
  const tei::Structure structure = tei::AnalyseStructure(text);
  const std::string xml = tei::BuildTei(lines, structure, metadata, {EMEND_VERSION, args.input});
  WriteFileAtomically(args.output, xml);
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
  return [args] { return Run(*args); };
}

}  // namespace emend::cli
