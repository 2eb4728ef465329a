#include "render/html_escape.hpp"

#include <gtest/gtest.h>

namespace emend::render {
namespace {

struct Case {
  const char* name;
  const char* in;
  const char* text;       // EscapeText
  const char* attribute;  // EscapeAttribute
  friend void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }
};

class Escaping : public testing::TestWithParam<Case> {};

TEST_P(Escaping, TextAndAttribute) {
  EXPECT_EQ(EscapeText(GetParam().in), GetParam().text);
  EXPECT_EQ(EscapeAttribute(GetParam().in), GetParam().attribute);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Escaping,
    testing::Values(
        Case{"plain", "Tito's visit", "Tito's visit", "Tito&#39;s visit"},
        Case{"empty", "", "", ""},
        Case{"script", "<script>alert(\"x\")</script>", "&lt;script&gt;alert(\"x\")&lt;/script&gt;",
             "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"},
        Case{"ampersand_first", "&amp; &", "&amp;amp; &amp;", "&amp;amp; &amp;"},
        Case{"attribute_breakout", "\" onmouseover=\"x", "\" onmouseover=\"x",
             "&quot; onmouseover=&quot;x"},
        Case{"single_quotes", "'a'", "'a'", "&#39;a&#39;"},
        Case{"cyrillic_and_diacritics", "РГАНИ Mićunović", "РГАНИ Mićunović", "РГАНИ Mićunović"},
        Case{"comment_and_cdata", "<!-- x --><![CDATA[y]]>", "&lt;!-- x --&gt;&lt;![CDATA[y]]&gt;",
             "&lt;!-- x --&gt;&lt;![CDATA[y]]&gt;"}),
    [](const testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

struct Fragment {
  const char* id;
  const char* fragment;
};

class Fragments : public testing::TestWithParam<Fragment> {};

TEST_P(Fragments, PercentEncodeWhatAUrlCannotHold) {
  EXPECT_EQ(FragmentOf(GetParam().id), GetParam().fragment);
}

INSTANTIATE_TEST_SUITE_P(Table, Fragments,
                         testing::Values(Fragment{"chI.s1.p3", "chI.s1.p3"},
                                         Fragment{"e65.5", "e65.5"}, Fragment{"a b#c", "a%20b%23c"},
                                         Fragment{"ć", "%C4%87"},
                                         Fragment{"x\"<y>", "x%22%3Cy%3E"}));

}  // namespace
}  // namespace emend::render
