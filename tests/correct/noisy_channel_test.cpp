// The noisy channel's parts on small documents, with the real Hunspell
// dictionaries and word lists: the block edit between two forms, what the
// error model learns from a document, and the whole ranking record.
#include "correct/noisy_channel.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <span>

#include "correct/corrector.hpp"
#include "tests/correct/shared_lexicon.hpp"
#include "tests/correct/test_document.hpp"

namespace emend::correct {
namespace {

using emend_test::Document;
using emend_test::SharedLexicon;
using emend_test::SharedWordClasses;

std::vector<std::string> Times(const std::string& line, int n) {
  return std::vector<std::string>(n, line);
}

struct EditCase {
  const char* truth;
  const char* ocr;
  std::optional<BlockEdit> expected;
  friend void PrintTo(const EditCase& c, std::ostream* os) { *os << c.truth << "/" << c.ocr; }
};

class BlockEditTest : public testing::TestWithParam<EditCase> {};

TEST_P(BlockEditTest, FindsTheOnePlaceTheFormsDiffer) {
  EXPECT_EQ(FindBlockEdit(GetParam().truth, GetParam().ocr), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Edits, BlockEditTest,
    testing::Values(EditCase{"fundamental", "fundamentai", BlockEdit{"l", "i"}},
                    EditCase{"Trieste", "Tneste", BlockEdit{"ri", "n"}},
                    EditCase{"modern", "modem", BlockEdit{"rn", "m"}},
                    EditCase{"the", "ihe", BlockEdit{"t", "i"}},
                    EditCase{"Mićunović", "Mi6unović",
                             BlockEdit{"ć", "6"}},                        // code points, not bytes
                    EditCase{"the", "the", std::nullopt},                 // the same form
                    EditCase{"Memorandum", "Meimorandum", std::nullopt},  // a letter added: a typo
                    EditCase{"Tito", "Titos", std::nullopt},              // a letter added
                    EditCase{"telegram", "tlegram", std::nullopt},        // a letter lost
                    EditCase{"abcdef", "xyzdef", std::nullopt}));         // three letters

TEST(FindEdits, OneBlockOrTwoLettersApart) {
  EXPECT_EQ(FindEdits("Trieste", "Tneste"), (std::vector<BlockEdit>{{"ri", "n"}}));
  EXPECT_EQ(FindEdits("Jugoslavije", "Juqoslaviie"),
            (std::vector<BlockEdit>{{"g", "q"}, {"j", "i"}}));
  EXPECT_TRUE(FindEdits("Jugoslavije", "Juqosiaviie").empty());   // three letters
  EXPECT_TRUE(FindEdits("Jugoslavije", "Jugoslavijes").empty());  // one added
}

// "political", "general" and "formal" each read once with l as i: the
// document teaches l -> i three times.
std::vector<std::string> LReadAsI() {
  std::vector<std::string> lines = Times("the political and general and formal talks", 6);
  lines.push_back("the poiitical talks");
  lines.push_back("a generai view");
  lines.push_back("a formai view");
  return lines;
}

TEST(ErrorModel, LearnsAnEditFromTheDocumentsRareFormsBesideFrequentWords) {
  const DocumentStats document = Document(LReadAsI());
  const ErrorModel model(document, SharedLexicon(), 0);
  const std::vector<LearnedEdit> learned = model.Learned();
  ASSERT_FALSE(learned.empty());
  EXPECT_EQ(learned[0].edit, (BlockEdit{"l", "i"}));
  EXPECT_EQ(learned[0].count, 3);
  EXPECT_EQ(learned[0].from, (std::vector<std::string>{"formai", "generai", "poiitical"}));
  EXPECT_EQ(learned[0].prior, 0);
  // Judging "formai", what it taught itself is left out: the other two remain.
  const std::optional<double> log_p = model.LogProbability({"l", "i"}, "formai");
  ASSERT_TRUE(log_p.has_value());
  const std::optional<double> all = model.LogProbability({"l", "i"}, "");
  ASSERT_TRUE(all.has_value());
  EXPECT_NEAR(std::exp(*all - *log_p), 3.0 / 2.0, 1e-9);
}

TEST(ErrorModel, AnEditOnlyTheJudgedFormShowsIsNotBelieved) {
  // a read as e once, and not a visual confusion: nothing else vouches for it.
  std::vector<std::string> lines = Times("Vyacheslav Molotov and the talks", 6);
  lines.push_back("Vyecheslav Molotov");
  const DocumentStats document = Document(lines);
  const ErrorModel model(document, SharedLexicon(), 5);
  EXPECT_FALSE(model.LogProbability({"a", "e"}, "Vyecheslav").has_value());
  // A visual confusion is believed on the table's prior alone.
  EXPECT_TRUE(model.LogProbability({"rn", "m"}, "modem").has_value());
  EXPECT_FALSE(model.LogProbability({"a", "x"}, "").has_value());
}

TEST(ErrorModel, NeighboursAreTheDocumentsDictionaryWordsOneEditAway) {
  const DocumentStats document = Document(LReadAsI());
  const ErrorModel model(document, SharedLexicon(), 0);
  const auto neighbours = model.Neighbours("poiitical");
  ASSERT_EQ(neighbours.size(), 1u);
  EXPECT_EQ(neighbours[0].first, "political");
  EXPECT_EQ(neighbours[0].second, (std::vector<BlockEdit>{{"l", "i"}}));
  EXPECT_TRUE(model.Neighbours("Loszonczy").empty());
}

struct RankCase {
  const char* name;
  std::vector<std::string> document;
  std::string ocr, previous, next;
  // The whole record: the reading (empty: the OCR form stays), the edit,
  // how many readings were weighed, and the band the posterior falls in.
  std::string reading;
  std::vector<BlockEdit> edits;
  int readings;
  double min_posterior, max_posterior;
  friend void PrintTo(const RankCase& c, std::ostream* os) { *os << c.name; }
};

class RankTest : public testing::TestWithParam<RankCase> {};

TEST_P(RankTest, RanksTheReadings) {
  const RankCase& c = GetParam();
  const DocumentStats document = Document(c.document);
  const NoisyChannel channel(document, SharedLexicon());
  const Ranking ranking = channel.Rank(c.ocr, c.previous, c.next);
  EXPECT_EQ(ranking.reading, c.reading);
  EXPECT_EQ(ranking.readings, c.readings);
  if (!c.reading.empty()) {
    EXPECT_EQ(ranking.edits, c.edits);
    EXPECT_GE(ranking.posterior, c.min_posterior);
    EXPECT_LE(ranking.posterior, c.max_posterior);
    for (const BlockEdit& edit : c.edits) {
      EXPECT_NE(ranking.evidence.find("'" + edit.truth + "' read as '" + edit.ocr + "'"),
                std::string::npos)
          << ranking.evidence;
    }
  }
}

// Prose whose words each stand once, all of them dictionary words.
std::vector<std::string> KnownHapaxes() {
  return {"history tells of kings who ruled wide lands beyond mountains",
          "rivers carried boats laden with grain toward distant markets",
          "merchants bargained loudly while children played near fountains",
          "soldiers marched through villages singing old songs about harvest",
          "scholars wrote careful letters describing comets seen over cities",
          "bakers rose early kneading dough beside warm ovens every morning"};
}

std::vector<std::string> With(std::vector<std::string> lines, const std::string& line) {
  lines.push_back(line);
  return lines;
}

INSTANTIATE_TEST_SUITE_P(
    Readings, RankTest,
    testing::Values(
        // l read as i, which the document shows in two other words.
        RankCase{"learned_edit",
                 LReadAsI(),
                 "poiitical",
                 "the",
                 "talks",
                 "political",
                 {{"l", "i"}},
                 1,
                 0.99,
                 1.0},
        // A visual confusion the document never shows, in a word it uses.
        RankCase{"visual_edit",
                 With(Times("the port of Trieste and the talks", 6), "Tneste"),
                 "Tneste",
                 "",
                 "",
                 "Trieste",
                 {{"ri", "n"}},
                 1,
                 0.9,
                 1.0},
        // No dictionary word of the document lies one edit away: a name stays.
        RankCase{"no_neighbour",
                 With(Times("the talks", 6), "Loszonczy said"),
                 "Loszonczy",
                 "",
                 "said",
                 "",
                 {},
                 0,
                 0,
                 0},
        // The lost apostrophe explains "countrys": the apostrophe rule
        // restores it (and "countrys" teaches no ie -> y).
        RankCase{"apostrophe_lost",
                 With(Times("the country and the countries and the country's policy", 6),
                      "the countrys policy"),
                 "countrys",
                 "the",
                 "policy",
                 "",
                 {},
                 1,
                 0,
                 0},
        // Two misreads apart, each a visual confusion (q for g, i for l).
        RankCase{"two_edits",
                 With(Times("the Jugoslavije and the talks", 6), "Juqosiavije and the talks"),
                 "Juqosiavije",
                 "",
                 "and",
                 "Jugoslavije",
                 {{"g", "q"}, {"l", "i"}},
                 1,
                 0.5,
                 1.0},
        // S read as D: neither visual nor learned, but the document repeats
        // the phrase around the reading.
        RankCase{
            "phrase_vouches",
            With(Times("a DSIP Strogo Pov. Bilten and the talks", 3), "DSIP Dtrogo Pov. Bilten"),
            "Dtrogo",
            "DSIP",
            "Pov",
            "Strogo",
            {{"S", "D"}},
            1,
            0.9,
            1.0},
        RankCase{
            "phrase_too_rare",
            With(Times("a DSIP Strogo Pov. Bilten and the talks", 2), "DSIP Dtrogo Pov. Bilten"),
            "Dtrogo",
            "DSIP",
            "Pov",
            "",
            {},
            0,
            0,
            0},
        // A dictionary word the document does not use, one strong visual
        // confusion away, in prose whose new words are nearly all the
        // dictionary's: weighed as an unseen dictionary word.
        RankCase{"unseen_dictionary_word",
                 With(KnownHapaxes(), "and using it to ensiave us as a state"),
                 "ensiave",
                 "to",
                 "us",
                 "enslave",
                 {{"l", "i"}},
                 1,
                 0.5,
                 1.0},
        // A digit in the form may be a quote as well: no unseen reading.
        RankCase{"unseen_dictionary_word_not_for_a_digit",
                 With(KnownHapaxes(), "and they 1ate arrived"),
                 "1ate",
                 "they",
                 "arrived",
                 "",
                 {},
                 0,
                 0,
                 0},
        // a read as e once and nowhere else: the author's spelling stays.
        RankCase{"unbelieved_edit",
                 With(Times("Vyacheslav Molotov", 6), "Vyecheslav Molotov"),
                 "Vyecheslav",
                 "",
                 "Molotov",
                 "",
                 {},
                 0,
                 0,
                 0}));

TEST(CorrectorChannel, AppliesTheChannelsReadingAsAConfusionWithItsPosterior) {
  Corrector corrector(SharedLexicon(), SharedWordClasses(), CorrectorOptions{});
  const CorrectionResult result = corrector.Correct(LReadAsI());
  ASSERT_EQ(result.lines.back(), "a formal view");
  ASSERT_EQ(result.emendations.size(), 3u);
  const Emendation& e = result.emendations.back();
  EXPECT_EQ(e.line, 9);
  EXPECT_EQ(e.ocr, "formai");
  EXPECT_EQ(e.reading, "formal");
  EXPECT_EQ(ClassName(e.emendation_class), "confusion");
  EXPECT_EQ(StatusName(e.status), "applied");
  EXPECT_GE(e.confidence, 0.99);
  EXPECT_EQ(e.evidence.rfind("confusion: noisy channel: 'l' read as 'i'", 0), 0u) << e.evidence;
}

// The space channel (NoisyChannel::WeighSpaces): its rates learned from the
// document's own broken and glued words, and the readings of a run of
// chunks that differ in their spaces only.
std::vector<std::string> SpacedDocument() {
  std::vector<std::string> lines =
      Times("The normalization of relations at one time was Novi Prilozi work.", 30);
  lines.push_back("after the Norm alization and the d e s p o ts");  // broken words
  lines.push_back("in NoviPrilozi and aggressionAs");                // glued ones
  return lines;
}

TEST(SpaceChannel, LearnsItsRatesFromTheDocument) {
  const DocumentStats document = Document(SpacedDocument());
  const NoisyChannel channel(document, SharedLexicon());
  // 330 words in the repeated line, 6 and 4 in the others (a broken word
  // counts once); two of them broken, with 1 + 5 gaps, 4 more than one each;
  // one glued pair whose halves the document uses apart ("aggressionAs":
  // neither half is).
  const double words = 340;
  EXPECT_NEAR(channel.word_broken(), (2 + 1) / (words + 2), 1e-12);
  EXPECT_NEAR(channel.another_gap(), (6.0 - 2 + 1) / (6 + 2), 1e-12);
  EXPECT_NEAR(channel.space_lost(), (1 + 1) / (words + 2), 1e-12);
  EXPECT_DOUBLE_EQ(channel.LogSpacesInserted(0), 0);
  EXPECT_NEAR(channel.LogSpacesInserted(3) - channel.LogSpacesInserted(2),
              std::log(channel.another_gap()), 1e-12);
}

struct SpaceCase {
  const char* name;
  std::vector<std::string> chunks;
  NoisyChannel::Segmentation reading;
  bool likelier_than_the_chunks;
  friend void PrintTo(const SpaceCase& c, std::ostream* os) { *os << c.name; }
};

class SpaceChannelTest : public testing::TestWithParam<SpaceCase> {};

TEST_P(SpaceChannelTest, WeighsAReadingAgainstTheChunksAsTyped) {
  const DocumentStats document = Document(SpacedDocument());
  const NoisyChannel channel(document, SharedLexicon());
  const SpaceCase& c = GetParam();
  const std::vector<double> p = channel.WeighSpaces(c.chunks, std::span(&c.reading, 1));
  ASSERT_EQ(p.size(), 2u);
  EXPECT_NEAR(p[0] + p[1], 1, 1e-12);
  EXPECT_EQ(p[0] > 0.5, c.likelier_than_the_chunks) << p[0];
}

INSTANTIATE_TEST_SUITE_P(
    Readings, SpaceChannelTest,
    testing::Values(
        // A piece no word, the whole a word the document uses.
        SpaceCase{"broken_word", {"Norm", "alization"}, {{"Normalization"}, 1, 0}, true},
        // Letter-spaced: many gaps, but each piece a lone letter.
        SpaceCase{"letter_spaced", {"d", "e", "s", "p", "o", "ts"}, {{"despots"}, 5, 0}, true},
        // Two words the document uses often, joined into one it never writes.
        SpaceCase{"two_words_stay", {"at", "one"}, {{"atone"}, 1, 0}, false},
        // A pair the document writes apart, glued; the glued form recurs, which
        // does not vouch for it.
        SpaceCase{"glued_pair", {"NoviPrilozi"}, {{"Novi", "Prilozi"}, 0, 1}, true},
        // A cut into a word and a piece of another: not the document's words.
        SpaceCase{"wrong_cut", {"NoviPrilozi"}, {{"NoviP", "rilozi"}, 0, 1}, false}));

}  // namespace
}  // namespace emend::correct
