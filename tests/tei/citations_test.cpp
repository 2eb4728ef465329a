// Short titles in the author's notes linked to their bibliography entries.
#include "tei/citations.hpp"

#include <gtest/gtest.h>

#include "tei/tei_reader.hpp"
#include "tei/tei_writer.hpp"

namespace emend::tei {
namespace {

Document Sample(const std::string& notes) {
  return ReadTei(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">\n"
      "<teiHeader>\n<fileDesc>\n<titleStmt>\n<title>T</title>\n<author>A</author>\n</titleStmt>\n"
      "</fileDesc>\n</teiHeader>\n"
      "<text>\n<front>\n<titlePage>\n<docTitle>\n<titlePart>T</titlePart>\n</docTitle>\n"
      "<docAuthor>A</docAuthor>\n<byline>B</byline>\n<docImprint>I</docImprint>\n"
      "<docDate>2004</docDate>\n</titlePage>\n</front>\n<body>\n"
      "<div type=\"chapter\" n=\"I\" xml:id=\"chI\">\n<p xml:id=\"chI.p1\">Text" +
          notes +
          "</p>\n</div>\n"
          "</body>\n<back>\n<div type=\"bibliography\" "
          "xml:id=\"bibl\">\n<head>BIBLIOGRAPHY</head>\n<listBibl>\n"
          "<bibl xml:id=\"b1\">Arhiv Jugoslavije (AJ)</bibl>\n"
          "<bibl xml:id=\"b2\">Foreign Relations of United States (FRUS), 1952-1954, Vol. "
          "VIII</bibl>\n"
          "<bibl xml:id=\"b3\">Micunovic, Veljko, Moskovske godine, 1956-1958, (Zagreb: Liber, "
          "1977)</bibl>\n"
          "<bibl xml:id=\"b4\">Dedijer, Vladimir, Novi prilozi za biografiju, (Beograd, "
          "1984)</bibl>\n"
          "<bibl xml:id=\"b5\">----------------, Izgubljena bitka, (Beograd, 1969)</bibl>\n"
          "</listBibl>\n</div>\n</back>\n</text>\n</TEI>\n",
      "t.xml");
}

std::string Note(const std::string& n, const std::string& body) {
  return "<note place=\"foot\" n=\"" + n + "\" xml:id=\"chI.n" + n + "\">" + body + "</note>";
}

TEST(Citations, KeysComeFromTheEntries) {
  const std::vector<BibliographyKey> keys = BibliographyKeys(Sample(""));
  ASSERT_EQ(keys.size(), 5u);
  EXPECT_EQ(keys[0].acronym, "AJ");
  EXPECT_EQ(keys[1].acronym, "FRUS");
  EXPECT_EQ(keys[1].years, "1952-1954");
  EXPECT_EQ(keys[2].author, "micunovic");
  EXPECT_EQ(keys[2].given, "veljko");
  EXPECT_EQ(keys[2].title.substr(0, 15), "moskovskegodine");
  EXPECT_EQ(keys[4].author, "dedijer") << "a rule of dashes repeats the author";
  EXPECT_EQ(keys[4].title.substr(0, 9), "izgubljen");
}

struct Case {
  const char* note;
  const char* linked;  // the note's text as written back; linked to the entries
};

TEST(Citations, ShortTitlesInNotesLinkToTheirEntries) {
  const Case cases[] = {
      {"<choice xml:id=\"e1.1\"><sic>Mi6unovi6</sic><corr type=\"diacritic\" resp=\"#emend\" "
       "cert=\"high\">"
       "Mićunović</corr></choice>, Moskovske godine..., 45.",
       "<ref target=\"#b3\"><choice xml:id=\"e1.1\"><sic>Mi6unovi6</sic><corr type=\"diacritic\" "
       "resp=\"#emend\" "
       "cert=\"high\">Mićunović</corr></choice>, Moskovske godine...</ref>, 45."},
      {"Memo; FRUS, 1952- 1954, Vol. VIII, pp. 368-71; AJ, ACK SKJ, 507.",
       "Memo; <ref target=\"#b2\">FRUS, 1952- 1954</ref>, Vol. VIII, pp. 368-71; <ref "
       "target=\"#b1\">AJ</ref>, "
       "ACK SKJ, 507."},
      {"Dedijer, Vladimir, NoviPrilozi..., 617; Dedijer, Izgubljena bitka, 12.",
       "<ref target=\"#b4\">Dedijer, Vladimir, NoviPrilozi...</ref>, 617; <ref "
       "target=\"#b5\">Dedijer, Izgubljena "
       "bitka</ref>, 12."},
      // Not a title: too short, another volume, or a name inside a word.
      {"Micunovic, Mos, 3; FRUS, 1955-1957, Vol. XXVI; MAJ, 4.",
       "Micunovic, Mos, 3; FRUS, 1955-1957, Vol. XXVI; MAJ, 4."},
  };
  for (const Case& c : cases) {
    Document d = Sample(Note("1", c.note));
    LinkCitations(d);
    const std::string xml = WriteTei(d);
    EXPECT_NE(xml.find(std::string("xml:id=\"chI.n1\">") + c.linked + "</note>"), std::string::npos)
        << c.note << "\n"
        << xml.substr(xml.find("<note"), 600);
    EXPECT_EQ(WriteTei(ReadTei(xml, "again.xml")), xml);
  }
}

}  // namespace
}  // namespace emend::tei
