#include "correct/noise_rule.hpp"

#include "core/utf8.hpp"
#include "correct/token.hpp"

namespace emend::correct {

bool NoiseRule::Apply(LineEditor& line, const Evidence& evidence) const {
  const std::string_view text = line.original();
  size_t symbols = 0, alnum = 0, visible = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t c = utf8::Next(text, i);
    if (c == ' ' || c == '\t') continue;
    ++visible;
    if (IsLetter(c) || IsDigit(c)) ++alnum;
    if (std::u32string_view(U"^&<>~|{}@=+_\\").find(c) != std::u32string_view::npos) ++symbols;
  }
  if (symbols == 0 || visible == 0 || visible > 40 || alnum * 4 >= visible * 3) return false;
  for (const Token& t : line.tokens()) {
    std::string_view core = SplitWord(t.text).core;
    if (utf8::Length(core) >= 4 && AllLetters(core) && evidence.Known(core)) return false;
  }
  line.MarkNoise("noise: " + std::to_string(symbols) + " stray symbol(s), " +
                 std::to_string(alnum) + " of " + std::to_string(visible) +
                 " characters letters or digits, no dictionary word");
  return true;
}

}  // namespace emend::correct
