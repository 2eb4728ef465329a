// The TEI document: valid against the project's schema, notes at their
// references, both readings of every emendation, deterministic ids.
#include "tei/tei_builder.hpp"

#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <set>

#include "tei/scanned_pages.hpp"
#include "tei/tei_reader.hpp"
#include "tei/tei_writer.hpp"
#include "tei/validator.hpp"
#include "tests/tei/corrected_thesis.hpp"
#include "tests/tei/thesis_fixture.hpp"

namespace emend::tei {
namespace {

const std::string kSchema = std::string(EMEND_SOURCE_DIR) + "/tei/emend-tei.rng";

Metadata TestMetadata() {
  Metadata m;
  m.title = "A Title";
  m.author = "An Author";
  m.degree = "Doctor of Philosophy";
  m.institution = "A School";
  m.date = "2004-02";
  m.source_id = "UMI U0";
  m.source_publisher = "ProQuest";
  m.source_date = "2014";
  m.source_note = "A scan.";
  m.editor = "Editors";
  return m;
}

std::string Build(const std::vector<std::string>& ocr, const std::vector<correct::Emendation>& e) {
  auto lines = ApplyEmendations(ocr, e, "e.tsv");
  std::vector<std::string> text;
  for (const auto& l : lines) text.push_back(l.text);
  return BuildTei(lines, AnalyseStructure(text), TestMetadata(), {"0.1.0", "thesis.txt"});
}

class SyntheticTei : public testing::Test {
 protected:
  void SetUp() override {
    ocr_ = Thesis();
    ocr_[8] = ocr_[8].substr(0, 4) + " Titos" + ocr_[8].substr(4);  // "The  Titos story ..."
    emendations_ = {{"e9.5", 9, 6, 5, "Titos", "Tito's", correct::EmendationClass::kApostrophe, 0.9,
                     correct::EmendationStatus::kApplied, "test"}};
    xml_ = Build(ocr_, emendations_);
    ASSERT_TRUE(doc_.load_string(xml_.c_str()));
  }
  std::vector<std::string> ocr_;
  std::vector<correct::Emendation> emendations_;
  std::string xml_;
  pugi::xml_document doc_;
};

TEST_F(SyntheticTei, IsValidAgainstTheProjectSchema) {
  auto errors = Validate(xml_, kSchema);
  for (const auto& e : errors) ADD_FAILURE() << e.line << ": " << e.message;
}

TEST_F(SyntheticTei, NotesStandAtTheirReferencesWithoutTheDigits) {
  pugi::xml_node note = doc_.select_node("//note[@xml:id='intro.n1']").node();
  ASSERT_TRUE(note);
  EXPECT_STREQ(note.parent().name(), "p");
  EXPECT_TRUE(std::string(note.previous_sibling().value()).ends_with("as told."))
      << note.previous_sibling().value();
  EXPECT_EQ(std::string(note.child_value()).rfind("First note", 0), 0u) << note.child_value();
  // The note's text joins its lines; its number is gone from the text.
  EXPECT_TRUE(std::string(note.child_value()).ends_with(". bottom, ending here."))
      << note.child_value();
}

TEST_F(SyntheticTei, LostNumbersAreMarkedUncertainNotDropped) {
  pugi::xml_node note = doc_.select_node("//div[@type='introduction']//note[@n='3']").node();
  ASSERT_TRUE(note);
  EXPECT_STREQ(note.attribute("cert").value(), "low");
  // Every number of each series is a note: chapter I's 2-4, whose text the
  // scan lost, are placeholders that say so.
  EXPECT_EQ(doc_.select_nodes("//note[@place='foot']").size(), 9u);
  for (const char* n : {"2", "3", "4"}) {
    SCOPED_TRACE(n);
    pugi::xml_node lost =
        doc_.select_node((std::string("//div[@type='chapter']//note[@n='") + n + "']").c_str())
            .node();
    ASSERT_TRUE(lost);
    EXPECT_STREQ(lost.child("gap").attribute("reason").value(), "lost");
    EXPECT_STREQ(lost.attribute("cert").value(), "low");
  }
}

TEST_F(SyntheticTei, EmendationsKeepBothReadings) {
  pugi::xml_node choice = doc_.select_node("//choice[@xml:id='e9.5']").node();
  ASSERT_TRUE(choice);
  EXPECT_STREQ(choice.child_value("sic"), "Titos");
  EXPECT_STREQ(choice.child_value("corr"), "Tito's");
  EXPECT_STREQ(choice.child("corr").attribute("resp").value(), "#emend");
}

// A note's number glued to its first word and set apart by an emendation
// ("2Second" read "2 Second"): the number leaves the note, as a plain one does.
TEST(NoteNumberTei, SetApartByAnEmendationLeavesTheNote) {
  std::vector<std::string> ocr = Thesis();
  ocr[12] = "2Second note.";
  const std::vector<correct::Emendation> e = {{"e13.1", 13, 1, 7, "2Second", "2 Second",
                                               correct::EmendationClass::kSplit, 0.8,
                                               correct::EmendationStatus::kApplied, "test"}};
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(Build(ocr, e).c_str()));
  const pugi::xml_node note = doc.select_node("//note[@xml:id='intro.n2']").node();
  ASSERT_TRUE(note);
  const pugi::xml_node choice = note.child("choice");
  ASSERT_TRUE(choice);
  EXPECT_STREQ(choice.child_value("sic"), "2Second");
  EXPECT_STREQ(choice.child_value("corr"), "Second");
  EXPECT_EQ(std::string(note.first_child().name()), "choice");
}

// A note's number read anew ("3" read "2"): the number leaves the note's
// text, the choice records it, and the note carries the number.
TEST(NoteNumberTei, ReadAnewLeavesTheNote) {
  std::vector<std::string> ocr = Thesis();
  ocr[12] = "3 Second note.";
  const std::vector<correct::Emendation> e = {{"e13.1", 13, 1, 1, "3", "2",
                                               correct::EmendationClass::kConfusion, 0.8,
                                               correct::EmendationStatus::kApplied, "test"}};
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(Build(ocr, e).c_str()));
  const pugi::xml_node note = doc.select_node("//note[@xml:id='intro.n2']").node();
  ASSERT_TRUE(note);
  const pugi::xml_node choice = note.child("choice");
  ASSERT_TRUE(choice);
  EXPECT_STREQ(choice.child_value("sic"), "3");
  EXPECT_STREQ(choice.child_value("corr"), "");
  EXPECT_EQ(std::string(note.first_child().name()), "choice");
  EXPECT_EQ(std::string(note.first_child().next_sibling().value()), "Second note.");
}

// A structure gone wrong (a misread chapter heading ran two chapters' notes
// together): a note's mark inside another note's lines, and a line given to
// two notes. The builder still writes each line once, every note once, and
// a document that parses.
TEST(BrokenStructureTei, EachLineAndNoteOnce) {
  const std::vector<std::string> ocr = Thesis();
  auto lines = ApplyEmendations(ocr, {}, "e.tsv");
  std::vector<std::string> text;
  for (const auto& l : lines) text.push_back(l.text);
  Structure s = AnalyseStructure(text);
  std::vector<size_t> present;
  for (size_t i = 0; i < s.notes.size(); ++i) {
    if (!s.notes[i].lost) present.push_back(i);
  }
  ASSERT_GE(present.size(), 2u);
  Footnote& first = s.notes[present[0]];
  Footnote& second = s.notes[present[1]];
  second.first_line = first.first_line;  // one line, two notes
  second.reference_found = true;         // the second's mark inside the first note's line
  second.reference_line = first.first_line;
  second.reference_begin = 0;
  second.reference_end = 1;
  const std::string xml = BuildTei(lines, s, TestMetadata(), {"0.1.0", "thesis.txt"});
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(xml.c_str()));
  EXPECT_EQ(doc.select_nodes("//note[@place='foot']").size(), s.notes.size());
  std::set<std::string> ids;
  for (const auto& n : doc.select_nodes("//*[@xml:id]")) {
    EXPECT_TRUE(ids.insert(n.node().attribute("xml:id").value()).second)
        << n.node().attribute("xml:id").value();
  }
  // The shared line's words appear once.
  std::string words = text[first.first_line];
  words = words.substr(words.find(' ') + 1);  // after the note's number
  while (!words.empty() && words.back() == ' ') words.pop_back();
  size_t count = 0;
  for (size_t at = xml.find(words); at != std::string::npos; at = xml.find(words, at + 1)) ++count;
  EXPECT_EQ(count, 1u) << words;
}

// A typescript read from scans whose note lost its mark: the note stands
// where its page's text ends, before the break of the page (it stood after
// it, on the next page).
TEST(ScannedTei, ANoteWithoutItsMarkStaysOnItsPage) {
  const std::string body =
      "and the Yugoslav leadership saw the Soviet proposals as a sign that the";
  const std::vector<std::string> scanned = {
      "INTRODUCTION",
      body,
      body,
      "were made public in Belgrade.",
      "1 Vladimir Dedijer, Novi Prilozi za Biografiju Josipa Broza Tita, The New Supplements to",
      "the Biography of Josip Broz Tito, Volume 3, (Beograd: Rad, 1984), 461-2.",
      "\f",
      body,
      "were made public."};
  const ScannedText split = SplitScannedPages(scanned, {}, "");
  std::vector<std::string> ocr;
  for (size_t k : split.kept) ocr.push_back(scanned[k]);
  StructureProfile profile;
  profile.note_width = 84;
  profile.short_line = 60;
  profile.trailing_space_marks_line_ends = false;
  const Structure s = AnalyseStructure(ocr, profile, {}, split.pages);
  ASSERT_EQ(s.notes.size(), 1u);
  ASSERT_FALSE(s.notes[0].reference_found);
  const std::string xml =
      BuildTei(ApplyEmendations(ocr, {}, "e.tsv"), s, TestMetadata(), {"0.1.0", "thesis.txt"});
  const size_t note = xml.find("<note place=\"foot\" n=\"1\""), pb = xml.find("<pb");
  ASSERT_NE(note, std::string::npos);
  ASSERT_NE(pb, std::string::npos);
  EXPECT_LT(note, pb) << xml.substr(std::min(note, pb), 400);
}

TEST_F(SyntheticTei, DivisionsPagesAndIds) {
  EXPECT_TRUE(doc_.select_node("//div[@type='chapter'][@n='I']/div[@type='section'][@n='I.1']"));
  EXPECT_STREQ(doc_.select_node("//div[@type='chapter']/pb").node().attribute("n").value(), "19");
  // Every typescript page break is numbered, from the contents and counting
  // between: the introduction opens page 17; its page ends "The" (before its
  // notes), the next at the foot of the page without notes; the chapter opens
  // page 19.
  EXPECT_EQ(doc_.select_nodes("//pb").size(), doc_.select_nodes("//pb[@n]").size());
  EXPECT_STREQ(doc_.select_node("//div[@type='introduction']/pb").node().attribute("n").value(),
               "17");
  EXPECT_STREQ(
      doc_.select_node("//div[@type='introduction']/p[1]/pb").node().attribute("n").value(), "18");
  EXPECT_STREQ(doc_.select_node("//div[@type='chapter']/pb").node().attribute("n").value(), "19");
  std::set<std::string> ids;
  for (auto node : doc_.select_nodes("//*[@xml:id]")) {
    EXPECT_TRUE(ids.insert(node.node().attribute("xml:id").value()).second);
  }
  EXPECT_EQ(Build(ocr_, emendations_), xml_);  // same input, same bytes
}

TEST(Validator, ReportsTheLineOfAnInvalidElement) {
  auto errors = Validate(
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">\n<bogus/></TEI>", kSchema);
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors.front().line, 2);
}

// The bundled thesis, corrected and encoded as `make` does it.
TEST(WholeThesisTei, IsValidAndHoldsEveryNoteAndEmendation) {
  const auto& ocr = ThesisOcr();
  const auto& result = CorrectedThesis();
  const std::string xml = Build(ocr, result.emendations);
  auto errors = Validate(xml, kSchema);
  EXPECT_TRUE(errors.empty()) << errors.size() << " errors, first: " << errors.front().line << ": "
                              << errors.front().message;
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(xml.c_str()));
  std::vector<std::string> text;
  for (const auto& l : ApplyEmendations(ocr, result.emendations, "e.tsv")) text.push_back(l.text);
  const Structure s = AnalyseStructure(text);
  EXPECT_EQ(doc.select_nodes("//note[@place='foot']").size(), s.notes.size());
  size_t non_noise = 0;
  for (const auto& e : result.emendations)
    non_noise += e.emendation_class != correct::EmendationClass::kNoise;
  EXPECT_EQ(doc.select_nodes("//choice").size(), non_noise);
  EXPECT_EQ(doc.select_nodes("//body//div[@type='section']").size(), 15u);
  EXPECT_EQ(doc.select_nodes("//quote[@type='block']").size(), s.quotations.size());
  // The bibliography's parts nest under Primary and Secondary Sources.
  EXPECT_EQ(doc.select_nodes("//div[@type='bibliography']/div[head='Primary Sources']/div").size(),
            4u);
  EXPECT_EQ(
      doc.select_nodes("//div[@type='bibliography']/div[head='Secondary Sources']/div").size(), 4u);
  // Entries whose first line the OCR ended without a trailing space stand
  // apart from the entry before them (they ran together once).
  for (const char* author : {"Gibianskii, Leonid", "Ripp, Zoltan", "Edemskii, A"}) {
    EXPECT_TRUE(doc.select_node((std::string("//bibl[starts-with(., '") + author + "')]").c_str()))
        << author;
  }
  // Every typescript page break carries its number; notes the scan lost are
  // kept, numbered, as gaps.
  EXPECT_EQ(doc.select_nodes("//body//pb").size(), doc.select_nodes("//body//pb[@n]").size());
  EXPECT_GE(doc.select_nodes("//body//pb[@n]").size(), 300u);
  EXPECT_GE(doc.select_nodes("//note[gap/@reason='lost']").size(), 20u);
  // The contents link every entry to its division; pages are data, not text.
  for (auto item : doc.select_nodes("//div[@type='contents']//item")) {
    const pugi::xml_node node = item.node();
    EXPECT_TRUE(node.child("ref")) << node.text().get();
    std::string text;
    for (auto t : node.select_nodes(".//text()")) text += t.node().value();
    EXPECT_FALSE(!text.empty() && std::isdigit(static_cast<unsigned char>(text.back()))) << text;
  }
  // Read back and written again, the document is the same, byte for byte.
  EXPECT_EQ(WriteTei(ReadTei(xml, "thesis.tei.xml")), xml);
}

TEST(QuotationTei, HoldsASpeakersTurnsAsParagraphs) {
  const std::vector<std::string> ocr = {
      "INTRODUCTION",
      Body("The author sets the scene for the exchange, saying"),
      "He concluded:",
      "Tito: We shall see.",
      "Kardelj: Indeed. 1",
      NoteEnd("1 Transcript of the session, a full line of footnote type across the page"),
      Body("The author resumes and the page goes on with the"),
      BodyEnd("story as it was told before the exchange began."),
  };
  const std::string xml = Build(ocr, {});
  EXPECT_TRUE(Validate(xml, kSchema).empty());
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(xml.c_str()));
  pugi::xml_node quote = doc.select_node("//quote").node();
  ASSERT_TRUE(quote);
  EXPECT_STREQ(quote.attribute("type").value(), "block");
  EXPECT_STREQ(quote.attribute("xml:id").value(), "intro.q1");
  const auto turns = quote.select_nodes("p");
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_STREQ(turns[0].node().child_value(), "Tito: We shall see.");
  EXPECT_EQ(std::string(turns[1].node().child_value()), "Kardelj: Indeed.");
  EXPECT_TRUE(turns[1].node().child("note"))
      << "the note stands at its reference, in the quotation";
  // The author's text before and after stays in paragraphs of the division.
  EXPECT_EQ(doc.select_nodes("//div[@type='introduction']/p").size(), 2u);
}

}  // namespace
}  // namespace emend::tei
