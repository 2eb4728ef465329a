// emend-ocr: `emend ocr`. The emend binary checks the command line and then
// starts this program in its place with the same arguments
// (cli/ocr_command.cpp), so that only this program loads the OCR libraries
// (Tesseract, Leptonica, Poppler and the sixty-odd libraries they bring),
// which made every other command's start cost 14 ms of CPU instead of 2. It
// parses the same options (cli/ocr_options.cpp) and prints and exits as emend
// does.
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
#include "cli/ocr_options.hpp"
#include "core/data_dir.hpp"
#include "core/temp_files.hpp"
#include "ocr/ocr.hpp"

namespace emend::cli {
namespace {

std::atomic<bool> interrupted{false};

void OnInterrupt(int) { interrupted.store(true); }

// Tesseract's OpenMP runtime reads OMP_THREAD_LIMIT once, when the process
// starts. The emend binary sets it to 1 when it is unset before it starts
// this program; run by hand without it, this program runs itself again with it.
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

int RunOcr(const OcrArgs& args) {
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
  // A system call the signal interrupts carries on (SA_RESTART): with one job
  // the pages are read on this thread, the one the signal is delivered to,
  // and a write of the progress bar or a page must not fail for it.
  struct sigaction action {};
  action.sa_handler = OnInterrupt;
  action.sa_flags = SA_RESETHAND | SA_RESTART;
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

// Installed, emend-ocr is in <prefix>/libexec/emend/ (EMEND_OCR_TO_DATA leads
// from there to the data); in the build tree, beside emend.
std::string DataDir() {
  static const std::string dir = FindDataDir(
      ExecutablePath(), {EMEND_CLI_BUILD_DIR, EMEND_DEFAULT_DATA_DIR, EMEND_OCR_TO_DATA});
  return dir;
}

}  // namespace emend::cli

int main(int argc, char** argv) {
  using namespace emend::cli;
  emend::RemoveTempsOnSignals();
  CLI::App app{"emend: OCR of a scanned thesis to a critical edition"};
  app.require_subcommand(1);
  OcrArgs args;
  AddOcrOptions(app, args);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kUsageError;
  }
  return RunReportingErrors([&args] { return RunOcr(args); });
}
