#include "core/text_file.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace emend {
namespace {

TextReadOptions Named() {
  TextReadOptions o;
  o.display_name = "in.txt";
  return o;
}

TEST(SplitTextLines, SplitsLinesWithoutFinalEmptyLine) {
  EXPECT_EQ(SplitTextLines("a\nb\n", Named()), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(SplitTextLines("a\n\nb", Named()), (std::vector<std::string>{"a", "", "b"}));
}

TEST(SplitTextLines, NormalisesToNfc) {
  // "c" + combining caron -> "č"
  EXPECT_EQ(SplitTextLines("c\xCC\x8C\n", Named())[0], "\xC4\x8D");
}

struct BadInput {
  const char* name;
  std::string bytes;
  std::string message;
  friend void PrintTo(const BadInput& b, std::ostream* os) { *os << b.name; }
};

class SplitTextLinesRejects : public testing::TestWithParam<BadInput> {};

TEST_P(SplitTextLinesRejects, WithFileLineMessage) {
  TextReadOptions options = Named();
  options.max_line_bytes = 100;
  try {
    SplitTextLines(GetParam().bytes, options);
    FAIL() << "accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), GetParam().message);
  }
}

INSTANTIATE_TEST_SUITE_P(
    BadInputs, SplitTextLinesRejects,
    testing::Values(
        BadInput{"empty", "", "in.txt: the file is empty"},
        BadInput{"bom", "\xEF\xBB\xBFtext\n",
                 "in.txt:1:1: starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM"},
        BadInput{"crlf", "one\ntwo\r\n",
                 "in.txt:2:4: CRLF line end; convert the file to LF line ends (e.g. dos2unix)"},
        BadInput{"nul", std::string("ab\0c\n", 5),
                 "in.txt:1:3: NUL byte (binary data, or UTF-16 text): expected UTF-8 text"},
        BadInput{"latin2",
                 "ok\nVru\xE6"
                 "e leto\n",
                 "in.txt:2:4: invalid UTF-8 at byte 4 (0xE6); convert the file to UTF-8 (e.g. "
                 "iconv -f WINDOWS-1250 -t UTF-8)"},
        BadInput{"overlong", "\xC0\xAF\n",
                 "in.txt:1:1: invalid UTF-8 at byte 1 (0xC0); convert the file to UTF-8 (e.g. "
                 "iconv -f WINDOWS-1250 -t UTF-8)"},
        BadInput{"truncated", "abc\xE2\x80",
                 "in.txt:1:4: invalid UTF-8 at byte 4 (0xE2); convert the file to UTF-8 (e.g. "
                 "iconv -f WINDOWS-1250 -t UTF-8)"},
        BadInput{"long_line", std::string(101, 'x'),
                 "in.txt:1: line is 101 bytes long (the limit is 100): not a text file of this "
                 "kind"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ReadTextLines, MissingFileNamesTheFile) {
  try {
    ReadTextLines("/nonexistent/thesis.txt");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "/nonexistent/thesis.txt: cannot open: No such file or directory");
  }
}

}  // namespace
}  // namespace emend
