// Temporary files: removed on a signal, stale ones cleaned, temporary
// folders fresh and removed; atomic writes keep the mode and honour the umask.
#include "core/temp_files.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/error.hpp"
#include "core/file_lock.hpp"
#include "core/output_file.hpp"
#include "core/output_folder.hpp"

namespace emend {
namespace {

namespace fs = std::filesystem;

class TempFilesTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("emend-temp-test-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  unsigned Mode(const fs::path& p) {
    struct stat st {};
    EXPECT_EQ(stat(p.c_str(), &st), 0);
    return st.st_mode & 07777;
  }
  fs::path dir_;
};

// A signal while a temporary file exists removes it, and the process still
// ends by that signal.
TEST_F(TempFilesTest, ASignalRemovesRegisteredFilesAndFolders) {
  const fs::path file = dir_ / ".out.txt.tmpAAAAAA";
  const fs::path folder = dir_ / "eval-tmp";
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::ofstream(file) << "half";
    fs::create_directories(folder);
    std::ofstream(folder / "a.txt") << "slice";
    RememberTemp(file.string());
    RememberTemp(folder.string(), true);
    RemoveTempsOnSignals();
    raise(SIGTERM);
    _exit(0);  // not reached
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(WTERMSIG(status), SIGTERM);
  EXPECT_FALSE(fs::exists(file));
  EXPECT_FALSE(fs::exists(folder));
}

TEST_F(TempFilesTest, StaleTemporaryFilesOfThatFileOnlyAreRemoved) {
  for (const char* name : {".d.tsv.tmpAbC123", ".d.tsv.tmpAbC1234", ".e.tsv.tmpAbC123", "d.tsv"}) {
    std::ofstream(dir_ / name) << "x";
  }
  RemoveStaleTempFiles((dir_ / "d.tsv").string());
  EXPECT_FALSE(fs::exists(dir_ / ".d.tsv.tmpAbC123"));
  EXPECT_TRUE(fs::exists(dir_ / ".d.tsv.tmpAbC1234"));
  EXPECT_TRUE(fs::exists(dir_ / ".e.tsv.tmpAbC123"));
  EXPECT_TRUE(fs::exists(dir_ / "d.tsv"));
}

// The eval folder was /tmp/emend-eval-<pid>: predictable, reused, written
// through a planted link.
TEST_F(TempFilesTest, TempFolderIsFreshPrivateAndRemoved) {
  setenv("TMPDIR", dir_.c_str(), 1);
  std::string path;
  {
    TempFolder a("emend-eval-");
    TempFolder b("emend-eval-");
    path = a.path();
    EXPECT_NE(a.path(), b.path());
    EXPECT_EQ(fs::path(a.path()).parent_path(), dir_);
    EXPECT_TRUE(fs::is_directory(a.path()));
    EXPECT_FALSE(fs::is_symlink(a.path()));
    EXPECT_EQ(Mode(a.path()), 0700u);
    std::ofstream(fs::path(a.path()) / "slice.txt") << "x";
  }
  unsetenv("TMPDIR");
  EXPECT_FALSE(fs::exists(path));
  EXPECT_TRUE(fs::is_empty(dir_));
}

TEST_F(TempFilesTest, ReplacingAFileKeepsItsMode) {
  const fs::path file = dir_ / "d.tsv";
  std::ofstream(file) << "old\n";
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                            fs::perms::group_write);
  WriteFileAtomically(file.string(), "new\n");
  EXPECT_EQ(Mode(file), 0660u);
  fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  WriteFileAtomically(file.string(), "newer\n");
  EXPECT_EQ(Mode(file), 0444u);
}

TEST_F(TempFilesTest, ANewFileHonoursTheUmask) {
  const mode_t old = umask(027);
  WriteFileAtomically((dir_ / "a.txt").string(), "x");
  umask(077);
  WriteFileAtomically((dir_ / "b.txt").string(), "x");
  umask(old);
  EXPECT_EQ(Mode(dir_ / "a.txt"), 0640u);
  EXPECT_EQ(Mode(dir_ / "b.txt"), 0600u);
}

// "-o site/" put the staging folder inside the site and failed.
TEST_F(TempFilesTest, FolderWithATrailingSlashIsReplacedAsAWhole) {
  for (const char* name : {"site/", "site//", "site"}) {
    WriteFolderAtomically((dir_ / name).string(), {{"index.html", name}});
    std::ifstream in(dir_ / "site" / "index.html");
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), name);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
  }
}

TEST_F(TempFilesTest, FolderLockOfAMissingFolderIsAnError) {
  try {
    FolderLock lock((dir_ / "missing" / "d.tsv").string());
    FAIL() << "locked";
  } catch (const IoError& e) {
    EXPECT_EQ(std::string(e.what()),
              (dir_ / "missing" / "d.tsv").string() +
                  ": cannot open its folder to lock it: No such file or directory");
  }
}

}  // namespace
}  // namespace emend
