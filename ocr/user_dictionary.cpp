#include "ocr/user_dictionary.hpp"

#include <algorithm>
#include <filesystem>

#include "core/error.hpp"
#include "core/output_file.hpp"
#include "correct/word_list.hpp"

namespace emend::ocr {
namespace {

// Roman numerals I..XII, as archival volumes and sections are numbered.
std::vector<std::string> SmallRomans() {
  return {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
}

std::vector<std::string> SignaturePatterns() {
  std::vector<std::string> patterns = {
      "\\d\\*/\\d\\*",         // 90/9
      "\\d\\*/\\d\\*-\\d\\*",  // 119/1-56 in another hand
      "\\d\\*-\\d\\*",         // page ranges 2-4
  };
  for (const std::string& roman : SmallRomans()) {
    patterns.push_back("\\d\\*/" + roman);              // 507/IX
    patterns.push_back("\\d\\*/" + roman + "-\\d\\*");  // 119/I-56
    patterns.push_back("\\d\\*/" + roman + "/\\d\\*");  // 119/II/15
    patterns.push_back(roman + ".\\d\\*");              // III.1
  }
  return patterns;
}

}  // namespace

UserDictionary LoadUserDictionary(const std::string& dictionaries_dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dictionaries_dir, ec)) {
    throw InputError(dictionaries_dir, 0, 0, "dictionaries folder not found");
  }
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dictionaries_dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  UserDictionary dictionary;
  for (const std::string& file : files) {
    correct::WordList list = correct::ReadWordList(file);
    dictionary.words.insert(dictionary.words.end(), list.entries.begin(), list.entries.end());
  }
  std::sort(dictionary.words.begin(), dictionary.words.end());
  dictionary.words.erase(std::unique(dictionary.words.begin(), dictionary.words.end()),
                         dictionary.words.end());
  dictionary.patterns = SignaturePatterns();
  return dictionary;
}

std::pair<std::string, std::string> WriteUserDictionary(const UserDictionary& dictionary,
                                                        const std::string& dir) {
  auto join = [](const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    return text;
  };
  const std::string words = (std::filesystem::path(dir) / "emend.user-words").string();
  const std::string patterns = (std::filesystem::path(dir) / "emend.user-patterns").string();
  WriteFileAtomically(words, join(dictionary.words));
  WriteFileAtomically(patterns, join(dictionary.patterns));
  return {words, patterns};
}

}  // namespace emend::ocr
