// The excerpt under a diagnostic: the offending line and a caret at its column.
#include "core/diagnostic.hpp"

#include <gtest/gtest.h>

#include <cerrno>
#include <filesystem>
#include <fstream>

namespace emend {
namespace {

struct Case {
  const char* name;
  std::string line;
  int column;
  std::string shown;
};

class ShowLineTest : public testing::TestWithParam<Case> {};

TEST_P(ShowLineTest, ShowsTheLineAndACaret) {
  EXPECT_EQ(ShowLine(GetParam().line, GetParam().column), GetParam().shown);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ShowLineTest,
    testing::Values(
        Case{"first_column", "acept\tTitos", 1, "acept Titos\n^ here\n"},
        Case{"tab_is_one_column", "a\tb", 3, "a b\n  ^ here\n"},
        Case{"no_column_no_caret", "whole line", 0, "whole line\n"},
        Case{"code_points_not_bytes", "Mićunović x", 11, "Mićunović x\n          ^ here\n"},
        Case{"control_character_escaped", "Titos\r", 6, "Titos\\x0D\n     ^ here\n"},
        Case{"invalid_byte_escaped", "Mi\xE6unovi\xE6", 3, "Mi\\xE6unovi\\xE6\n  ^ here\n"},
        Case{"after_an_escape",
             "a\x1b"
             "b",
             3, "a\\x1Bb\n     ^ here\n"},
        Case{"byte_order_mark", "\xEF\xBB\xBFTitos", 1, "\\u{FEFF}Titos\n^ here\n"},
        Case{"past_the_end", "abc", 9, "abc\n   ^ here\n"},
        Case{"long_line_cut_around_the_column", std::string(100, 'a') + "X" + std::string(100, 'b'),
             101,
             "..." + std::string(40, 'a') + "X" + std::string(31, 'b') + "...\n" +
                 std::string(43, ' ') + "^ here\n"},
        Case{"long_line_without_column", std::string(100, 'a'), 0, std::string(72, 'a') + "...\n"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(DiagnosticTest, ReadsTheLineFromTheFile) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "emend-diagnostic-test.tsv").string();
  std::ofstream(path) << "header\nacept\tTitos\n";
  EXPECT_EQ(Diagnostic(InputError(path, 2, 1, "unknown action 'acept'")),
            path + ":2:1: unknown action 'acept'\nacept Titos\n^ here\n");
  EXPECT_EQ(Diagnostic(InputError(path, 9, 1, "beyond the end")), path + ":9:1: beyond the end\n");
  std::filesystem::remove(path);
  EXPECT_EQ(Diagnostic(InputError(path, 2, 1, "gone")), path + ":2:1: gone\n");
}

TEST(DiagnosticTest, UsageAndIoErrorsHaveNoLine) {
  EXPECT_EQ(Diagnostic(UsageError("emend review", "--decisions FILE is needed")),
            "emend review: --decisions FILE is needed\n");
  EXPECT_EQ(UsageError("emend review", "x").kind(), ErrorKind::kUsage);
  EXPECT_EQ(IoError("out.txt", "cannot write").kind(), ErrorKind::kIo);
  EXPECT_EQ(InputError("in.txt", 1, 2, "bad").kind(), ErrorKind::kInput);
}

TEST(DiagnosticTest, AMissingInputIsAnInputErrorAndAnUnreadableOneAnIoError) {
  try {
    ThrowOpenError("nowhere.txt", ENOENT);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInput);
    EXPECT_STREQ(e.what(), "nowhere.txt: cannot open: No such file or directory");
  }
  try {
    ThrowOpenError("secret.txt", EACCES);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kIo);
  }
}

}  // namespace
}  // namespace emend
