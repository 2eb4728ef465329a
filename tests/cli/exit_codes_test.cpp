// Every exit code README.md documents, each shown by a real run of the built
// emend: 0 success, 1 bad input, 2 usage, 3 quality below the baseline,
// 4 a write the system refused (a full disk), 130 interrupted (Ctrl-C) with nothing
// half-written left behind.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "compiled_lexicon.hpp"

namespace {

namespace fs = std::filesystem;

struct Outcome {
  int exit_code = -1;  // the shell's $?: 128 + N when ended by signal N
  std::string stderr_text;
};

// Starts emend with `args`, stderr to a file; returns the child's pid.
pid_t Start(const std::vector<std::string>& args, const std::string& stderr_file) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int fd = open(stderr_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, STDERR_FILENO);
    const int null = open("/dev/null", O_RDWR);
    dup2(null, STDIN_FILENO);
    dup2(null, STDOUT_FILENO);
    // A test run in the background (nohup, a CI runner) may have SIGINT
    // ignored, and an ignored signal stays ignored across exec until emend
    // installs its handler: give the child the default, as a terminal would.
    signal(SIGINT, SIG_DFL);
    std::vector<char*> argv = {const_cast<char*>(EMEND_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(EMEND_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

Outcome Wait(pid_t pid, const std::string& stderr_file) {
  int status = 0;
  waitpid(pid, &status, 0);
  Outcome run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::ifstream in(stderr_file);
  run.stderr_text.assign(std::istreambuf_iterator<char>(in), {});
  return run;
}

class ExitCodes : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("emend-exit-codes-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  std::string Write(const std::string& name, const std::string& bytes) const {
    std::ofstream(Path(name), std::ios::binary) << bytes;
    return Path(name);
  }
  Outcome Emend(const std::vector<std::string>& args) const {
    const std::string err = Path("stderr.txt");
    return Wait(Start(args, err), err);
  }
  // The files in the test's folder, but the ones the test wrote itself.
  std::vector<std::string> Outputs() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_)) {
      const std::string name = entry.path().filename().string();
      if (name != "stderr.txt" && name != "in.txt" && name != "e.tsv") names.push_back(name);
    }
    return names;
  }
  fs::path dir_;
};

const std::string kSource = EMEND_SOURCE_DIR;
const char* const kHeader =
    "id\tline\tcolumn\tlength\tocr\treading\tclass\tconfidence\tstatus\tevidence\n";

// The successful and the full-disk runs read the fixture's compiled lexicon
// (compiled_lexicon.hpp) instead of loading the dictionaries: their exit
// codes are the same, a second and a half sooner.
std::vector<std::string> WithCompiledLexicon(std::vector<std::string> args) {
  for (std::string& a : emend_test::CompiledLexiconArgs()) args.push_back(std::move(a));
  return args;
}

TEST_F(ExitCodes, ZeroOnSuccess) {
  const Outcome r = Emend(
      WithCompiledLexicon({"correct", Write("in.txt", "Norm alization\n"), "-o", Path("out.txt")}));
  EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
  EXPECT_TRUE(fs::exists(Path("out.txt")));
}

TEST_F(ExitCodes, OneForBadInputWithTheLineAndACaret) {
  const Outcome r =
      Emend({"correct", Write("in.txt", "ok\nMi\xE6unovi\xE6\n"), "-o", Path("out.txt")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.stderr_text, Path("in.txt") +
                               ":2:3: invalid UTF-8 at byte 3 (0xE6); convert the file to UTF-8 "
                               "(e.g. iconv -f WINDOWS-1250 -t UTF-8)\n"
                               "Mi\\xE6unovi\\xE6\n"
                               "  ^ here\n");
  EXPECT_FALSE(fs::exists(Path("out.txt")));
}

// Issue 14: this was exit 1, an input error, though nothing was wrong with
// any input.
TEST_F(ExitCodes, TwoForReviewAcceptWithoutDecisions) {
  Write("in.txt", "After Titos visit\n");
  Write("e.tsv",
        std::string(kHeader) + "e1.7\t1\t7\t5\tTitos\tTito's\tapostrophe\t0.40\tflagged\tr\n");
  const Outcome r =
      Emend({"review", Path("in.txt"), "--emendations", Path("e.tsv"), "--accept", "1"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.stderr_text, "emend review: --decisions FILE is needed to record decisions\n");
  EXPECT_EQ(Outputs(), std::vector<std::string>{});
}

TEST_F(ExitCodes, TwoForAnUnknownOption) {
  EXPECT_EQ(Emend({"correct", "--no-such-option"}).exit_code, 2);
}

TEST_F(ExitCodes, ThreeForScoresBelowTheBaseline) {
  const std::string gold = kSource + "/samples/gold/dev";
  const Outcome r = Emend({"eval", gold, gold + "/ocr", "--baseline",
                           Write("baseline.txt", "word_error_reduction: 100.1\n")});
  EXPECT_EQ(r.exit_code, 3) << r.stderr_text;
}

// A full disk: /dev/full refuses every write with ENOSPC (root included).
TEST_F(ExitCodes, FourForADiskThatIsFull) {
  const Outcome r = Emend(
      WithCompiledLexicon({"correct", Write("in.txt", "Norm alization\n"), "-o", "/dev/full"}));
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.stderr_text, "/dev/full: cannot write\n");
}

// Ctrl-C in the middle of correcting the whole thesis: the shell sees 130,
// and neither output nor a temporary file is left.
TEST_F(ExitCodes, OneHundredThirtyWhenInterrupted) {
  const std::string err = Path("stderr.txt");
  const pid_t pid = Start({"correct", kSource + "/samples/thesis-ocr.txt", "-o", Path("thesis.txt"),
                           "--emendations", Path("thesis.emendations.tsv")},
                          err);
  // Loading the dictionaries and correcting take seconds; the signal comes
  // while the work is under way.
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  ASSERT_EQ(kill(pid, SIGINT), 0);
  const Outcome r = Wait(pid, err);
  EXPECT_EQ(r.exit_code, 130) << r.stderr_text;
  EXPECT_EQ(Outputs(), std::vector<std::string>{});
}

// Ctrl-C while `emend ocr` reads three scanned pages: it finishes the page in
// hand and stops, the shell sees 130, and an input's files are there whole or
// not at all. One job reads the pages on emend-ocr's main thread, the one the
// signal is delivered to; two jobs read them on threads of their own while
// the main thread loads the script repair's lexicon.
struct Interruption {
  const char* name;
  std::vector<std::string> options;
};

class OcrInterrupted : public ExitCodes, public testing::WithParamInterface<Interruption> {};

TEST_P(OcrInterrupted, OneHundredThirtyAndNoInputHalfWritten) {
  const std::string pages = kSource + "/samples/pages/";
  const std::vector<std::string> stems = {"t3-marks", "t1-footnote", "t2-twopages"};
  std::vector<std::string> args = {"ocr", pages + "t3-marks.png", pages + "t1-footnote.png",
                                   pages + "t2-twopages.tif", "-o", Path("ocr"), "--no-progress",
                                   // The English model alone: the interruption is the
                                   // same, the engines start at a third of the cost.
                                   "--languages", "eng"};
  for (const std::string& option : GetParam().options) args.push_back(option);
  const std::string err = Path("stderr.txt");
  const pid_t pid = Start(args, err);
  // Starting the engine and reading a page take some tenths of a second each.
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  ASSERT_EQ(kill(pid, SIGINT), 0);
  const Outcome r = Wait(pid, err);
  EXPECT_EQ(r.exit_code, 130) << r.stderr_text;
  EXPECT_NE(r.stderr_text.find("emend ocr: interrupted after "), std::string::npos)
      << r.stderr_text;
  std::vector<std::string> written;
  if (fs::exists(Path("ocr"))) {
    for (const auto& entry : fs::directory_iterator(Path("ocr")))
      written.push_back(entry.path().filename().string());
  }
  EXPECT_LT(written.size(), 4 * stems.size()) << "the run was not interrupted";
  std::sort(written.begin(), written.end());
  std::vector<std::string> whole;  // every input that was written, whole
  for (const std::string& stem : stems) {
    const std::vector<std::string> files = {stem + ".alto", stem + ".hocr", stem + ".pages.tsv",
                                            stem + ".txt"};
    if (std::find(written.begin(), written.end(), files[3]) == written.end()) continue;
    whole.insert(whole.end(), files.begin(), files.end());
  }
  std::sort(whole.begin(), whole.end());
  EXPECT_EQ(written, whole);
}

INSTANTIATE_TEST_SUITE_P(
    Jobs, OcrInterrupted,
    testing::Values(Interruption{"one_job", {"--jobs", "1", "--no-script-repair"}},
                    Interruption{"two_jobs_and_the_script_repair", {"--jobs", "2"}}),
    [](const testing::TestParamInfo<Interruption>& info) { return std::string(info.param.name); });

}  // namespace
