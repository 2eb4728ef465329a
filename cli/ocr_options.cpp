#include "cli/ocr_options.hpp"

#include "ocr/binarization.hpp"
#include "ocr/shard_spec.hpp"

namespace emend::cli {

CLI::App* AddOcrOptions(CLI::App& app, OcrArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "ocr",
      "Read page images (PNG, JPEG, TIFF, PDF scans) with Tesseract: DIR/NAME.txt (one line per "
      "OCR line, a form-feed line between pages) and DIR/NAME.hocr per input. Exit 1: an input "
      "could not be read (nothing written for it); exit 5: some pages failed and were left "
      "empty in outputs that were written.");
  cmd->add_option("images", args.inputs, "page images: PNG, JPEG, TIFF (multi-page too), PDF")
      ->required();
  cmd->add_option("-o,--output", args.output_dir, "folder for the .txt and .hocr files")
      ->required();
  cmd->add_option("-j,--jobs", args.jobs, "pages recognised at once (default: one per core)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--languages", args.languages, "Tesseract models, joined by +");
  cmd->add_option("--tessdata-dir", args.tessdata_dir,
                  "folder of *.traineddata (default: $TESSDATA_PREFIX or Debian's)");
  cmd->add_option("--binarization", args.binarization, "otsu or sauvola")
      ->check(CLI::IsMember({"otsu", "sauvola"}));
  cmd->add_option("--dictionaries", args.dictionaries,
                  "the project's word lists (default: DATA/dictionaries)");
  cmd->add_option("--hunspell-dir", args.hunspell_dir, "folder of Hunspell .aff/.dic files");
  cmd->add_flag("--no-deskew", args.no_deskew, "do not straighten skewed pages");
  cmd->add_flag("--no-bilevel-cleaning", args.no_bilevel_cleaning,
                "give black-and-white pages to Tesseract as they are (no edge or speck removal)");
  cmd->add_flag("--no-script-repair", args.no_script_repair,
                "keep words in the script the engine read them in");
  cmd->add_flag(
      "--no-raised-marks", args.no_raised_marks,
      "keep what the page's reading made of raised note marks (no second reading as digits)");
  cmd->add_flag("--no-page-number-reread", args.no_page_number_reread,
                "keep the page's reading of its top (no second reading, as digits, of ink there "
                "that the engine left out)");
  cmd->add_flag("--no-user-words", args.no_user_words,
                "do not give Tesseract the dictionaries and signature patterns");
  cmd->add_flag("--no-progress", args.no_progress,
                "no progress bar on a terminal (nor, with --shard, progress lines in a log)");
  auto* shard =
      cmd->add_option("--shard", args.shard,
                      "K/N: recognise only every N-th page from the K-th (over all inputs, "
                      "in order), each recorded in DIR/NAME.shards/ as soon as it is done; "
                      "pages already recorded are skipped (resumable)")
          ->check(CLI::Validator(
              [](std::string& value) {
                ocr::ShardSpec spec;
                return ocr::ParseShard(value, spec)
                           ? std::string()
                           : "--shard takes K/N with 1 <= K <= N, not '" + value + "'";
              },
              "K/N"));
  cmd->add_flag("--merge", args.merge,
                "write DIR/NAME.txt, .hocr, .pages.tsv and .alto/ from the shards' page records, "
                "after checking that every page is recorded")
      ->excludes(shard);
  return cmd;
}

}  // namespace emend::cli
