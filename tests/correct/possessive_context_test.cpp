// The apostrophe's context model (correct/possessive_context.hpp): how each
// side of a word in s is classed, which forms are in doubt, and what the
// model learns from a document: the share of possessives among its doubtful
// forms, and where they stand.
#include "correct/possessive_context.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/correct/shared_lexicon.hpp"
#include "tests/correct/test_document.hpp"

namespace emend::correct {
namespace {

using emend_test::Document;
using emend_test::SharedLexicon;
using emend_test::SharedWordClasses;

const PossessiveContext& EmptyModel() {
  static const DocumentStats empty;
  static const PossessiveContext model(empty, {}, SharedLexicon(), SharedWordClasses());
  return model;
}

struct LeftCase {
  const char* before;
  LeftContext expected;
};

TEST(PossessiveContext, ClassesTheWordBefore) {
  const LeftCase cases[] = {
      {"two", LeftContext::kPluralMarker},
      {"Both", LeftContext::kPluralMarker},
      {"several", LeftContext::kPluralMarker},
      {"a", LeftContext::kSingularDeterminer},
      {"each", LeftContext::kSingularDeterminer},
      {"the", LeftContext::kOther},
      {"of", LeftContext::kOther},
      {"two,", LeftContext::kOther},
      {"", LeftContext::kOther},
      {"(both", LeftContext::kPluralMarker},
  };
  for (const LeftCase& c : cases) {
    EXPECT_EQ(EmptyModel().ClassifyLeft(c.before), c.expected) << "'" << c.before << "'";
  }
}

struct RightCase {
  const char* suffix;
  const char* after;
  const char* after_second;
  bool next_line;
  RightContext expected;
};

TEST(PossessiveContext, ClassesWhatFollows) {
  const RightCase cases[] = {
      {".", "On", "disarmament", false, RightContext::kSentenceEnd},
      {";", "the", "", false, RightContext::kSentenceEnd},
      {",", "given", "in", false, RightContext::kComma},
      {"", "", "", false, RightContext::kComma},  // nothing after: the text's end
      {"", "and", "Abakumovs", false, RightContext::kFunctionWord},
      {"", "responded", "promptly", false, RightContext::kPastForm},
      {"", "took", "the", false, RightContext::kPastForm},
      // A participle before the noun it qualifies, a footnote mark glued on.
      {"", "proposed", "visit", false, RightContext::kAdjective},
      {"", "scheduled", "arrival.14", false, RightContext::kAdjective},
      // "need" ends in "ed" and is no past form.
      {"", "need", "for", false, RightContext::kNoun},
      {"", "letter", "to", false, RightContext::kNoun},
      {"", "huge", "success", false, RightContext::kAdjective},
      {"", "Yugoslavia", "policy", false, RightContext::kCapitalised},
      {"", "30", "October", false, RightContext::kNumber},
      // The line ends and a footnote's number starts the next: no evidence.
      {"", "9", "The", true, RightContext::kUnknown},
      {"", "\"secret", "speech", false, RightContext::kOther},
      // A closing bracket of an insertion does not part them.
      {"]", "policy", "on", false, RightContext::kNoun},
  };
  for (const RightCase& c : cases) {
    EXPECT_EQ(EmptyModel().ClassifyRight(c.suffix, c.after, c.after_second, c.next_line),
              c.expected)
        << "'" << c.suffix << "' '" << c.after << "' '" << c.after_second << "'";
  }
}

TEST(PossessiveContext, PastForms) {
  for (const char* word : {"responded", "denied", "stopped", "agreed", "took", "led"}) {
    EXPECT_TRUE(EmptyModel().IsPastForm(word)) << word;
  }
  for (const char* word : {"need", "speed", "policy", "red"}) {
    EXPECT_FALSE(EmptyModel().IsPastForm(word)) << word;
  }
}

TEST(PossessiveContext, DoubtfulFormsAreNonWordsInSOnAKnownStem) {
  for (const char* word : {"Titos", "countrys", "Khrushchevs", "Yugoslavias"}) {
    EXPECT_TRUE(EmptyModel().Doubtful(word)) << word;
  }
  // Dictionary words, stems no dictionary has, a double s, too short.
  for (const char* word : {"countries", "Soviets", "Qwxyzs", "Titoss", "MPs", "Tito's"}) {
    EXPECT_FALSE(EmptyModel().Doubtful(word)) << word;
  }
}

TEST(PossessiveContext, WithoutADocumentGrammarDecides) {
  const PossessiveContext& model = EmptyModel();
  // A name before a noun: a possessive; after "two" at a sentence's end: a plural.
  EXPECT_GT(model.Posterior(true, LeftContext::kOther, RightContext::kNoun, true), 0.99);
  EXPECT_LT(model.Posterior(true, LeftContext::kPluralMarker, RightContext::kSentenceEnd, true),
            0.05);
  // A finite verb after it leaves a name's possessive in doubt.
  EXPECT_LT(model.Posterior(true, LeftContext::kOther, RightContext::kPastForm, true), 0.5);
  // With no evidence on the right, only the prior and the left side speak:
  // a word of either number on the left says little.
  EXPECT_NEAR(model.Posterior(true, LeftContext::kOther, RightContext::kUnknown, true),
              model.prior(true), 0.01);
  EXPECT_NEAR(model.prior(true), 0.95, 1e-9);
  EXPECT_NEAR(model.prior(false), 0.8, 1e-9);
}

// A document that writes its possessives with the apostrophe before "and"
// ("Tito's and Kardelj's views") as often as before nouns: the model learns
// that a possessive stands before a function word here.
std::vector<std::string> CoordinatedPossessives() {
  std::vector<std::string> clean;
  for (int k = 0; k < 40; ++k) {
    clean.push_back("both Tito's and Kardelj's views were known, and Tito's letter came.");
  }
  return clean;
}

TEST(PossessiveContext, LearnsWhereTheDocumentsPossessivesStand) {
  const DocumentStats text = Document({"the meeting at Kardeljs and the talks"});
  const PossessiveContext plain(text, {}, SharedLexicon(), SharedWordClasses());
  const PossessiveContext coordinated(text, CoordinatedPossessives(), SharedLexicon(),
                                      SharedWordClasses());
  const double before =
      plain.Posterior(true, LeftContext::kOther, RightContext::kFunctionWord, true);
  const double after =
      coordinated.Posterior(true, LeftContext::kOther, RightContext::kFunctionWord, true);
  EXPECT_LT(before, 0.7);
  EXPECT_GT(after, 0.85);
  EXPECT_EQ(coordinated.possessives(), 120);
}

TEST(PossessiveContext, ThePluralsOfTheDocumentTeachWhereAPluralStands) {
  // Plurals that end sentences and come before verbs; doubtful names
  // before nouns: a name before a noun is a possessive, and one before a
  // full stop, among these plurals, much less so.
  std::vector<std::string> text;
  for (int k = 0; k < 30; ++k) {
    text.push_back("The leaders met the ministers. Titos letter reached the countries.");
  }
  const DocumentStats document = Document(text);
  const PossessiveContext model(document, {}, SharedLexicon(), SharedWordClasses());
  // "leaders" and "countries"; "ministers" may be a verb and is left out.
  EXPECT_EQ(model.plurals(), 60);
  EXPECT_GT(model.prior(true), 0.95);
  EXPECT_GT(model.Posterior(true, LeftContext::kOther, RightContext::kNoun, true), 0.99);
  EXPECT_LT(model.Posterior(true, LeftContext::kOther, RightContext::kSentenceEnd, true),
            model.Posterior(true, LeftContext::kOther, RightContext::kNoun, true) - 0.2);
}

TEST(PossessiveContext, AFormsOwnWeightDoesNotVouchForIt) {
  // The one doubtful form before a past form: counted in, it would be the
  // only possessive seen there and vouch for itself.
  const DocumentStats text = Document({"Khrushchevs responded promptly to the letters"});
  const PossessiveContext model(text, {}, SharedLexicon(), SharedWordClasses());
  EXPECT_LT(model.Posterior(true, LeftContext::kOther, RightContext::kPastForm, true),
            model.Posterior(true, LeftContext::kOther, RightContext::kPastForm, false));
}

}  // namespace
}  // namespace emend::correct
