// emend ocr PAGE_IMAGE... -o DIR [--jobs N] [--shard K/N | --merge]
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>

#include "cli/commands.hpp"
#include "ocr/ocr.hpp"

namespace emend::cli {
namespace {

std::atomic<bool> interrupted{false};

void OnInterrupt(int) { interrupted.store(true); }

struct OcrArgs {
  std::vector<std::string> inputs;
  std::string output_dir;
  int jobs = 0;
  std::string languages = ocr::EngineOptions{}.languages;
  std::string tessdata_dir;
  std::string binarization = ocr::ToString(ocr::PreprocessOptions{}.binarization);
  std::string dictionaries;
  std::string hunspell_dir = EMEND_DEFAULT_HUNSPELL_DIR;
  bool no_deskew = false, no_script_repair = false, no_user_words = false, no_raised_marks = false;
  bool no_bilevel_cleaning = false, no_page_number_reread = false;
  std::string shard;  // "K/N"
  bool merge = false;
  bool no_progress = false;
};

// Tesseract's OpenMP runtime reads OMP_THREAD_LIMIT once, when the process
// starts; if it is unset, run this command again with it set to 1.
void LimitOpenMpThreads() {
  if (std::getenv("OMP_THREAD_LIMIT")) return;
  std::ifstream cmdline("/proc/self/cmdline", std::ios::binary);
  const std::string all((std::istreambuf_iterator<char>(cmdline)),
                        std::istreambuf_iterator<char>());
  std::vector<std::string> parts;
  for (size_t start = 0; start < all.size();) {
    const size_t end = all.find('\0', start);
    parts.push_back(all.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (parts.empty()) return;
  std::vector<char*> argv;
  for (std::string& p : parts) argv.push_back(p.data());
  argv.push_back(nullptr);
  setenv("OMP_THREAD_LIMIT", "1", 1);
  execv("/proc/self/exe", argv.data());
  // Could not re-run: go on, only slower.
}

// Pages done, time spent and the time left, on stderr: a bar redrawn in
// place on a terminal; with `lines` (a shard in a batch job, whose stderr is a
// log file), a line per page.
class ProgressBar {
 public:
  ProgressBar(bool bar, bool lines, std::string label)
      : bar_(bar),
        lines_(lines),
        label_(std::move(label)),
        start_(std::chrono::steady_clock::now()) {}
  void Show(int done, int total) {
    if (!(bar_ && total >= 2) && !lines_) return;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const std::string eta = done > 0 && done < total
                                ? ", about " + Duration(seconds / done * (total - done)) + " left"
                                : "";
    if (bar_) {
      const int width = 30, filled = total ? done * width / total : width;
      std::fprintf(stderr, "\r[%s%s] %d/%d pages, %s%s   ", std::string(filled, '#').c_str(),
                   std::string(width - filled, '.').c_str(), done, total, Duration(seconds).c_str(),
                   eta.c_str());
      shown_ = true;
    } else {
      std::fprintf(stderr, "emend ocr%s: %d/%d pages, %s%s\n", label_.c_str(), done, total,
                   Duration(seconds).c_str(), eta.c_str());
    }
    std::fflush(stderr);
  }
  void End() {
    if (shown_) std::fputc('\n', stderr);
  }

 private:
  static std::string Duration(double seconds) {
    const long s = static_cast<long>(seconds + 0.5);
    char buffer[32];
    if (s >= 3600)
      std::snprintf(buffer, sizeof buffer, "%ldh%02ldm", s / 3600, s / 60 % 60);
    else if (s >= 60)
      std::snprintf(buffer, sizeof buffer, "%ldm%02lds", s / 60, s % 60);
    else
      std::snprintf(buffer, sizeof buffer, "%lds", s);
    return buffer;
  }
  bool bar_, lines_;
  std::string label_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
};

// Prints the report's errors and maps it to the exit code.
int Conclude(const ocr::OcrReport& report) {
  int code = kOk;
  for (const ocr::InputOutcome& input : report.inputs) {
    for (const std::string& page : input.page_errors) std::cerr << page << "\n";
    if (!input.error) continue;
    std::cerr << Diagnostic(*input.error);
    if (code == kOk) code = ExitCodeOf(input.error->kind());
  }
  if (report.cancelled) {
    std::cerr << "emend ocr: interrupted after " << report.pages_done << " of "
              << report.pages_total << " pages; " << report.Failures() << " input(s) not written\n";
    return kInterrupted;
  }
  // A whole input lost is worse than pages lost inside written inputs.
  if (code == kOk && report.Failures() > 0) code = kInputError;
  if (code != kOk) return code;
  if (report.PagesFailed() > 0) {
    std::cerr << "emend ocr: " << report.PagesFailed()
              << " page(s) failed and are left empty in the outputs (exit 5)\n";
    return kPagesFailed;
  }
  return kOk;
}

int Run(const OcrArgs& args) {
  LimitOpenMpThreads();
  ocr::OcrOptions options;
  options.engine.languages = args.languages;
  options.engine.tessdata_dir = args.tessdata_dir;
  ocr::ParseBinarization(args.binarization, options.preprocess.binarization);
  options.preprocess.deskew = !args.no_deskew;
  options.preprocess.clean_bilevel = !args.no_bilevel_cleaning;
  options.repair_scripts = !args.no_script_repair;
  options.user_words = !args.no_user_words;
  options.raised_marks = !args.no_raised_marks;
  options.reread_page_numbers = !args.no_page_number_reread;
  options.dictionaries_dir =
      args.dictionaries.empty() ? DataDir() + "/dictionaries" : args.dictionaries;
  options.hunspell_dir = args.hunspell_dir;
  options.jobs = args.jobs;

  // Ctrl-C: finish the pages in hand, write nothing unfinished. A second one kills.
  struct sigaction action {};
  action.sa_handler = OnInterrupt;
  action.sa_flags = SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);

  if (args.merge) return Conclude(ocr::MergeShards(args.inputs, args.output_dir));
  std::string label;
  if (!args.shard.empty()) {
    ocr::ShardSpec shard;
    ocr::ParseShard(args.shard, shard);  // checked by the option
    options.shard = shard;
    label = " shard " + args.shard;
  }
  const bool terminal = isatty(STDERR_FILENO);
  ProgressBar bar(!args.no_progress && terminal, !args.no_progress && !terminal && options.shard,
                  label);
  const ocr::OcrReport report = ocr::RunOcr(args.inputs, args.output_dir, options, &interrupted,
                                            [&bar](int done, int total) { bar.Show(done, total); });
  bar.End();
  if (options.shard && report.pages_skipped > 0 && !args.no_progress) {
    std::cerr << "emend ocr" << label << ": " << report.pages_skipped
              << " page(s) recorded by an earlier run, skipped\n";
  }
  return Conclude(report);
}

}  // namespace

Runner AddOcrCommand(CLI::App& app) {
  auto args = std::make_shared<OcrArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ocr",
      "Read page images (PNG, JPEG, TIFF, PDF scans) with Tesseract: DIR/NAME.txt (one line per "
      "OCR line, a form-feed line between pages) and DIR/NAME.hocr per input. Exit 1: an input "
      "could not be read (nothing written for it); exit 5: some pages failed and were left "
      "empty in outputs that were written.");
  cmd->add_option("images", args->inputs, "page images: PNG, JPEG, TIFF (multi-page too), PDF")
      ->required();
  cmd->add_option("-o,--output", args->output_dir, "folder for the .txt and .hocr files")
      ->required();
  cmd->add_option("-j,--jobs", args->jobs, "pages recognised at once (default: one per core)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--languages", args->languages, "Tesseract models, joined by +");
  cmd->add_option("--tessdata-dir", args->tessdata_dir,
                  "folder of *.traineddata (default: $TESSDATA_PREFIX or Debian's)");
  cmd->add_option("--binarization", args->binarization, "otsu or sauvola")
      ->check(CLI::IsMember({"otsu", "sauvola"}));
  cmd->add_option("--dictionaries", args->dictionaries,
                  "the project's word lists (default: DATA/dictionaries)");
  cmd->add_option("--hunspell-dir", args->hunspell_dir, "folder of Hunspell .aff/.dic files");
  cmd->add_flag("--no-deskew", args->no_deskew, "do not straighten skewed pages");
  cmd->add_flag("--no-bilevel-cleaning", args->no_bilevel_cleaning,
                "give black-and-white pages to Tesseract as they are (no edge or speck removal)");
  cmd->add_flag("--no-script-repair", args->no_script_repair,
                "keep words in the script the engine read them in");
  cmd->add_flag(
      "--no-raised-marks", args->no_raised_marks,
      "keep what the page's reading made of raised note marks (no second reading as digits)");
  cmd->add_flag("--no-page-number-reread", args->no_page_number_reread,
                "keep the page's reading of its top (no second reading, as digits, of ink there "
                "that the engine left out)");
  cmd->add_flag("--no-user-words", args->no_user_words,
                "do not give Tesseract the dictionaries and signature patterns");
  cmd->add_flag("--no-progress", args->no_progress,
                "no progress bar on a terminal (nor, with --shard, progress lines in a log)");
  auto* shard =
      cmd->add_option("--shard", args->shard,
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
  cmd->add_flag("--merge", args->merge,
                "write DIR/NAME.txt, .hocr, .pages.tsv and .alto/ from the shards' page records, "
                "after checking that every page is recorded")
      ->excludes(shard);
  return [args] { return Run(*args); };
}

}  // namespace emend::cli
