// emend's OCR stage, the module's public surface: page images (PNG, JPEG,
// TIFF with any number of pages, PDF scans) in; per input a text file for
// `emend correct` (a form feed between pages), an hOCR file with per-word
// confidences, an ALTO file per page and a table of the pages (the printed
// page number read from each) out.
//
// Tesseract's OpenMP threads oversubscribe a small machine (22.7 s for a page
// instead of 3.6 s on 2 cores): the process should run with OMP_THREAD_LIMIT=1
// set before it starts; parallelism comes from one engine per worker here.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "ocr/engine.hpp"
#include "ocr/engine_shelf.hpp"
#include "ocr/preprocess.hpp"
#include "ocr/shards.hpp"

namespace emend::correct {
class Lexicon;
}  // namespace emend::correct

namespace emend::ocr {

struct OcrOptions {
  // The recogniser: models "eng+hrv+rus" from the tessdata folder.
  EngineOptions engine;
  // Models that read only Latin / only Cyrillic, used to re-read a word whose
  // script the repair questions (see script_repair.hpp).
  std::string latin_languages = "eng+hrv";
  std::string cyrillic_languages = "rus";
  // Leptonica cleaning of each page.
  PreprocessOptions preprocess;
  // The project's word lists: Tesseract user words and the script repair's lexicon.
  std::string dictionaries_dir = "dictionaries";
  // Debian's Hunspell dictionaries, for the script repair's lexicon.
  std::string hunspell_dir = "/usr/share/hunspell";
  // The script repair's lexicon, already loaded, for a caller that runs OCR
  // more than once in a process (loading the dictionaries takes about a
  // second). Null (the default): each run loads its own from dictionaries_dir
  // and hunspell_dir. Shared, not copied: the lexicon caches its answers and
  // is not thread-safe, so nothing else may use it while RunOcr runs (RunOcr
  // itself uses it from one thread at a time).
  std::shared_ptr<const correct::Lexicon> lexicon;
  // Engines started by earlier runs, for a caller that runs OCR more than
  // once in a process (starting one loads its models: about a third of a
  // second). Null (the default): each run starts its own. With a shelf, each
  // worker takes its engines from it and puts them back as the run ends.
  std::shared_ptr<EngineShelf> engines;
  // Put words with mixed or wrong scripts into the script their context supports.
  bool repair_scripts = true;
  // Read raised note marks again as digits (see raised_marks.hpp).
  bool raised_marks = true;
  // When the engine read no page number, read ink on top of the page that it
  // left out again as digits (see page_number.hpp).
  bool reread_page_numbers = true;
  // Give Tesseract the dictionaries as user words and signature patterns.
  bool user_words = true;
  // Pages recognised at once, one engine each; 0 means one per core.
  int jobs = 0;
  // Only this shard's pages, each written as a page record (see shards.hpp)
  // instead of the outputs; pages already recorded are skipped.
  std::optional<ShardSpec> shard;
};

// What became of one input file.
struct InputOutcome {
  std::string input;
  std::string text_file;     // written, or empty
  std::string hocr_file;     // written, or empty
  std::string shard_folder;  // with a shard: its pages of this input are all recorded there
  int pages = 0;             // pages the file holds (0 when it could not be read)
  // Why the input was not written; none on success (and on cancellation).
  std::optional<Error> error;
  // "file: page N: message" for each page that could not be read or
  // recognised, in page order. Such a page is left empty in the outputs (its
  // form feed and its ocr_page are still there, with the error recorded), and
  // the other pages are written.
  std::vector<std::string> page_errors;
};

struct OcrReport {
  std::vector<InputOutcome> inputs;  // in the order given
  bool cancelled = false;            // stopped by the cancel flag; unfinished inputs not written
  int pages_total = 0;               // pages to recognise in this run
  int pages_done = 0;
  int pages_skipped = 0;  // a shard's pages already recorded by an earlier run
  // Inputs with an error or left unwritten.
  size_t Failures() const;
  // Pages that failed, over all inputs (those of written inputs included).
  size_t PagesFailed() const;
};

// Called after each page with (pages done, pages in all), from any worker
// thread but never from two at once.
using ProgressCallback = std::function<void(int done, int total)>;

// Recognises every page of every input, `options.jobs` pages at a time, and
// writes <output_dir>/<name>.txt, <name>.hocr, <name>.pages.tsv and
// <name>.alto/0001.xml... for each input once all its pages are done (atomically: a cancellation
// leaves no half-written file). An input that cannot be opened, or none of whose pages can be read,
// is reported in its InputOutcome's error and nothing is written for it; a page that fails is
// reported in page_errors and left empty. The others go on. When *cancel becomes true, workers
// finish the page in hand and stop. Throws before any page is read for what stops every page:
// InputError for a missing language model or a broken dictionary, IoError for an output folder that
// cannot be made.
OcrReport RunOcr(const std::vector<std::string>& inputs, const std::string& output_dir,
                 const OcrOptions& options, const std::atomic<bool>* cancel = nullptr,
                 const ProgressCallback& progress = {});

// Writes each input's outputs (as RunOcr does) from the page records that
// the shards left in <output_dir>/<name>.shards. An input with a page whose
// record is missing or unreadable gets an error naming the pages ("...: 2 of
// 120 pages not recorded (pages 7, 9): run the missing shards") and nothing
// is written for it; a recorded page that failed is in page_errors. Inputs
// that cannot be opened are reported as in RunOcr. Never throws for a single
// input; throws InputError when the output folder is missing.
OcrReport MergeShards(const std::vector<std::string>& inputs, const std::string& output_dir);

}  // namespace emend::ocr
