#include "correct/quote_rule.hpp"

#include <cctype>

#include "correct/token.hpp"

namespace emend::correct {
namespace {

// "*Archive of the President*", "*ibid.*": an asterisk closed later on the
// line (by one that ends a word and has no digit after it, unlike the
// misread quote-and-footnote "salt.*3") marks emphasis in Markdown-like
// text, not a misread quotation mark.
bool ClosedByAsterisk(const LineEditor& line, size_t i) {
  for (size_t k = i; k < line.tokens().size(); ++k) {
    const std::string& t = line.tokens()[k].text;
    for (size_t at = t.find('*', k == i ? 1 : 0); at != std::string::npos; at = t.find('*', at + 1)) {
      const bool after_text = at > 0 && t[at - 1] != '*';
      const bool digit_next = at + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[at + 1]));
      if (after_text && !digit_next) return true;
    }
  }
  return false;
}

}  // namespace

void QuoteRule::Apply(LineEditor& line, const Evidence& evidence) const {
  for (size_t i = 0; i < line.tokens().size(); ++i) {
    const std::string& text = line.tokens()[i].text;
    if (text.size() < 3 || line.tokens()[i].emendation >= 0) continue;
    const WordParts whole = SplitWord(text);
    const std::string rest = text.substr(1);
    const std::string_view core = SplitWord(rest).core;
    if (core.empty() || !SplitWord(rest).prefix.empty() || !AllLetters(core)) continue;
    bool misread = false;
    if (text[0] == '*') {
      misread = evidence.Known(core) && !ClosedByAsterisk(line, i);
    } else if (text[0] == 'i') {
      misread = whole.prefix.empty() && !evidence.Known(whole.core) && core.size() >= 4 &&
                ToLower(core) == core && evidence.lexicon.IsEnglish(core);
    }
    if (!misread) continue;
    line.Propose({i, 1, "'" + rest, EmendationClass::kPunct, 0.7,
                  std::string("punct: '") + text[0] + "' before the word '" + std::string(core) +
                      "' stands for an opening quotation mark"});
  }
}

}  // namespace emend::correct
