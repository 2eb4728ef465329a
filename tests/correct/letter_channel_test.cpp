// The letter channel (correct/letter_channel.hpp): its prior table, what an
// observation adds, and the whole word's log-probability; and how the noisy
// channel weighs readings proposed from it (NoisyChannel::Weigh).
#include "correct/letter_channel.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "correct/cyrillic_channel.hpp"
#include "correct/language_model.hpp"
#include "correct/noisy_channel.hpp"
#include "tests/correct/shared_lexicon.hpp"

namespace emend::correct {
namespace {

TEST(BaseLetters, WritesEachLetterOfTheTableWithoutItsHookOrAccent) {
  EXPECT_EQ(BaseLetters("Mićunović"), "Micunovic");
  EXPECT_EQ(BaseLetters("Državni ČASOPIS"), "Drzavni CASOPIS");
  EXPECT_EQ(BaseLetters("Gomułka Békés François"), "Gomulka Bekes Francois");
  EXPECT_EQ(BaseLetters("Москва"), "Москва");  // not the table's letters
}

struct PriorCase {
  const char* name;
  char32_t typed, read;
  double expected;  // P(read | typed) with nothing observed
  friend void PrintTo(const PriorCase& c, std::ostream* os) { *os << c.name; }
};

class LetterPriorTest : public testing::TestWithParam<PriorCase> {};

TEST_P(LetterPriorTest, StartsFromTheTable) {
  const LetterChannel channel;
  EXPECT_NEAR(std::exp(channel.LogLetter(GetParam().typed, GetParam().read)), GetParam().expected,
              1e-9);
  EXPECT_EQ(channel.Observed(GetParam().typed, GetParam().read), 0);
}

// ć's row: dropped 5, four look-alikes 1 each, left out 0.5 (total 9.5, and
// the unexpected pair's 0.1); š's row: dropped 5, S 1, left out 0.5.
INSTANTIATE_TEST_SUITE_P(Table, LetterPriorTest,
                         testing::Values(PriorCase{"hook_dropped", U'ć', U'c', 5 / 9.6},
                                         PriorCase{"six_for_c_acute", U'ć', U'6', 1 / 9.6},
                                         PriorCase{"left_out", U'ć', 0, 0.5 / 9.6},
                                         PriorCase{"unexpected_pair", U'ć', U'x', 0.1 / 9.6},
                                         PriorCase{"capital_inside_a_word", U'š', U'S', 1 / 6.6},
                                         PriorCase{"ascii_read_as_itself", U'a', U'a', 1.0}));

TEST(LetterChannel, LearnsWhatTheDocumentShows) {
  LetterChannel channel;
  channel.Observe("Mićunović", "Mi6unovi6", 10);  // ć read as 6 twice, ten uses
  channel.Observe("Popović", "Popovid", 3);
  EXPECT_EQ(channel.Observed(U'ć', U'6'), 20);
  EXPECT_EQ(channel.Observed(U'ć', U'd'), 3);
  // Row: 9.5 + 23 observed + 0.1.
  EXPECT_NEAR(std::exp(channel.LogLetter(U'ć', U'6')), 21 / 32.6, 1e-9);
  EXPECT_NEAR(std::exp(channel.LogLetter(U'ć', U'd')), 4 / 32.6, 1e-9);
  // The whole word: each letter that differs, plain letters read as themselves free.
  EXPECT_NEAR(channel.LogWord("Vidić", "Vidi6"), channel.LogLetter(U'ć', U'6'), 1e-12);
  EXPECT_NEAR(channel.LogWord("Mićunović", "Midunovi6"),
              channel.LogLetter(U'ć', U'd') + channel.LogLetter(U'ć', U'6'), 1e-12);
}

TEST(LetterChannel, ALetterLeftOut) {
  LetterChannel channel;
  channel.Observe("Kádár", "Kdr", 2);  // two á left out, twice
  EXPECT_EQ(channel.Observed(U'á', 0), 4);
  EXPECT_NEAR(channel.LogWord("János", "Jnos"), channel.LogLetter(U'á', 0), 1e-12);
  // An ASCII observation teaches nothing.
  channel.Observe("Tito", "Tlto", 5);
  EXPECT_EQ(channel.Observed(U'i', U'l'), 0);
}

// Weigh: the readings and the OCR form kept share one posterior.
TEST(NoisyChannelWeigh, TheDocumentsUsesOfAReadingOutweighAStrongerChannel) {
  DocumentStats document;
  std::vector<std::string> lines(30, "Koca Popovi6 met the delegation in Belgrade and Moscow.");
  document.AddDocument(lines);
  const NoisyChannel channel(document, emend_test::SharedLexicon());
  // Koča: the document writes it 30 times, as Koca; Koća: never; ć read as 6 is
  // the likelier misread.
  const std::vector<Alternative> alternatives = {{"Koča", std::log(0.1), 30},
                                                 {"Koća", std::log(0.6), 0}};
  const std::vector<double> p = channel.Weigh("Ko6a", alternatives);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_NEAR(p[0] + p[1] + p[2], 1.0, 1e-9);
  EXPECT_GT(p[0], 0.9);
  EXPECT_GT(p[0], 10 * p[1]);
  // The OCR form as typed, against a reading the channel finds impossible.
  const std::vector<Alternative> unlikely = {{"Koča", std::log(1e-9), 0}};
  const std::vector<double> q = channel.Weigh("Koca", unlikely);
  EXPECT_GT(q.back(), 0.5);
}

// The source model's unseen forms (correct/language_model.hpp): a capital or
// a digit inside a word costs what the document's dictionary words say, and a
// short text takes an unseen form for a dictionary word more readily than for
// a non-word.
TEST(LanguageModelUnseen, InnerCapitalsAndDigitsCostWhatTheDictionaryWordsSay) {
  DocumentStats document;
  document.AddDocument({"Tito reported to Moscow and the Yugoslav leaders replied at once."});
  const LanguageModel model(document, emend_test::SharedLexicon());
  EXPECT_LT(model.LogUnseen("VidiC"), model.LogUnseen("Vidic") - 1);
  EXPECT_LT(model.LogUnseen("Vidi6"), model.LogUnseen("Vidic") - 1);
  // A digit at a word's edge is no digit inside it ("6s" stays a number's plural).
  EXPECT_GT(model.LogUnseen("Vidi6"), model.LogUnseen("Vi6ic") - 1e-9);
  EXPECT_GT(model.LogUnseenKnown("vidic"), model.LogUnseen("vidic") + 2);
}

// The Cyrillic channel (correct/cyrillic_channel.hpp): the alignment's
// look-alikes are counted; a letter the table does not explain costs the
// learned rate of such letters.
TEST(CyrillicChannel, LearnsTheLookAlikesOfItsAlignments) {
  CyrillicChannel channel;
  EXPECT_NEAR(channel.unexplained_rate(), 0.1, 1e-12);  // one of ten prior letters
  channel.Observe(U"onucb", U"опись", 10);              // о п и с ь as o n u c b
  channel.Observe(U"fleno", U"дело", 4);                // д as fl
  EXPECT_EQ(channel.Observed(U'п', U"n"), 10);
  EXPECT_EQ(channel.Observed(U'д', U"fl"), 4);
  EXPECT_EQ(channel.Observed(U'д', U"d"), 0);
  // 66 letters, none unexplained.
  EXPECT_NEAR(channel.unexplained_rate(), 1.0 / 76, 1e-12);
  // A learned look-alike beats one the table only allows; an unexplained
  // letter costs more than either.
  EXPECT_GT(channel.LogProbability(U"fleno", U"дело"), channel.LogProbability(U"deno", U"дело"));
  EXPECT_GT(channel.LogProbability(U"deno", U"дело"), channel.LogProbability(U"xeno", U"дело"));
  // One unexplained letter observed: the rate rises.
  channel.Observe(U"omucb", U"опись", 1);
  EXPECT_NEAR(channel.unexplained_rate(), 2.0 / 81, 1e-12);
}

TEST(CyrillicChannel, AlignsAsTheRulesEditDistanceDoes) {
  EXPECT_EQ(Align(U"onucb", U"опись", 2), 0);
  EXPECT_EQ(Align(U"<t>ohfl", U"фонд", 2), 0);
  EXPECT_EQ(Align(U"omucb", U"опись", 2), 1);
  EXPECT_GT(Align(U"xxxxx", U"опись", 2), 2);
}

}  // namespace
}  // namespace emend::correct
