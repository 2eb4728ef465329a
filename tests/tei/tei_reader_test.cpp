// Reading TEI back: the project's subset read strictly (file:line:col for
// anything outside it), and written again unchanged.
#include "tei/tei_reader.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "tei/tei_writer.hpp"

namespace emend::tei {
namespace {

std::string Wrap(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">\n"
         "<teiHeader>\n<fileDesc>\n<titleStmt>\n<title>T</title>\n<author>A</author>\n</"
         "titleStmt>\n"
         "</fileDesc>\n</teiHeader>\n"
         "<text>\n<front>\n<titlePage>\n<docTitle>\n<titlePart>T</titlePart>\n</docTitle>\n"
         "<docAuthor>A</docAuthor>\n<byline>B</byline>\n<docImprint>I</docImprint>\n"
         "<docDate>2004</docDate>\n</titlePage>\n</front>\n<body>\n" +
         body + "\n</body>\n<back/>\n</text>\n</TEI>\n";
}

TEST(ReadTei, ReadsTheModelAndWritesItBackUnchanged) {
  const std::string xml = Wrap(
      "<div type=\"chapter\" n=\"I\" xml:id=\"chI\">\n<pb n=\"19\"/>\n<head>CHAPTER I</head>\n"
      "<p xml:id=\"chI.p1\">The <choice xml:id=\"e9.5\"><sic>Titos</sic><corr type=\"apostrophe\" "
      "resp=\"#emend\" cert=\"high\">Tito's</corr></choice> letter<note place=\"foot\" n=\"1\" "
      "xml:id=\"chI.n1\">In <foreign xml:lang=\"ru\">Правда</foreign>.</note> <choice "
      "xml:id=\"e9.20\">"
      "<sic>ihe</sic><corr type=\"confusion\" resp=\"#emend\" cert=\"low\" "
      "subtype=\"proposed\">the</corr>"
      "</choice> &amp; <pb/>more &lt;script&gt;</p>\n"
      "<quote type=\"block\" xml:id=\"chI.q1\">\n<p xml:id=\"chI.p2\">Tito: "
      "Yes.</p>\n</quote>\n</div>");
  const Document d = ReadTei(xml, "t.xml");
  EXPECT_EQ(d.header.title, "T");
  EXPECT_EQ(d.title_page.date, "2004");
  ASSERT_EQ(d.body.size(), 1u);
  const Div& chapter = d.body[0];
  EXPECT_EQ(chapter.id, "chI");
  ASSERT_EQ(chapter.blocks.size(), 4u);
  EXPECT_EQ(chapter.blocks[0].kind, BlockKind::kPageBreak);
  EXPECT_EQ(chapter.blocks[0].n, "19");
  const Block& p = chapter.blocks[2];
  ASSERT_EQ(p.kind, BlockKind::kParagraph);
  ASSERT_GE(p.content.size(), 5u);
  EXPECT_EQ(p.content[1].kind, InlineKind::kChoice);
  EXPECT_EQ(p.content[1].choice.corr, "Tito's");
  EXPECT_FALSE(p.content[1].choice.proposed);
  EXPECT_EQ(p.content[3].kind, InlineKind::kNote);
  EXPECT_EQ(p.content[3].n, "1");
  EXPECT_EQ(p.content[3].content[1].lang, "ru");
  EXPECT_TRUE(p.content[5].choice.proposed);
  // The edition's text: applied readings, proposals as the OCR read them, no notes.
  EXPECT_EQ(PlainText(p.content), "The Tito's letter ihe & more <script>");
  EXPECT_EQ(chapter.blocks[3].kind, BlockKind::kQuote);
  EXPECT_EQ(chapter.blocks[3].blocks.size(), 1u);
  EXPECT_EQ(WriteTei(d), xml);
}

struct BadTei {
  const char* name;
  std::string xml;
  const char* error;
};

class ReadTeiRejects : public testing::TestWithParam<BadTei> {};

TEST_P(ReadTeiRejects, NamingTheLineAndColumn) {
  try {
    ReadTei(GetParam().xml, "thesis.tei.xml");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), GetParam().error);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Subset, ReadTeiRejects,
    testing::Values(
        BadTei{"not_xml", "<TEI><p></TEI>",
               "thesis.tei.xml:1:11: not well-formed XML: Start-end tags mismatch"},
        BadTei{"not_tei", "<?xml version=\"1.0\"?>\n<html/>",
               "thesis.tei.xml:2:1: the root element is <html>, not <TEI>"},
        BadTei{
            "no_namespace", "<TEI>\n<teiHeader/>\n</TEI>",
            "thesis.tei.xml:1:1: <TEI> is not in the TEI namespace (http://www.tei-c.org/ns/1.0)"},
        BadTei{"unknown_element",
               Wrap("<div type=\"introduction\">\n<p>Text <hi>bold</hi></p>\n</div>"),
               "thesis.tei.xml:25:9: unexpected <hi> in <p>"},
        BadTei{"unknown_attribute", Wrap("<div type=\"introduction\" rend=\"x\">\n</div>"),
               "thesis.tei.xml:24:1: unexpected attribute rend on <div>"},
        BadTei{"text_in_div", Wrap("<div type=\"introduction\">loose text</div>"),
               "thesis.tei.xml:24:26: unexpected text in <div>"},
        BadTei{"choice_without_corr",
               Wrap("<div type=\"introduction\">\n<p><choice><sic>a</sic></choice></p>\n</div>"),
               "thesis.tei.xml:25:4: <choice> needs a <sic> followed by a <corr>"},
        BadTei{"block_after_division",
               Wrap("<div type=\"chapter\">\n<div type=\"section\"/>\n<p>late</p>\n</div>"),
               "thesis.tei.xml:26:1: <p> after a <div> in <div>"},
        BadTei{"note_elsewhere",
               Wrap("<div type=\"introduction\">\n<p><note place=\"end\">x</note></p>\n</div>"),
               "thesis.tei.xml:25:4: a <note> must have place=\"foot\""}),
    [](const auto& info) { return std::string(info.param.name); });

// Deep nesting overflowed the stack (10,000 <ref>: SIGSEGV); it is refused
// at the first element past the limit, in running text and in divisions.
struct Deep {
  const char* name;
  std::string open, close;
  const char* error;
};

class ReadTeiRefusesDeepNesting : public testing::TestWithParam<Deep> {};

TEST_P(ReadTeiRefusesDeepNesting, WithThePlace) {
  std::string body = "<div type=\"chapter\">\n<p>";
  if (std::string(GetParam().name) == "divisions") body = "";
  for (int k = 0; k < 10000; ++k) body += GetParam().open;
  for (int k = 0; k < 10000; ++k) body += GetParam().close;
  if (std::string(GetParam().name) != "divisions") body += "</p>\n</div>";
  try {
    ReadTei(Wrap(body), "t.xml");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), GetParam().error);
  }
}

INSTANTIATE_TEST_SUITE_P(Nesting, ReadTeiRefusesDeepNesting,
                         testing::Values(Deep{"refs", "<ref target=\"#a\">", "</ref>",
                                              "t.xml:25:1670: nesting deeper than 100 elements"},
                                         Deep{"foreign", "<foreign xml:lang=\"ru\">", "</foreign>",
                                              "t.xml:25:2258: nesting deeper than 100 elements"},
                                         Deep{"divisions", "<div>", "</div>",
                                              "t.xml:24:501: nesting deeper than 100 elements"}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(ReadTei, NestingUpToTheLimitIsRead) {
  std::string body = "<div type=\"chapter\">\n<p>";
  for (int k = 0; k < 90; ++k) body += "<ref target=\"#a\">";
  body += "deep";
  for (int k = 0; k < 90; ++k) body += "</ref>";
  body += "</p>\n</div>";
  const Document d = ReadTei(Wrap(body), "t.xml");
  EXPECT_EQ(PlainText(d.body[0].blocks[0].content), "deep");
}

// &#0; used to cut the paragraph silently where it stood.
TEST(ReadTei, CharacterReferenceToNulIsAnError) {
  try {
    ReadTei(Wrap("<div type=\"chapter\">\n<p>Tito&#0; and the rest</p>\n</div>"), "t.xml");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "t.xml:25:8: character reference &#0; is to a character XML does not allow");
  }
}

TEST(ReadTei, AllowedReferencesAndCharactersInCommentsAreRead) {
  const Document d = ReadTei(Wrap("<div type=\"chapter\">\n<!-- &#0; is only a comment here "
                                  "-->\n<p>a&#x10FFFF;&#233;&#9;</p>\n</div>"),
                             "t.xml");
  EXPECT_EQ(PlainText(d.body[0].blocks[0].content), "a\U0010FFFF\u00E9\t");
}

}  // namespace
}  // namespace emend::tei
