#include "correct/token.hpp"

#include <unicode/uchar.h>

#include "core/utf8.hpp"

namespace emend::correct {

std::vector<Token> Tokenize(std::string_view line) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i == line.size()) break;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    tokens.push_back(Token{std::string(line.substr(start, i - start)), start, i, -1});
  }
  return tokens;
}

// ASCII is answered here, the rest by ICU: the corrector asks for every character.
bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(static_cast<UChar32>(c));
}
bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c));
}
bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(c));
}
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

WordParts SplitWord(std::string_view chunk) {
  auto word_char = [](char32_t c) { return IsLetter(c) || IsDigit(c); };
  // The first letter or digit from the front, the last from the back (the
  // chunk is valid UTF-8: a code point starts at a byte that is no
  // continuation byte), so the core itself is not read.
  // ASCII bytes are judged without decoding: nearly every chunk's edges.
  auto ascii_word_char = [](unsigned char b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
  };
  size_t first = std::string_view::npos;
  for (size_t i = 0; i < chunk.size();) {
    const size_t at = i;
    if (const auto b = static_cast<unsigned char>(chunk[i]); b < 0x80) {
      ++i;
      if (ascii_word_char(b)) {
        first = at;
        break;
      }
      continue;
    }
    if (word_char(utf8::Next(chunk, i))) {
      first = at;
      break;
    }
  }
  if (first == std::string_view::npos) return {chunk, {}, {}};
  size_t last_end = chunk.size();
  while (last_end > first) {
    if (const auto b = static_cast<unsigned char>(chunk[last_end - 1]); b < 0x80) {
      if (ascii_word_char(b)) break;
      --last_end;
      continue;
    }
    size_t start = last_end - 1;
    while (start > first && (static_cast<unsigned char>(chunk[start]) & 0xC0) == 0x80) --start;
    size_t next = start;
    if (word_char(utf8::Next(chunk, next))) break;
    last_end = start;
  }
  return {chunk.substr(0, first), chunk.substr(first, last_end - first), chunk.substr(last_end)};
}

bool AllLetters(std::string_view s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size();) {
    if (!IsLetter(utf8::Next(s, i))) return false;
  }
  return true;
}

bool AllUpper(std::string_view s) {
  bool letter = false;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::Next(s, i);
    if (IsLower(c)) return false;
    letter |= IsLetter(c);
  }
  return letter;
}

bool IsCapitalised(std::string_view s) {
  size_t i = 0;
  if (s.empty() || !IsUpper(utf8::Next(s, i))) return false;
  if (i == s.size()) return false;
  while (i < s.size()) {
    if (!IsLower(utf8::Next(s, i))) return false;
  }
  return true;
}

std::string ToLower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    // ASCII, nearly all of this prose, without a trip through ICU.
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {
      out.push_back(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + ('a' - 'A'))
                                               : static_cast<char>(byte));
      ++i;
      continue;
    }
    utf8::Append(static_cast<char32_t>(u_tolower(static_cast<UChar32>(utf8::Next(s, i)))), out);
  }
  return out;
}

std::string Capitalise(std::string_view s) {
  if (s.empty()) return {};
  size_t i = 0;
  std::string out;
  utf8::Append(static_cast<char32_t>(u_toupper(static_cast<UChar32>(utf8::Next(s, i)))), out);
  out.append(s.substr(i));
  return out;
}

}  // namespace emend::correct
