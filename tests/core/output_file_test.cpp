#include "core/output_file.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/error.hpp"

namespace emend {
namespace {

namespace fs = std::filesystem;

class OutputFileTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("emend-output-test-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Read(const fs::path& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  fs::path dir_;
};

TEST_F(OutputFileTest, WritesAndLeavesNoTemporaryFile) {
  WriteFileAtomically((dir_ / "out.txt").string(), "corrected\n");
  EXPECT_EQ(Read(dir_ / "out.txt"), "corrected\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(OutputFileTest, UnwritableFolderIsAnErrorAndWritesNothing) {
  EXPECT_THROW(WriteFileAtomically((dir_ / "missing" / "out.txt").string(), "x"), IoError);
  EXPECT_FALSE(fs::exists(dir_ / "missing"));
}

TEST_F(OutputFileTest, RefusesToOverwriteTheInputThroughALink) {
  std::ofstream(dir_ / "thesis.txt") << "editor's text\n";
  fs::create_symlink(dir_ / "thesis.txt", dir_ / "link.txt");
  EXPECT_THROW(RefuseToOverwrite((dir_ / "thesis.txt").string(), (dir_ / "link.txt").string()),
               UsageError);
  EXPECT_NO_THROW(RefuseToOverwrite((dir_ / "thesis.txt").string(), (dir_ / "new.txt").string()));
  EXPECT_EQ(Read(dir_ / "thesis.txt"), "editor's text\n");
}

}  // namespace
}  // namespace emend
