// The project's dictionaries/ as Tesseract user words and user patterns.
#pragma once

#include <string>
#include <vector>

namespace emend::ocr {

struct UserDictionary {
  // Every entry of dictionaries/*.txt, sorted and unique.
  std::vector<std::string> words;
  // Tesseract user patterns (\d a digit, \* repeat) for archival signatures:
  // fond/file numbers with roman volume numbers ("507/IX", "119/I-56",
  // "119/II/15") and a fond letter before a number ("F 90/9" reads as "F" and
  // a pattern "90/9").
  std::vector<std::string> patterns;
};

// Reads every *.txt word list in `dictionaries_dir`. Throws InputError
// (file:line:col: message) for a missing folder or a broken list.
UserDictionary LoadUserDictionary(const std::string& dictionaries_dir);

// Writes `<dir>/emend.user-words` and `<dir>/emend.user-patterns` (one entry a
// line, as Tesseract reads them) and returns their paths {words, patterns}.
// Throws InputError when the folder is not writable.
std::pair<std::string, std::string> WriteUserDictionary(const UserDictionary& dictionary,
                                                        const std::string& dir);

}  // namespace emend::ocr
