// EscapeLatex and LatexAnchorName, case by case: every TeX special, the
// characters that pass through untouched, and the layout characters.
#include "render/latex_escape.hpp"

#include <gtest/gtest.h>

namespace emend::render {
namespace {

struct Case {
  const char* name;
  std::string text;
  std::string latex;
  friend void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }
};

class EscapeLatexTest : public testing::TestWithParam<Case> {};

TEST_P(EscapeLatexTest, PrintsTheTextAsItIs) {
  EXPECT_EQ(EscapeLatex(GetParam().text), GetParam().latex);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, EscapeLatexTest,
    testing::Values(
        Case{"plain", "Tito and Khrushchev", "Tito and Khrushchev"}, Case{"empty", "", ""},
        Case{"percent", "100% sure", "100\\% sure"},
        Case{"ampersand", "Allen & Dulles", "Allen \\& Dulles"},
        Case{"dollar", "$20 million", "\\$20 million"},
        Case{"hash", "Telegram #934", "Telegram \\#934"}, Case{"underscore", "a_b", "a\\_b"},
        Case{"tilde", "~1953", "\\textasciitilde{}1953"},
        Case{"caret", "^7&2io", "\\textasciicircum{}7\\&2io"},
        Case{"backslash", "a\\b", "a\\textbackslash{}b"}, Case{"braces", "{x}", "\\{x\\}"},
        Case{"stray_close_brace", "}", "\\}"},
        Case{"input_command", "\\input{/etc/passwd}", "\\textbackslash{}input\\{/etc/passwd\\}"},
        Case{"end_document", "\\end{document}", "\\textbackslash{}end\\{document\\}"},
        Case{"double_caret", "^^41", "\\textasciicircum{}\\textasciicircum{}41"},
        Case{"all_ten_specials", "\\{}$&#^_%~",
             "\\textbackslash{}\\{\\}\\$\\&\\#\\textasciicircum{}\\_\\%\\textasciitilde{}"},
        Case{"square_brackets", "[General] Handy", "{[}General{]} Handy"},
        Case{"cyrillic", "РГАНИ, Фонд 2, Опись 1", "РГАНИ, Фонд 2, Опись 1"},
        Case{"serbo_croatian", "Mićunović Đilas Čačak šž ČĆŠŽĐ", "Mićunović Đilas Čačak šž ČĆŠŽĐ"},
        Case{"quotes", "'single' \"double\" `grave' ‘curly’ “curly”",
             "'single' \"double\" `grave' ‘curly’ “curly”"},
        Case{"dashes", "1953-1957 -- --- – —", "1953-1957 -- --- – —"},
        Case{"other_ascii", "<a> | @ * ! ? , ; : / = + ( )", "<a> | @ * ! ? , ; : / = + ( )"},
        Case{"newline", "one\ntwo", "one two"}, Case{"blank_line", "one\n\ntwo", "one  two"},
        Case{"tab_and_cr", "a\tb\rc", "a b c"},
        Case{"control_and_delete",
             std::string("a\x01"
                         "b\x7f"
                         "c"),
             "a b c"},
        Case{"no_break_space", "p.\u00a019", "p.\u00a019"}),
    [](const auto& info) { return std::string(info.param.name); });

struct AnchorCase {
  const char* name;
  std::string id;
  std::string anchor;
  friend void PrintTo(const AnchorCase& c, std::ostream* os) { *os << c.name; }
};

class LatexAnchorNameTest : public testing::TestWithParam<AnchorCase> {};

TEST_P(LatexAnchorNameTest, KeepsSafeCharactersAndEncodesTheRest) {
  EXPECT_EQ(LatexAnchorName(GetParam().id), GetParam().anchor);
}

INSTANTIATE_TEST_SUITE_P(Cases, LatexAnchorNameTest,
                         testing::Values(AnchorCase{"division", "chI.s1", "chI.s1"},
                                         AnchorCase{"hyphen_digits", "e65-5", "e65-5"},
                                         AnchorCase{"specials", "a_b#c}", "a+5Fb+23c+7D"},
                                         AnchorCase{"plus_itself", "a+5F", "a+2B5F"},
                                         AnchorCase{"utf8", "č", "+C4+8D"}),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace emend::render
