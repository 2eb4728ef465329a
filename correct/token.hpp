// A line of OCR text as whitespace-separated chunks, each with the word inside
// its punctuation ("(Titos," -> prefix "(", core "Titos", suffix ",").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace emend::correct {

struct Token {
  std::string text;  // the chunk as it reads now (after earlier rules)
  size_t begin = 0;  // byte span in the original line this chunk covers
  size_t end = 0;
  int emendation = -1;  // index of the emendation that produced it, or -1
};

// Splits a line at runs of spaces and tabs.
std::vector<Token> Tokenize(std::string_view line);

struct WordParts {
  std::string_view prefix;  // leading punctuation: ( [ " ' * and the like
  std::string_view core;    // from the first to the last letter or digit
  std::string_view suffix;  // trailing punctuation
};

// Splits a chunk into punctuation and word. A chunk with no letter or digit
// has an empty core and everything in prefix.
WordParts SplitWord(std::string_view chunk);

// Character classes over code points (Unicode-aware, via ICU).
bool IsLetter(char32_t c);
bool IsUpper(char32_t c);
bool IsLower(char32_t c);
bool IsDigit(char32_t c);

// True when every code point of s is a letter (s non-empty).
bool AllLetters(std::string_view s);
// True when s has at least one letter and no lowercase letter.
bool AllUpper(std::string_view s);
// "Tito" -> true: an uppercase letter followed only by lowercase ones.
bool IsCapitalised(std::string_view s);
std::string ToLower(std::string_view s);
// Uppercases the first code point.
std::string Capitalise(std::string_view s);

}  // namespace emend::correct
