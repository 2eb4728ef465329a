// Serbo-Croatian spans in the English text, told apart with the real en_GB and
// hr_HR Hunspell dictionaries and the project's word lists.
#include "tei/language.hpp"

#include <gtest/gtest.h>

namespace emend::tei {
namespace {

const correct::Lexicon& Light() {
  static const correct::Lexicon lexicon([] {
    correct::LexiconOptions o;
    o.dictionaries_dir = std::string(EMEND_SOURCE_DIR) + "/dictionaries";
    o.full = false;
    return o;
  }());
  return lexicon;
}

struct SpanCase {
  const char* name;
  std::string text;
  std::vector<std::string> spans;
};

class SerboCroatianSpans : public testing::TestWithParam<SpanCase> {};

TEST_P(SerboCroatianSpans, AreFound) {
  const LanguageSpotter spotter(Light());
  std::vector<std::string> found;
  for (const auto& [b, e] : spotter.SerboCroatian(GetParam().text))
    found.push_back(GetParam().text.substr(b, e - b));
  EXPECT_EQ(found, GetParam().spans);
}

INSTANTIATE_TEST_SUITE_P(
    Thesis, SerboCroatianSpans,
    testing::Values(
        SpanCase{"book_title",
                 "in Dokumenti o spoljnoj politici [Documents on the Foreign Policy], 1984",
                 {"Dokumenti o spoljnoj politici"}},
        SpanCase{"archive",
                 "SMIP, Kabinet Državnog Sekretara, 1956, F I",
                 {"Kabinet Državnog Sekretara"}},
        SpanCase{"names_join_but_do_not_make_a_span",
                 "Prilozi za biografiju Josipa Broza Tita, Volume 3",
                 {"Prilozi za biografiju Josipa Broza Tita"}},
        SpanCase{"name_alone", "V. Mićunović and Kardelj met Tito", {}},
        SpanCase{"memoir", "V. Mićunović, Moskovske godine, 1956-1958", {"Moskovske godine"}},
        SpanCase{"one_word_with_diacritic", "the case (slučaj) of Nagy", {"slučaj"}},
        SpanCase{
            "english_prose", "The Yugoslav leadership rejected the Soviet proposal in 1955.", {}},
        SpanCase{"function_words_alone", "a i o u na do", {}},
        SpanCase{"bracket_ends_it",
                 "Istorija Jugoslavije [History of Yugoslavia]",
                 {"Istorija Jugoslavije"}}),
    [](const auto& info) { return std::string(info.param.name); });

Inline Text(const std::string& s) {
  Inline in;
  in.text = s;
  return in;
}

TEST(MarkSerboCroatian, WrapsARunWithItsEmendationWhole) {
  Inline choice;
  choice.kind = InlineKind::kChoice;
  choice.choice = {"e1.9", "Drzavnog", "Državnog", "diacritic", "#emend", "high", false, ""};
  Document d;
  Div div;
  Block p;
  p.content = {Text("SMIP, Kabinet "), choice, Text(" Sekretara, 1956.")};
  div.blocks.push_back(p);
  d.body.push_back(div);
  MarkSerboCroatian(d, LanguageSpotter(Light()));
  const auto& content = d.body[0].blocks[0].content;
  ASSERT_EQ(content.size(), 3u);
  EXPECT_EQ(content[0].text, "SMIP, ");
  ASSERT_EQ(content[1].kind, InlineKind::kForeign);
  EXPECT_EQ(content[1].lang, "sr-Latn");
  ASSERT_EQ(content[1].content.size(), 3u);
  EXPECT_EQ(content[1].content[0].text, "Kabinet ");
  EXPECT_EQ(content[1].content[1].choice.corr, "Državnog");
  EXPECT_EQ(content[1].content[2].text, " Sekretara");
  EXPECT_EQ(content[2].text, ", 1956.");
  EXPECT_EQ(PlainText(content), "SMIP, Kabinet Državnog Sekretara, 1956.");
}

}  // namespace
}  // namespace emend::tei
