// RunOcr: the inputs' pages shared out to worker threads, one engine each.
#include <leptonica/allheaders.h>
#include <stdlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "core/error.hpp"
#include "core/output_file.hpp"
#include "correct/lexicon.hpp"
#include "ocr/digit_letters.hpp"
#include "ocr/ocr.hpp"
#include "ocr/page_image.hpp"
#include "ocr/page_number.hpp"
#include "ocr/page_output.hpp"
#include "ocr/raised_marks.hpp"
#include "ocr/script_repair.hpp"
#include "ocr/shards.hpp"
#include "ocr/user_dictionary.hpp"

namespace emend::ocr {
namespace {

// A private folder for the user words files, removed when the run ends.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "emend-ocr-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
      throw IoError(pattern,
                    std::string("cannot make a temporary folder: ") + std::strerror(errno));
    }
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Writes `files` (name -> contents) into the folder `path` as a whole: into a
// new folder beside it, renamed over it when every file is written (an
// earlier folder of that name is replaced).
void WriteFolderAtomically(const std::string& path,
                           const std::vector<std::pair<std::string, std::string>>& files) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  std::string pattern =
      (target.parent_path() / ("." + target.filename().string() + ".XXXXXX")).string();
  if (!mkdtemp(pattern.data()))
    throw InputError(path, 0, 0, "cannot make a temporary folder beside it");
  const fs::path fresh(pattern);
  std::error_code ec;
  try {
    for (const auto& [name, contents] : files)
      WriteFileAtomically((fresh / name).string(), contents);
    fs::permissions(fresh, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                               fs::perms::others_read | fs::perms::others_exec);
    fs::path old;
    if (fs::exists(target)) {
      old = fs::path(pattern + ".old");
      fs::rename(target, old);
    }
    fs::rename(fresh, target);
    if (!old.empty()) fs::remove_all(old, ec);
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(fresh, ec);
    throw InputError(path, 0, 0, std::string("cannot write the folder: ") + e.code().message());
  } catch (...) {
    fs::remove_all(fresh, ec);
    throw;
  }
}

std::string AltoName(size_t index) {
  char name[32];
  std::snprintf(name, sizeof name, "%04zu.xml", index + 1);
  return name;
}

// An input's outputs, made.
struct InputFiles {
  std::string text, hocr, table;
  std::vector<std::pair<std::string, std::string>> alto;  // file name, document
};

// Writes an input's outputs beside `base` (DIR/NAME), each atomically, the
// text last: its presence says the input is done.
void WriteInputFiles(const std::string& input, const std::string& base, const InputFiles& files) {
  for (const char* extension : {".txt", ".hocr", ".pages.tsv", ".alto"}) {
    RefuseToOverwrite(input, base + extension);
  }
  WriteFolderAtomically(base + ".alto", files.alto);
  WriteFileAtomically(base + ".pages.tsv", files.table);
  WriteFileAtomically(base + ".hocr", files.hocr);
  WriteFileAtomically(base + ".txt", files.text);
}

std::string OutputBase(const std::string& output_dir, const std::string& input) {
  return (std::filesystem::path(output_dir) / std::filesystem::path(input).stem()).string();
}

struct PageTask {
  size_t input = 0;
  int page = 0;
};

// The state of one input while its pages are in the workers' hands.
struct InputState {
  std::unique_ptr<PageSource> source;  // opened once, read a page at a time
  std::vector<PageResult> pages;
  int remaining = 0;
  std::string base;  // output path without extension
};

class Run {
 public:
  Run(const std::vector<std::string>& inputs, const std::string& output_dir,
      const OcrOptions& options, const std::atomic<bool>* cancel, const ProgressCallback& progress)
      : options_(options), cancel_(cancel), progress_(progress) {
    report_.inputs.resize(inputs.size());
    states_.resize(inputs.size());
    std::map<std::string, std::string> claimed;  // output base -> input
    size_t global_page = 0;                      // over all inputs, for the shards
    for (size_t i = 0; i < inputs.size(); ++i) {
      InputOutcome& outcome = report_.inputs[i];
      outcome.input = inputs[i];
      const std::string base = OutputBase(output_dir, inputs[i]);
      if (auto [it, fresh] = claimed.emplace(base, inputs[i]); !fresh) {
        outcome.error =
            UsageError(inputs[i], "same output name as " + it->second + " (" + base + ".txt)");
        continue;
      }
      try {
        states_[i].source = OpenPages(inputs[i]);
        outcome.pages = states_[i].source->pages();
      } catch (const Error& e) {
        outcome.error = e;
        continue;
      }
      states_[i].base = base;
      if (!options_.shard) {
        states_[i].pages.resize(outcome.pages);
        states_[i].remaining = outcome.pages;
        for (int p = 0; p < outcome.pages; ++p) tasks_.push_back({i, p});
        continue;
      }
      // A shard: its own pages, but those already recorded.
      const std::string folder = ShardFolder(base);
      for (int p = 0; p < outcome.pages; ++p, ++global_page) {
        if (!InShard(*options_.shard, global_page)) continue;
        if (std::filesystem::exists(PageRecordPath(folder, p))) {
          ++report_.pages_skipped;
          continue;
        }
        tasks_.push_back({i, p});
        ++states_[i].remaining;
      }
      if (states_[i].remaining == 0) outcome.shard_folder = folder;
    }
    report_.pages_total = static_cast<int>(tasks_.size());
  }

  OcrReport Go(const std::string& words_file, const std::string& patterns_file) {
    if (tasks_.empty()) return report_;
    EngineOptions main = options_.engine;
    main.user_words_file = words_file;
    main.user_patterns_file = patterns_file;
    engine_options_ = main;
    latin_options_ = main;
    latin_options_.languages = options_.latin_languages;
    cyrillic_options_ = main;
    cyrillic_options_.languages = options_.cyrillic_languages;
    int jobs = options_.jobs > 0
                   ? options_.jobs
                   : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    jobs = std::min<int>(jobs, static_cast<int>(tasks_.size()));
    // The lexicon the script repair needs loads on this thread while the
    // workers start their engines, and a single worker with no lexicon to
    // wait for works on this thread itself. A thread of its own buys no
    // time there, and costs CPU: glibc gives each new thread a malloc arena
    // that grows a page at a time, where this thread's heap grows in large
    // steps (huge pages with glibc.malloc.hugetlb=1). A page of the scanned
    // typescript, --jobs 1: 1.07 -> 0.83 s of CPU without the script repair,
    // 1.92 -> 1.48 s with it; two pages, --jobs 2: 2.82 -> 2.57 s (six runs
    // each, the two builds taking turns).
    std::promise<std::shared_ptr<const correct::Lexicon>> loaded;
    const bool load_lexicon = options_.repair_scripts && !options_.lexicon;
    if (options_.repair_scripts && options_.lexicon) loaded.set_value(options_.lexicon);
    if (options_.repair_scripts) lexicon_ = loaded.get_future().share();
    if (jobs == 1 && !load_lexicon) {
      Work();
    } else {
      std::vector<std::thread> workers;
      for (int j = 0; j < jobs; ++j) workers.emplace_back([this] { Work(); });
      if (load_lexicon) {
        try {
          correct::LexiconOptions lexicon;
          lexicon.hunspell_dir = options_.hunspell_dir;
          lexicon.dictionaries_dir = options_.dictionaries_dir;
          loaded.set_value(std::make_shared<const correct::Lexicon>(lexicon));
        } catch (...) {
          loaded.set_exception(std::current_exception());
        }
      }
      for (std::thread& t : workers) t.join();
    }
    if (setup_error_) std::rethrow_exception(setup_error_);
    report_.cancelled = cancel_ && cancel_->load();
    return report_;
  }

 private:
  // One worker's engines, the script repair's started when first needed;
  // put back on the caller's shelf, when there is one, as the worker ends.
  struct Worker {
    explicit Worker(const Run& run) : run(run) {}
    ~Worker() {
      if (!run.options_.engines) return;
      run.options_.engines->Put(run.engine_options_, std::move(engine));
      run.options_.engines->Put(run.latin_options_, std::move(latin));
      run.options_.engines->Put(run.cyrillic_options_, std::move(cyrillic));
    }
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;
    const Run& run;
    std::unique_ptr<Engine> engine, latin, cyrillic;
  };

  // An engine from the caller's shelf, or a new one.
  std::unique_ptr<Engine> Start(const EngineOptions& options) const {
    return options_.engines ? options_.engines->Take(options) : std::make_unique<Engine>(options);
  }

  void Work() {
    Worker worker(*this);
    try {
      worker.engine = Start(engine_options_);
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!setup_error_) setup_error_ = std::current_exception();
      stop_ = true;
      return;
    }
    while (true) {
      if (stop_ || (cancel_ && cancel_->load())) return;
      const size_t n = next_.fetch_add(1);
      if (n >= tasks_.size()) return;
      const PageTask task = tasks_[n];
      std::optional<Error> error;
      std::optional<PageResult> result;
      const std::string& input = report_.inputs[task.input].input;
      const std::string page = "page " + std::to_string(task.page + 1) + ": ";
      try {
        result = Recognize(worker, *states_[task.input].source, task.page);
      } catch (const Error& e) {
        // The engine and the preprocessing know the page, not its file.
        error = e.file().empty() ? Error(e.kind(), input, 0, 0, page + e.message()) : e;
      } catch (const std::exception& e) {  // a library's own exception: still this page's failure
        error = InputError(input, 0, 0, page + e.what());
      }
      Finish(task, std::move(result), std::move(error));
    }
  }

  PageResult Recognize(Worker& worker, const PageSource& source, int index) {
    const PixPtr image = source.Read(index);
    const PreprocessedPage clean = Preprocess(image.get(), options_.preprocess);
    PageResult result;
    result.width = pixGetWidth(image.get());
    result.height = pixGetHeight(image.get());
    result.dpi = clean.source_dpi;
    result.geometry = clean.geometry;
    result.preprocessing = clean.description;
    result.page = worker.engine->Recognize(clean);
    if (options_.raised_marks) {
      ReadRaisedMarks(clean.binary.get(), result.page, [&](const BoundingBox& box) {
        return worker.engine->ReadDigits(clean, box);
      });
    }
    if (options_.repair_scripts) Repair(worker, clean, result.page);
    if (options_.reread_page_numbers) {
      result.printed = ReadPrintedPageNumber(
          clean.binary.get(), result.page, [&](const BoundingBox& ink, float* confidence) {
            // A lone digit reads better with room around it.
            const int pad = (ink.bottom - ink.top) / 2;
            return worker.engine->ReadDigits(
                clean, {ink.left - pad, ink.top - pad, ink.right + pad, ink.bottom + pad},
                confidence);
          });
    } else {
      result.printed = FindPrintedPageNumber(result.page, clean.geometry.height);
    }
    return result;
  }

  void Repair(Worker& worker, const PreprocessedPage& clean, RecognizedPage& page) {
    std::shared_ptr<const correct::Lexicon> lexicon;
    try {
      lexicon = lexicon_.get();
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!setup_error_) setup_error_ = std::current_exception();
      stop_ = true;
      throw;  // the lexicon's own error, reported for this page and for the run
    }
    // The lexicon caches its answers and is not thread-safe: one line at a time.
    std::lock_guard lock(lexicon_mutex_);
    const ScriptRepair repair(*lexicon);
    for (RecognizedLine& line : page.lines) {
      std::vector<std::string> words;
      std::vector<float> confidences;
      for (const RecognizedWord& w : line.words) {
        words.push_back(w.text);
        confidences.push_back(w.confidence);
      }
      const Reread reread = [&](size_t index, Script target) -> std::string {
        std::unique_ptr<Engine>& engine = target == Script::kLatin ? worker.latin : worker.cyrillic;
        if (!engine) engine = Start(target == Script::kLatin ? latin_options_ : cyrillic_options_);
        return engine->ReadWord(clean, line.words[index].box);
      };
      for (const ScriptChange& change : repair.RepairLine(words, reread, confidences)) {
        RecognizedWord& word = line.words[change.index];
        word.engine_text = change.before;
        word.repair = change.evidence;
        word.text = change.after;
      }
      // Letters read as digits inside a word ("1n", "1s"): read again by the
      // Latin engine with digits not allowed.
      const KnownWord known = [&](const std::string& w) {
        return lexicon->IsEnglish(w) || lexicon->IsSerboCroatian(w);
      };
      const ReadWithoutDigits again = [&](size_t index) -> std::string {
        if (!worker.latin) worker.latin = Start(latin_options_);
        return worker.latin->ReadWithoutDigits(clean, line.words[index].box);
      };
      for (const DigitLetterChange& change : RepairDigitLetters(words, known, again)) {
        RecognizedWord& word = line.words[change.index];
        if (word.engine_text.empty()) word.engine_text = change.before;
        word.repair = "digit read for a letter: read again without digits";
        word.text = change.after;
      }
    }
  }

  // Records a page's result, or its error (the page stays empty in the
  // outputs); when it was the input's last page, writes the input's files.
  void Finish(const PageTask& task, std::optional<PageResult> result, std::optional<Error> error) {
    std::unique_lock lock(mutex_);
    InputOutcome& outcome = report_.inputs[task.input];
    InputState& state = states_[task.input];
    ++report_.pages_done;
    if (progress_) progress_(report_.pages_done, report_.pages_total);
    const std::string message = error ? std::string(error->what()) : std::string();
    if (options_.shard) {
      FinishShardPage(lock, task, std::move(result), message);
      return;
    }
    if (error) {
      outcome.page_errors.push_back(message);
      state.pages[task.page].error = message;
    } else if (result) {
      state.pages[task.page] = std::move(*result);
    }
    if (--state.remaining > 0) return;
    if (static_cast<int>(outcome.page_errors.size()) == outcome.pages) {
      outcome.error = InputError(outcome.input, 0, 0, "no page could be read");
      return;
    }
    // The input's last page: write its files (each atomically), outside the lock.
    std::sort(outcome.page_errors.begin(), outcome.page_errors.end(),
              [](const std::string& a, const std::string& b) {
                return a.size() != b.size() ? a.size() < b.size() : a < b;
              });
    std::vector<PageResult> pages = std::move(state.pages);
    state.source.reset();
    const std::string base = state.base, input = outcome.input;
    lock.unlock();
    std::string text_file, hocr_file;
    std::optional<Error> failure;
    try {
      const std::string image = std::filesystem::path(input).filename().string();
      InputFiles files;
      files.text = FormatText(pages);
      files.hocr = FormatHocr(pages, image);
      files.table = FormatPageTable(pages);
      for (size_t p = 0; p < pages.size(); ++p)
        files.alto.emplace_back(AltoName(p), FormatAlto(pages[p], p, image));
      WriteInputFiles(input, base, files);
      text_file = base + ".txt";
      hocr_file = base + ".hocr";
    } catch (const Error& e) {
      failure = e;
    }
    lock.lock();
    outcome.text_file = text_file;
    outcome.hocr_file = hocr_file;
    outcome.error = failure;
  }

  // A shard's page: its record written at once (atomically, outside the lock).
  void FinishShardPage(std::unique_lock<std::mutex>& lock, const PageTask& task,
                       std::optional<PageResult> result, const std::string& error) {
    InputOutcome& outcome = report_.inputs[task.input];
    InputState& state = states_[task.input];
    PageResult page = result ? std::move(*result) : PageResult{};
    if (!error.empty()) {
      outcome.page_errors.push_back(error);
      page.error = error;
    }
    const std::string folder = ShardFolder(state.base);
    const std::string image = std::filesystem::path(outcome.input).filename().string();
    const size_t pages = static_cast<size_t>(outcome.pages);
    lock.unlock();
    std::optional<Error> failure;
    try {
      std::error_code ec;
      std::filesystem::create_directories(folder, ec);
      if (ec) throw IoError(folder, "cannot make the folder: " + ec.message());
      WriteFileAtomically(PageRecordPath(folder, task.page),
                          FormatPageRecord(page, task.page, pages, image));
    } catch (const Error& e) {
      failure = e;
    } catch (const std::exception& e) {
      failure = IoError(folder, e.what());
    }
    lock.lock();
    if (failure && !outcome.error) outcome.error = failure;
    if (--state.remaining == 0 && !outcome.error) outcome.shard_folder = folder;
  }

  const OcrOptions& options_;
  const std::atomic<bool>* cancel_;
  const ProgressCallback& progress_;
  // The engines' options: the main engine's, and the script repair's re-readers'.
  EngineOptions engine_options_, latin_options_, cyrillic_options_;
  OcrReport report_;
  std::vector<InputState> states_;
  std::vector<PageTask> tasks_;
  std::atomic<size_t> next_{0};
  std::atomic<bool> stop_{false};
  std::mutex mutex_, lexicon_mutex_;
  std::exception_ptr setup_error_;
  std::shared_future<std::shared_ptr<const correct::Lexicon>> lexicon_;
};

}  // namespace

size_t OcrReport::Failures() const {
  size_t n = 0;
  for (const InputOutcome& input : inputs) {
    n += input.error.has_value() || (input.text_file.empty() && input.shard_folder.empty());
  }
  return n;
}

size_t OcrReport::PagesFailed() const {
  size_t n = 0;
  for (const InputOutcome& input : inputs) n += input.page_errors.size();
  return n;
}

OcrReport MergeShards(const std::vector<std::string>& inputs, const std::string& output_dir) {
  QuietLeptonica();
  if (!std::filesystem::is_directory(output_dir)) {
    throw InputError(output_dir, 0, 0, "no such folder: the shards write there first");
  }
  OcrReport report;
  std::map<std::string, std::string> claimed;  // output base -> input
  for (const std::string& input : inputs) {
    InputOutcome& outcome = report.inputs.emplace_back();
    outcome.input = input;
    const std::string base = OutputBase(output_dir, input);
    if (auto [it, fresh] = claimed.emplace(base, input); !fresh) {
      outcome.error =
          UsageError(input, "same output name as " + it->second + " (" + base + ".txt)");
      continue;
    }
    try {
      outcome.pages = OpenPages(input)->pages();
      const std::string folder = ShardFolder(base);
      const std::string image = std::filesystem::path(input).filename().string();
      InputFiles files;
      files.hocr = HocrHead(image);
      files.table = PageTableHeader();
      std::vector<int> missing;
      std::string unreadable;
      for (int p = 0; p < outcome.pages; ++p) {
        const std::string path = PageRecordPath(folder, p);
        if (!std::filesystem::exists(path)) {
          missing.push_back(p + 1);
          continue;
        }
        PageRecord record;
        try {
          record = ReadPageRecord(path);
          if (record.index != static_cast<size_t>(p) ||
              record.pages != static_cast<size_t>(outcome.pages)) {
            throw InputError(path, 0, 0,
                             "records page " + std::to_string(record.index + 1) + " of " +
                                 std::to_string(record.pages) + ", not page " +
                                 std::to_string(p + 1) + " of " + std::to_string(outcome.pages) +
                                 " (another input of that name?)");
          }
        } catch (const InputError& e) {
          if (unreadable.empty()) unreadable = e.what();
          missing.push_back(p + 1);
          continue;
        }
        if (!record.error.empty()) outcome.page_errors.push_back(record.error);
        if (p > 0) files.text += "\f\n";
        files.text += record.text;
        files.hocr += record.hocr;
        files.table += record.row;
        files.alto.emplace_back(AltoName(p), record.alto);
        ++report.pages_done;
      }
      report.pages_total += outcome.pages;
      if (!missing.empty()) {
        std::string list;
        for (size_t k = 0; k < missing.size() && k < 10; ++k)
          list += (k ? ", " : "") + std::to_string(missing[k]);
        if (missing.size() > 10) list += ", ...";
        outcome.error = InputError(input, 0, 0,
                                   std::to_string(missing.size()) + " of " +
                                       std::to_string(outcome.pages) + " pages not recorded in " +
                                       folder + " (pages " + list + "): run the missing shards" +
                                       (unreadable.empty() ? "" : "; " + unreadable));
        continue;
      }
      if (static_cast<int>(outcome.page_errors.size()) == outcome.pages) {
        outcome.error = InputError(input, 0, 0, "no page could be read");
        continue;
      }
      files.hocr += HocrTail();
      WriteInputFiles(input, base, files);
      outcome.text_file = base + ".txt";
      outcome.hocr_file = base + ".hocr";
    } catch (const Error& e) {
      outcome.error = e;
    }
  }
  return report;
}

OcrReport RunOcr(const std::vector<std::string>& inputs, const std::string& output_dir,
                 const OcrOptions& options, const std::atomic<bool>* cancel,
                 const ProgressCallback& progress) {
  QuietLeptonica();
  CheckLanguageModels(options.engine);
  if (options.repair_scripts) {
    for (const std::string& languages : {options.latin_languages, options.cyrillic_languages}) {
      EngineOptions restricted = options.engine;
      restricted.languages = languages;
      CheckLanguageModels(restricted);
    }
  }
  std::error_code ec;
  std::filesystem::create_directories(output_dir, ec);
  if (ec || !std::filesystem::is_directory(output_dir)) {
    throw IoError(output_dir,
                  "cannot make the output folder: " + (ec ? ec.message() : "not a folder"));
  }
  ScratchDir scratch;
  std::string words_file, patterns_file;
  if (options.user_words) {
    std::tie(words_file, patterns_file) =
        WriteUserDictionary(LoadUserDictionary(options.dictionaries_dir), scratch.path());
  }
  Run run(inputs, output_dir, options, cancel, progress);
  return run.Go(words_file, patterns_file);
}

}  // namespace emend::ocr
