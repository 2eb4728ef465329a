#include "correct/sentence_end_rule.hpp"

#include <unordered_set>

#include "correct/token.hpp"

namespace emend::correct {
namespace {

// Words that, capitalised inside a line, can only open a sentence.
bool OpensSentenceOnly(std::string_view word) {
  static const std::unordered_set<std::string_view> words = {"It", "He", "She", "They", "However"};
  return words.count(word) > 0;
}

}  // namespace

void SentenceEndRule::Apply(LineEditor& line, const Evidence& evidence) const {
  const auto& tokens = line.tokens();
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].emendation >= 0 && tokens[i + 1].emendation >= 0) continue;
    const WordParts word = SplitWord(tokens[i].text);
    const WordParts next = SplitWord(tokens[i + 1].text);
    if (!word.suffix.empty() || !next.prefix.empty() || !OpensSentenceOnly(next.core)) continue;
    if (word.core.size() < 3 || !AllLetters(word.core) || AllUpper(word.core)) continue;
    // The sentence's last word is a word, not a fragment or a misread.
    if (!evidence.WordLike(word.core) || WordClasses::IsFunctionWord(word.core)) continue;
    line.Propose({i, 1, std::string(word.prefix) + std::string(word.core) + ".",
                  EmendationClass::kPunct, 0.7,
                  "punct: '" + std::string(next.core) +
                      "' opens a sentence; the full stop before it was lost"});
  }
}

}  // namespace emend::correct
