// UTF-8 decoding helpers shared by every module.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace emend::utf8 {

// Decodes the code point starting at s[i] and advances i past it.
// Precondition: s is valid UTF-8 (as every text that passed ReadTextLines is).
char32_t Next(std::string_view s, size_t& i);

// Appends the UTF-8 encoding of c to out.
void Append(std::u32string_view in, std::string& out);
void Append(char32_t c, std::string& out);

std::u32string Decode(std::string_view s);
std::string Encode(std::u32string_view s);

// Number of code points in s (s must be valid UTF-8).
size_t Length(std::string_view s);

// Returns the byte offset of the first invalid sequence in s, or npos when s
// is valid UTF-8 (overlong forms, surrogates and values above U+10FFFF are invalid).
size_t FindInvalid(std::string_view s);

// Whether c is of the Cyrillic script (ICU's script property: the Cyrillic
// blocks, letters and marks), and whether s (valid UTF-8) holds such a code point.
bool IsCyrillic(char32_t c);
bool HasCyrillic(std::string_view s);

}  // namespace emend::utf8
