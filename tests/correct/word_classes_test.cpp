// WordNet's word classes as the possessive rules ask them: noun, verb,
// adjective, and whether a noun's commonest sense names a person (the kind
// of noun that owns what follows it).
#include "correct/word_classes.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/error.hpp"

namespace emend::correct {
namespace {

struct ClassCase {
  std::string word;
  bool noun, verb, adjective, agent;
  bool irregular_verb_form = false;  // an inflection WordNet's verb exceptions list
};

class WordClassesTest : public testing::TestWithParam<ClassCase> {};

const WordClasses& Classes() {
  static const WordClasses classes(EMEND_WORDNET_DIR);
  return classes;
}

TEST_P(WordClassesTest, AnswersAsWordNet) {
  const ClassCase& c = GetParam();
  EXPECT_EQ(Classes().CanBeNoun(c.word), c.noun);
  EXPECT_EQ(Classes().CanBeVerb(c.word), c.verb);
  EXPECT_EQ(Classes().CanBeAdjective(c.word), c.adjective);
  EXPECT_EQ(Classes().IsPersonNoun(c.word), c.agent);
  EXPECT_EQ(Classes().IsIrregularVerbForm(c.word), c.irregular_verb_form);
}

INSTANTIATE_TEST_SUITE_P(Words, WordClassesTest,
                         testing::Values(
                             // people (noun.person), plurals and capitals too
                             ClassCase{"leaders", true, false, false, true},
                             ClassCase{"countries", true, false, false, false},
                             ClassCase{"blocs", true, false, false, false},
                             ClassCase{"Democrats", true, false, false, true},
                             ClassCase{"associates", true, true, false, true},
                             // groups (noun.group), things and events
                             ClassCase{"armaments", true, false, false, false},
                             ClassCase{"news", true, false, false, false},
                             ClassCase{"initiative", true, false, true, false},
                             ClassCase{"desire", true, true, false, false},
                             // comparatives and superlatives are adjectives
                             ClassCase{"closer", true, false, true, true},
                             ClassCase{"largest", false, false, true, false},
                             // irregular past forms, one of them a noun too
                             ClassCase{"drew", true, true, false, true, true},
                             ClassCase{"took", false, true, false, false, true},
                             ClassCase{"draw", true, true, false, false, false},
                             ClassCase{"pursued", true, true, true, true, false},
                             // no noun at all
                             ClassCase{"quickly", false, false, false, false},
                             ClassCase{"xyzzyq", false, false, false, false}),
                         [](const testing::TestParamInfo<ClassCase>& info) {
                           return info.param.word;
                         });

TEST(WordClasses, MissingDataFileIsAnInputError) {
  EXPECT_THROW(WordClasses("/nonexistent/wordnet"), InputError);
}

}  // namespace
}  // namespace emend::correct
