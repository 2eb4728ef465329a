// Mixed-script repair on lines as the multi-language engine reads them: the
// project's dictionaries and Debian's Hunspell, no page images (the look-alike
// spellings stand in for a re-reading), so each case is a line in, a line out.
#include "ocr/script_repair.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "correct/lexicon.hpp"
#include "ocr/script.hpp"
#include "tests/ocr/shared_lexicon.hpp"

namespace emend::ocr {
namespace {

const correct::Lexicon& SharedLexicon() { return *emend_test::SharedOcrLexicon(); }

std::vector<std::string> Words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

struct Case {
  const char* name;
  const char* engine;    // the line as the engine read it
  const char* repaired;  // the line after repair
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class ScriptRepairTest : public testing::TestWithParam<Case> {};

TEST_P(ScriptRepairTest, RepairsTheLine) {
  const ScriptRepair repair(SharedLexicon());
  std::vector<std::string> words = Words(GetParam().engine);
  repair.RepairLine(words);
  EXPECT_EQ(Join(words), GetParam().repaired);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, ScriptRepairTest,
    testing::Values(
        // The three examples.
        Case{"CyrillicLetterInLatinSignature", "AJ, ACK SKJ, Е 90/9, 1955.",
             "AJ, ACK SKJ, E 90/9, 1955."},
        Case{"RomanNumeralReadAsCyrillic", "Chapter МИ of the thesis",
             "Chapter VIII of the thesis"},
        Case{"CyrillicAbbreviationReadAsLatin", "Хрущев Н. С. Воспоминания, KH.3, Москва",
             "Хрущев Н. С. Воспоминания, Кн.3, Москва"},
        // Mixed words take the script their dictionaries and neighbours support.
        Case{"LatinLettersInsideCyrillicWord", "РГАНИ, Фoнд 2, Oпись 1", "РГАНИ, Фонд 2, Опись 1"},
        Case{"CyrillicLettersInsideLatinWord", "the Sоviet leadership", "the Soviet leadership"},
        Case{"LatinReadingOfCyrillicAbbreviation", "1954; ABII РФ [Archive",
             "1954; АВП РФ [Archive"},
        Case{"InitialInLatinContext", "conversation, У. Molotov - Yugoslav",
             "conversation, V. Molotov - Yugoslav"},
        // What must stay as it is.
        Case{"CleanEnglish", "the Soviet leadership in 1955", "the Soviet leadership in 1955"},
        Case{"CleanRussianReference", "РГАНИ, Фонд 2, Опись 1, Ролик 6228, Дело 158.",
             "РГАНИ, Фонд 2, Опись 1, Ролик 6228, Дело 158."},
        Case{"EnglishNameInsideRussianReference", "Дело 158, Molotov, Опись 1",
             "Дело 158, Molotov, Опись 1"},
        Case{"SerboCroatianDiacritics", "Kabinet Državnog Sekretara Koče Popovića",
             "Kabinet Državnog Sekretara Koče Popovića"},
        Case{"RomanSignatureStays", "AJ, ACK SKJ, 507/IX, 119/I-56.",
             "AJ, ACK SKJ, 507/IX, 119/I-56."}),
    [](const testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

// Lines with the engine's word confidences and what a restricted engine would
// read for some words: a confident word, or a dictionary word the engine did
// not doubt, is never replaced, whatever the re-reading says.
struct RatedCase {
  const char* name;
  const char* engine;                                   // the line as the engine read it
  std::vector<float> confidences;                       // one per word
  std::vector<std::pair<size_t, std::string>> rereads;  // word index, reading in the other script
  const char* repaired;
};

void PrintTo(const RatedCase& c, std::ostream* os) { *os << c.name; }

class RatedRepairTest : public testing::TestWithParam<RatedCase> {};

TEST_P(RatedRepairTest, RepairsTheLine) {
  const RatedCase& c = GetParam();
  const ScriptRepair repair(SharedLexicon());
  std::vector<std::string> words = Words(c.engine);
  ASSERT_EQ(words.size(), c.confidences.size());
  repair.RepairLine(
      words,
      [&c](size_t index, Script) {
        for (const auto& [at, reading] : c.rereads) {
          if (at == index) return reading;
        }
        return std::string();
      },
      c.confidences);
  EXPECT_EQ(Join(words), c.repaired);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, RatedRepairTest,
    testing::Values(
        // The breakages: confident words beside a gloss in the other script.
        RatedCase{"RussianTermsWithEnglishGlosses",
                  "Фонд [Collection] 2, Опись [Inventory] 1, Дело [File] 158",
                  {93, 91, 96, 92, 90, 95, 94, 89, 96},
                  {{0, "POHA"}, {3, "Once"}, {6, "Nena"}, {7, "[Ее]"}},
                  "Фонд [Collection] 2, Опись [Inventory] 1, Дело [File] 158"},
        RatedCase{"RussianTermAtLineStartBesideGloss",
                  "Фонд [Collection]",
                  {91, 93},
                  {{0, "POHA"}},
                  "Фонд [Collection]"},
        RatedCase{"RussianTermInEnglishLine",
                  "see Опись [Inventory] of the fond",
                  {95, 90, 93, 96, 96, 91},
                  {{1, "Once"}},
                  "see Опись [Inventory] of the fond"},
        RatedCase{"ConfidentEnglishWordInRussianLine",
                  "РГАНИ, Фонд 5, Опись 30, File 158",
                  {92, 95, 96, 94, 95, 93, 96},
                  {{5, "Ее"}},
                  "РГАНИ, Фонд 5, Опись 30, File 158"},
        RatedCase{"ConfidentUnknownWordStays",
                  "РГАНИ, Фонд 5, Опись 30, Nena 158",
                  {92, 95, 96, 94, 95, 90, 96},
                  {{5, "Нена"}},
                  "РГАНИ, Фонд 5, Опись 30, Nena 158"},
        // What is still repaired: a word the engine doubted, read again in the line's script.
        RatedCase{"DoubtedWordInRussianLine",
                  "РГАНИ, Фонд 5, Once 30, Дело 158",
                  {92, 95, 96, 41, 95, 93, 96},
                  {{3, "Опись"}},
                  "РГАНИ, Фонд 5, Опись 30, Дело 158"},
        RatedCase{"DoubtedWordWithoutRereadStays",
                  "РГАНИ, Фонд 5, Once 30, Дело 158",
                  {92, 95, 96, 41, 95, 93, 96},
                  {},
                  "РГАНИ, Фонд 5, Once 30, Дело 158"},
        // Whole words: the digits between the letters go with them.
        RatedCase{"WholeWordFromTheRereading",
                  "Soviet Foreign _Ро11су in 1955",
                  {94, 92, 38, 96, 95},
                  {{2, "Policy"}},
                  "Soviet Foreign _Policy in 1955"},
        RatedCase{"AllTheLettersFromTheRereading",
                  "to bring Tito to сотр\\1апсе'49 Only",
                  {96, 95, 96, 96, 36, 95},
                  {{4, "compliance'49"}},
                  "to bring Tito to compliance'49 Only"},
        RatedCase{"WholeWordFromTheLookAlikes",
                  "Soviet Foreign _Ро11су in 1955",
                  {94, 92, 38, 96, 95},
                  {},
                  "Soviet Foreign _Policy in 1955"},
        RatedCase{"MixedWordRepairedHoweverConfident",
                  "РГАНИ, Фoнд 2, Oпись 1",
                  {95, 96, 97, 96, 97},
                  {},
                  "РГАНИ, Фонд 2, Опись 1"}),
    [](const testing::TestParamInfo<RatedCase>& info) { return std::string(info.param.name); });

TEST(ScriptRepairReread, PrefersTheRereadingInTheTargetScript) {
  const ScriptRepair repair(SharedLexicon());
  std::vector<std::string> words = Words("conversation, У. Molotov - Yugoslav");
  const auto changes = repair.RepairLine(words, [](size_t index, Script target) {
    return index == 1 && target == Script::kLatin ? std::string("V.") : std::string();
  });
  EXPECT_EQ(Join(words), "conversation, V. Molotov - Yugoslav");
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].before, "У.");
  EXPECT_EQ(changes[0].after, "V.");
}

struct SpellingCase {
  const char* letters;
  Script target;
  const char* expected;  // one of the spellings
};

TEST(LookAlikeSpellings, CoverTheShapesOfTheOtherScript) {
  const SpellingCase cases[] = {
      {"МИ", Script::kLatin, "VIII"},      {"KH", Script::kCyrillic, "Кн"},
      {"Е", Script::kLatin, "F"},          {"ABII", Script::kCyrillic, "АВП"},
      {"Фoнд", Script::kCyrillic, "Фонд"}, {"Ро11су", Script::kLatin, "Policy"},
  };
  for (const SpellingCase& c : cases) {
    const std::vector<std::string> spellings = LookAlikeSpellings(c.letters, c.target);
    EXPECT_NE(std::find(spellings.begin(), spellings.end(), c.expected), spellings.end())
        << c.letters << " has no spelling " << c.expected;
  }
  EXPECT_TRUE(LookAlikeSpellings("Жуков", Script::kLatin).empty()) << "Ж has no Latin look-alike";
}

TEST(ScriptOf, ClassifiesWords) {
  EXPECT_EQ(ScriptOf("Vidić"), Script::kLatin);
  EXPECT_EQ(ScriptOf("Фонд,"), Script::kCyrillic);
  EXPECT_EQ(ScriptOf("Фoнд"), Script::kMixed);
  EXPECT_EQ(ScriptOf("90/9"), Script::kNone);
}

}  // namespace
}  // namespace emend::ocr
