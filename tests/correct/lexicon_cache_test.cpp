// The compiled lexicon: answers saved by one run are what the next run reads,
// without loading a dictionary; other sources or a damaged file rebuild it.
#include "correct/lexicon_cache.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "correct/lexicon.hpp"
#include "correct/word_classes.hpp"

namespace emend::correct {
namespace {

using Table = LexiconCache::Table;

std::string TempPath(const std::string& name) {
  const std::string path = ::testing::TempDir() + name;
  std::remove(path.c_str());
  return path;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

LexiconOptions Options(LexiconCache* cache) {
  LexiconOptions options;
  options.dictionaries_dir = std::string(EMEND_SOURCE_DIR) + "/dictionaries";
  options.cache = cache;
  return options;
}

TEST(LexiconCache, SavedAnswersAreReadBackWithoutLoadingTheDictionaries) {
  const std::string path = TempPath("lexicon-roundtrip.cache");
  const std::vector<std::string> words = {"Tito",   "Presidium", "politici", "Фонд",
                                          "Xyzzyq", "Mićunović", "leaders"};
  std::vector<bool> english, serbo_croatian, russian, name, noun, verb, agent;
  {
    LexiconCache cache(path, "fp-1");
    const Lexicon lexicon(Options(&cache));
    const WordClasses classes("/usr/share/wordnet", &cache);
    EXPECT_FALSE(cache.loaded());
    for (const std::string& w : words) {
      english.push_back(lexicon.IsEnglish(w));
      serbo_croatian.push_back(lexicon.IsSerboCroatian(w));
      russian.push_back(lexicon.IsRussian(w));
      name.push_back(lexicon.IsName(w));
      noun.push_back(classes.CanBeNoun(w));
      verb.push_back(classes.CanBeVerb(w));
      agent.push_back(classes.IsPersonNoun(w));
    }
    EXPECT_TRUE(lexicon.loaded_dictionaries());
    cache.Save();
  }
  LexiconCache cache(path, "fp-1");
  EXPECT_TRUE(cache.loaded());
  EXPECT_EQ(cache.warning(), "");
  const Lexicon lexicon(Options(&cache));
  const WordClasses classes("/usr/share/wordnet", &cache);
  for (size_t k = 0; k < words.size(); ++k) {
    SCOPED_TRACE(words[k]);
    EXPECT_EQ(lexicon.IsEnglish(words[k]), english[k]);
    EXPECT_EQ(lexicon.IsSerboCroatian(words[k]), serbo_croatian[k]);
    EXPECT_EQ(lexicon.IsRussian(words[k]), russian[k]);
    EXPECT_EQ(lexicon.IsName(words[k]), name[k]);
    EXPECT_EQ(classes.CanBeNoun(words[k]), noun[k]);
    EXPECT_EQ(classes.CanBeVerb(words[k]), verb[k]);
    EXPECT_EQ(classes.IsPersonNoun(words[k]), agent[k]);
  }
  // Every answer came from the file.
  EXPECT_FALSE(lexicon.loaded_dictionaries());
  // The answers are the dictionaries' own.
  EXPECT_TRUE(english[0] && name[0]);
  EXPECT_TRUE(russian[3] && !english[3]);
  EXPECT_FALSE(english[4] || serbo_croatian[4] || russian[4]);
  EXPECT_TRUE(noun[1]);
}

TEST(LexiconCache, AWordItHasNotSeenLoadsTheDictionaries) {
  const std::string path = TempPath("lexicon-miss.cache");
  {
    LexiconCache cache(path, "fp-1");
    cache.Insert(Table::kLexicon, "Tito", 11);
    cache.Save();
  }
  LexiconCache cache(path, "fp-1");
  // The light lexicon (en_GB and hr_HR): which dictionaries a miss loads is
  // not the question here, only that it loads them.
  LexiconOptions options = Options(&cache);
  options.full = false;
  const Lexicon lexicon(options);
  EXPECT_TRUE(lexicon.IsEnglish("Tito"));
  EXPECT_FALSE(lexicon.loaded_dictionaries());
  EXPECT_TRUE(lexicon.IsEnglish("house"));
  EXPECT_TRUE(lexicon.loaded_dictionaries());
}

struct FileCase {
  const char* name;
  std::string contents;  // the file as found ({} = none)
  bool loaded;           // its answers are used
  std::string warning;   // after the path
  friend void PrintTo(const FileCase& c, std::ostream* os) { *os << c.name; }
};

class LexiconCacheFile : public testing::TestWithParam<FileCase> {};

TEST_P(LexiconCacheFile, IsUsedOnlyWhenItsSourcesAndLinesAreWhole) {
  const FileCase& c = GetParam();
  const std::string path = TempPath(std::string("lexicon-") + c.name + ".cache");
  if (!c.contents.empty()) std::ofstream(path) << c.contents;
  LexiconCache cache(path, "fp-1");
  EXPECT_EQ(cache.loaded(), c.loaded);
  EXPECT_EQ(cache.warning(), c.warning.empty() ? "" : path + c.warning);
  EXPECT_EQ(cache.Find(Table::kLexicon, "Tito").has_value(), c.loaded);
  // Whatever was found, saving writes a whole file of the current sources.
  cache.Insert(Table::kWordClasses, "letter", 1);
  cache.Save();
  LexiconCache again(path, "fp-1");
  EXPECT_TRUE(again.loaded());
  EXPECT_EQ(again.Find(Table::kWordClasses, "letter"), std::optional<unsigned char>(1));
  EXPECT_EQ(Slurp(path).rfind("emend-lexicon-cache 1\tfp-1\n", 0), 0u);
}

INSTANTIATE_TEST_SUITE_P(
    Files, LexiconCacheFile,
    testing::Values(
        FileCase{"none", "", false, ""},
        FileCase{"current", "emend-lexicon-cache 1\tfp-1\nL\t11\tTito\n", true, ""},
        FileCase{"other_sources", "emend-lexicon-cache 1\tfp-0\nL\t11\tTito\n", false, ""},
        FileCase{"not_a_cache", "Tito\n", false, ""},
        FileCase{"bits_not_a_number", "emend-lexicon-cache 1\tfp-1\nL\t11\tTito\nL\tx\tStalin\n",
                 false, ":3: damaged lexicon cache line; the cache is rebuilt"},
        FileCase{"unknown_table", "emend-lexicon-cache 1\tfp-1\nL\t11\tTito\nQ\t1\tStalin\n", false,
                 ":3: damaged lexicon cache line; the cache is rebuilt"},
        FileCase{"bits_too_large", "emend-lexicon-cache 1\tfp-1\nL\t11\tTito\nL\t999\tStalin\n",
                 false, ":3: damaged lexicon cache line; the cache is rebuilt"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(LexiconCache, FingerprintFollowsTheSourcesAndTheRules) {
  const std::string file = TempPath("lexicon-source.txt");
  std::ofstream(file) << "Tito\n";
  const std::string a = LexiconCache::Fingerprint({file}, "rules 1");
  EXPECT_EQ(a, LexiconCache::Fingerprint({file}, "rules 1"));
  EXPECT_NE(a, LexiconCache::Fingerprint({file}, "rules 2"));
  std::ofstream(file, std::ios::app) << "Stalin\n";
  EXPECT_NE(a, LexiconCache::Fingerprint({file}, "rules 1"));
  EXPECT_NE(a, LexiconCache::Fingerprint({file + ".missing"}, "rules 1"));
}

}  // namespace
}  // namespace emend::correct
