#include "correct/quote_rule.hpp"

#include "correct/token.hpp"

namespace emend::correct {

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
      misread = evidence.Known(core);
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
