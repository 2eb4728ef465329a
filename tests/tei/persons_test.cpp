// The index of persons: the persons file read against names.txt, names found
// in text and emended words, the listPerson in the header, and the TEI read
// and written back with them.
#include "tei/persons.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "tei/tei_reader.hpp"
#include "tei/tei_writer.hpp"

namespace emend::tei {
namespace {

const std::unordered_set<std::string> kNames = {
    "Mićunović", "Micunovic", "Tito",  "Tita",       "Josip",      "Broz",   "Koca",  "Koča",
    "Popović",   "Tempo",     "tempo", "Vukmanović", "Khrushchev", "Sergei", "Nikita"};

std::vector<Person> Persons() {
  return ParsePersons(
      "# a comment\n"
      "\n"
      "micunovic\tMićunović, Veljko\tMićunović\n"
      "tito\tTito, Josip Broz\tJosip Broz Tito | Tito | Tita\n"
      "popovic-koca\tPopović, Koča\tKoča Popović | Koča\n"
      "vukmanovic\tVukmanović-Tempo, Svetozar\tVukmanović | Tempo\n"
      "khrushchev\tKhrushchev, Nikita\tKhrushchev\tSergei\n",
      "persons.tsv", kNames);
}

std::vector<std::string> Forms(const Person& person) {
  std::vector<std::string> out;
  for (const auto& form : person.forms) {
    std::string words;
    for (const std::string& word : form) words += (words.empty() ? "" : " ") + word;
    out.push_back(words);
  }
  return out;
}

TEST(Persons, VariantsInOtherDiacriticsComeFromNamesTxt) {
  const std::vector<Person> persons = Persons();
  ASSERT_EQ(persons.size(), 5u);
  EXPECT_EQ(persons[4].not_given, (std::vector<std::string>{"Sergei"}));
  EXPECT_EQ(persons[0].id, "pers-micunovic");
  EXPECT_EQ(persons[0].name, "Mićunović, Veljko");
  EXPECT_EQ(Forms(persons[0]), (std::vector<std::string>{"Mićunović", "Micunovic"}));
  EXPECT_EQ(Forms(persons[2]), (std::vector<std::string>{"Koča Popović", "Koča", "Koca"}));
  // "tempo", a lower-case word of names.txt, is not a spelling of the name.
  EXPECT_EQ(Forms(persons[3]), (std::vector<std::string>{"Vukmanović", "Tempo"}));
}

TEST(Persons, FoldingDropsDiacriticsAndCase) {
  EXPECT_EQ(Folded("Mićunović"), "micunovic");
  EXPECT_EQ(Folded("Đilas Gomułka Gerő"), "dilas gomulka gero");
  EXPECT_EQ(Folded("Хрущёв"), "хрущев");
}

struct BadLine {
  const char* text;
  const char* message;
};

TEST(Persons, BadLinesAreReportedWithFileAndLine) {
  const BadLine cases[] = {
      {"# c\nx\tName\n",
       "persons.tsv:2: expected three or four columns separated by tabs (id, name, forms[, others' "
       "given names]): "
       "'x\tName'"},
      {"X\tName\tTito\n", "persons.tsv:1: the id 'X' may hold only a-z, 0-9 and '-'"},
      {"a\tA\tTito\na\tB\tTita\n", "persons.tsv:2: the id 'a' is used twice"},
      {"a\tA\tJosip Bros Tito\n",
       "persons.tsv:1: 'Bros' (in the form 'Josip Bros Tito') is not in names.txt"},
  };
  for (const BadLine& c : cases) {
    try {
      ParsePersons(c.text, "persons.tsv", kNames);
      ADD_FAILURE() << "no error for " << c.text;
    } catch (const InputError& e) {
      EXPECT_EQ(std::string(e.what()), c.message);
    }
  }
}

std::string Wrap(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">\n"
         "<teiHeader>\n<fileDesc>\n<titleStmt>\n<title>T</title>\n<author>A</author>\n</"
         "titleStmt>\n"
         "</fileDesc>\n<profileDesc>\n<langUsage>\n<language "
         "ident=\"en\">English</language>\n</langUsage>\n"
         "</profileDesc>\n</teiHeader>\n"
         "<text>\n<front>\n<titlePage>\n<docTitle>\n<titlePart>T</titlePart>\n</docTitle>\n"
         "<docAuthor>A</docAuthor>\n<byline>B</byline>\n<docImprint>I</docImprint>\n"
         "<docDate>2004</docDate>\n</titlePage>\n</front>\n<body>\n" +
         body + "\n</body>\n<back/>\n</text>\n</TEI>\n";
}

TEST(Persons, NamesInTextNotesAndEmendedWordsAreMarkedAndListed) {
  Document d =
      ReadTei(Wrap("<div type=\"chapter\" n=\"I\" xml:id=\"chI\">\n<head>Tito and Titoism</head>\n"
                   "<p xml:id=\"chI.p1\">Josip Broz Tito met Koča Popović and Micunovic; "
                   "<choice xml:id=\"e1.1\"><sic>Titos</sic><corr type=\"apostrophe\" "
                   "resp=\"#emend\" cert=\"high\">"
                   "Tito's</corr></choice> envoy<note place=\"foot\" n=\"1\" xml:id=\"chI.n1\">"
                   "<choice xml:id=\"e2.1\"><sic>Mi6unovi6</sic><corr type=\"diacritic\" "
                   "resp=\"#emend\" cert=\"high\">"
                   "Mićunović</corr></choice>, Tempo.</note> kept tempo.</p>\n"
                   "<p xml:id=\"chI.p2\">Nikita Khrushchev, Sergei Khrushchev; Khrushchev, "
                   "Sergei.</p>\n</div>"),
              "t.xml");
  AddPersons(d, Persons());
  const std::string xml = WriteTei(d);
  EXPECT_NE(xml.find("<head><persName ref=\"#pers-tito\">Tito</persName> and Titoism</head>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<persName ref=\"#pers-tito\">Josip Broz Tito</persName> met "
                     "<persName ref=\"#pers-popovic-koca\">Koča Popović</persName> and "
                     "<persName ref=\"#pers-micunovic\">Micunovic</persName>; "
                     "<persName ref=\"#pers-tito\"><choice xml:id=\"e1.1\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<persName ref=\"#pers-micunovic\"><choice xml:id=\"e2.1\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<persName ref=\"#pers-vukmanovic\">Tempo</persName>.</note> kept tempo."),
            std::string::npos)
      << xml;
  EXPECT_NE(
      xml.find(
          "Nikita <persName ref=\"#pers-khrushchev\">Khrushchev</persName>, Sergei Khrushchev; "
          "Khrushchev, Sergei."),
      std::string::npos)
      << xml;
  // The header lists the persons found, in the file's order, with their forms.
  EXPECT_NE(
      xml.find(
          "<listPerson>\n<person xml:id=\"pers-micunovic\"><persName type=\"index\">Mićunović, "
          "Veljko"
          "</persName><persName type=\"variant\">Mićunović</persName><persName type=\"variant\">"
          "Micunovic</persName></person>"),
      std::string::npos)
      << xml;
  // Read back: the same bytes, the persons in the summary.
  const Document again = ReadTei(xml, "again.xml");
  EXPECT_EQ(WriteTei(again), xml);
  ASSERT_EQ(again.header.persons.size(), 5u);
  EXPECT_EQ(again.header.persons[1],
            (std::pair<std::string, std::string>{"pers-tito", "Tito, Josip Broz"}));
  EXPECT_EQ(PlainText(again.body[0].blocks[1].content).substr(0, 31),
            "Josip Broz Tito met Koča Popov");
}

}  // namespace
}  // namespace emend::tei
