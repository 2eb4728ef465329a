// A chunk split into what comes before its word, the word, and what comes
// after (correct/token.hpp): the whole record, for chunks of every shape.
#include "correct/token.hpp"

#include <gtest/gtest.h>

namespace emend::correct {
namespace {

struct SplitCase {
  const char* chunk;
  const char* prefix;
  const char* core;
  const char* suffix;
  friend void PrintTo(const SplitCase& c, std::ostream* os) { *os << c.chunk; }
};

class SplitWordTest : public testing::TestWithParam<SplitCase> {};

TEST_P(SplitWordTest, SplitsPrefixCoreAndSuffix) {
  const WordParts p = SplitWord(GetParam().chunk);
  EXPECT_EQ(p.prefix, GetParam().prefix);
  EXPECT_EQ(p.core, GetParam().core);
  EXPECT_EQ(p.suffix, GetParam().suffix);
}

INSTANTIATE_TEST_SUITE_P(
    Chunks, SplitWordTest,
    testing::Values(
        SplitCase{"Tito", "", "Tito", ""}, SplitCase{"'[Tito's].", "'[", "Tito's", "]."},
        SplitCase{"Mićunović,", "", "Mićunović", ","}, SplitCase{"(Фонд)", "(", "Фонд", ")"},
        SplitCase{"«Москва»", "«", "Москва", "»"},  // marks of two bytes
        SplitCase{"1953;", "", "1953", ";"}, SplitCase{"-146.", "-", "146", "."},
        SplitCase{"...", "...", "", ""}, SplitCase{"", "", "", ""}, SplitCase{"x", "", "x", ""},
        SplitCase{"é—", "", "é", "—"}, SplitCase{"“ž”", "“", "ž", "”"}));

}  // namespace
}  // namespace emend::correct
