#include "correct/bracket_rule.hpp"

#include "correct/token.hpp"

namespace emend::correct {
namespace {

constexpr size_t kMaxWordsInside = 6;

// The word a chunk reads as without its first character, if that character
// may be a misread "[" and the rest is a word (or a lost-apostrophe form of one).
bool ReadsAsBracketedWord(const std::string& chunk, const Evidence& evidence) {
  if (chunk.size() < 3 || std::string_view("ft{^\\1").find(chunk[0]) == std::string_view::npos) {
    return false;
  }
  const std::string rest = chunk.substr(1);
  const std::string_view whole = SplitWord(chunk).core;
  const std::string_view core = SplitWord(rest).core;
  if (core.empty() || SplitWord(rest).prefix.size() > 0) return false;
  // "that" and "for" read as words already; only a chunk that is no word changes.
  if (whole.size() == chunk.size() - SplitWord(chunk).suffix.size() && evidence.Known(whole)) {
    return false;
  }
  if (evidence.Known(core)) return true;
  return core.size() > 3 && core.back() == 's' &&
         evidence.Known(core.substr(0, core.size() - 1)) &&
         IsCapitalised(core.substr(0, core.size() - 1));
}

}  // namespace

void BracketRule::Apply(LineEditor& line, const Evidence& evidence) const {
  const auto& tokens = line.tokens();
  int open = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& text = tokens[i].text;
    for (char c : text) {
      if (c == '[') ++open;
    }
    const bool closes = text.find(']') != std::string::npos;
    if (!closes) continue;
    if (open > 0) {
      --open;
      continue;
    }
    // An unmatched "]": look back for the misread "[". In this typescript a
    // bracket alone is read right; the glyphs f { ^ 1 are what the OCR makes of
    // a quotation mark typed against the bracket ("'[Tito's] criticism"), so
    // the reading restores both.
    for (size_t back = 0; back < kMaxWordsInside && back <= i; ++back) {
      const size_t k = i - back;
      if (k < i && tokens[k].text.find(']') != std::string::npos) break;
      if (!ReadsAsBracketedWord(tokens[k].text, evidence)) continue;
      line.Propose({k, 1, "'[" + tokens[k].text.substr(1), EmendationClass::kPunct, 0.8,
                    "punct: '" + tokens[k].text.substr(0, 1) +
                        "' stands for the quote and '[' that the ']' later on the line closes"});
      break;
    }
  }
}

}  // namespace emend::correct
