// UTF-8 decoding helpers shared by every module.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace emend::utf8 {

// Decodes the code point starting at s[i] and advances i past it.
// Precondition: s is valid UTF-8 (as every text that passed ReadTextLines is).
// Inline: the corrector calls it for every character it looks at.
inline char32_t Next(std::string_view s, size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  ++i;
  if (b0 < 0x80) return b0;
  const int extra = b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
  char32_t c = extra == 1 ? (b0 & 0x1F) : extra == 2 ? (b0 & 0x0F) : (b0 & 0x07);
  for (int k = 0; k < extra && i < s.size(); ++k, ++i) {
    c = (c << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  }
  return c;
}

// Appends the UTF-8 encoding of c to out.
void Append(std::u32string_view in, std::string& out);
void Append(char32_t c, std::string& out);

std::u32string Decode(std::string_view s);
std::string Encode(std::u32string_view s);

// Number of code points in s (s must be valid UTF-8).
inline size_t Length(std::string_view s) {
  size_t n = 0;
  for (unsigned char b : s) n += (b & 0xC0) != 0x80;
  return n;
}

// Returns the byte offset of the first invalid sequence in s, or npos when s
// is valid UTF-8 (overlong forms, surrogates and values above U+10FFFF are invalid).
size_t FindInvalid(std::string_view s);

// Whether c is of the Cyrillic script (ICU's script property: the Cyrillic
// blocks, letters and marks), and whether s (valid UTF-8) holds such a code point.
bool IsCyrillic(char32_t c);
bool HasCyrillic(std::string_view s);

}  // namespace emend::utf8
