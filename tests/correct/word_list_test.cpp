#include "correct/word_list.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/error.hpp"

namespace emend::correct {
namespace {

std::string Write(const std::string& name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << text;
  return path.string();
}

TEST(WordList, SkipsCommentsAndBlankLines) {
  WordList list = ReadWordList(Write("emend-names-ok.txt", "# names\n\nMićunović\nVidić\n"));
  EXPECT_EQ(list.entries, (std::vector<std::string>{"Mićunović", "Vidić"}));
}

TEST(WordList, StrayWhitespaceNamesLineAndColumn) {
  const std::string path = Write("emend-names-bad.txt", "Tito\nVidić \n");
  try {
    ReadWordList(path);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), path + ":2:6: entry ends with whitespace: 'Vidić '");
  }
}

TEST(WordList, TwoWordsOnALineAreAnError) {
  const std::string path = Write("emend-names-two.txt", "Koča Popović\n");
  EXPECT_THROW(ReadWordList(path), InputError);
}

TEST(WordList, ShippedDictionariesLoad) {
  for (const char* name : {"names", "english", "abbreviations", "serbo-croatian", "russian"}) {
    WordList list = ReadWordList(std::string(EMEND_SOURCE_DIR) + "/dictionaries/" + name + ".txt");
    EXPECT_FALSE(list.entries.empty()) << name;
  }
}

}  // namespace
}  // namespace emend::correct
