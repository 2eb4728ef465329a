// The word lists' lint: each kind of problem, where it is, and what it says.
#include "correct/dictionary_lint.hpp"

#include <gtest/gtest.h>

namespace emend::correct {
namespace {

struct LintCase {
  const char* name;
  std::string bytes;
  std::vector<std::string> findings;  // "line:column: message"
};

class LintWordList : public testing::TestWithParam<LintCase> {};

TEST_P(LintWordList, ReportsWhereAndWhat) {
  std::vector<std::string> found;
  for (const LintFinding& f : LintWordListText(GetParam().bytes)) {
    found.push_back(std::to_string(f.line) + ":" + std::to_string(f.column) + ": " + f.message);
  }
  EXPECT_EQ(found, GetParam().findings);
}

INSTANTIATE_TEST_SUITE_P(
    Problems, LintWordList,
    testing::Values(LintCase{"clean", "# header\nBelgrade\nTito\n\nZagreb\nĆosić\n", {}},
                    LintCase{"unsorted",
                             "Tito\nBelgrade\n",
                             {"2:1: not sorted: 'Belgrade' comes before 'Tito' (LC_ALL=C sort)"}},
                    LintCase{"duplicate", "Tito\nTito\n", {"2:1: duplicate of line 1: 'Tito'"}},
                    LintCase{"not_nfc",
                             "Mic\xCC\x81unovic\xCC\x81\n",  // c + combining acute
                             {"1:1: not in NFC: write 'Mićunović'"}},
                    LintCase{"mixed_scripts",
                             "P\xD0\xB0ris\n",  // Cyrillic а inside Latin
                             {"1:2: mixes scripts (Latin and Cyrillic look-alikes?): 'Pаris'"}},
                    LintCase{"cyrillic_alone_is_fine", "РГАНИ\nФонд\n", {}},
                    LintCase{"leading_space", " Tito\n", {"1:1: whitespace before the entry"}},
                    LintCase{"trailing_space", "Tito \n", {"1:5: whitespace after the entry"}},
                    LintCase{
                        "no_break_space", "Tito\xC2\xA0\n", {"1:5: whitespace after the entry"}},
                    LintCase{"two_words", "Josip Broz\n", {"1:6: more than one word on the line"}},
                    LintCase{"crlf", "Tito\r\n", {"1:5: CRLF line end; use LF"}},
                    LintCase{"bom", "\xEF\xBB\xBFTito\n", {"1:1: starts with a byte order mark"}},
                    LintCase{"not_utf8", "Beograd\nPopovi\xE6\n", {"2:7: not UTF-8 (byte 7)"}}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace emend::correct
