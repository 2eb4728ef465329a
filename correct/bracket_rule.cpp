#include "correct/bracket_rule.hpp"

#include "correct/token.hpp"

namespace emend::correct {
namespace {

constexpr size_t kMaxWordsInside = 10;
// The quote and bracket typed against a word's first letter may come out as
// a few glyphs that swallow that letter too ("flhe", "Ithe", "ft/vith").
constexpr size_t kMaxMergedGlyphs = 4;
// The swallowed word must be one the document uses this often: a short
// function word, never a rare one guessed from its tail.
constexpr int kMinUsesOfSwallowedWord = 50;

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// What a chunk reads as with its opening quote and bracket restored ("'[the"),
// or "" when it is no misread opening. Either its first character is a
// misread "[" and the rest is a word (or a lost-apostrophe form of one), or
// up to four glyphs stand for the quote, the bracket and the word's first
// letter, and the rest is the tail of a frequent lower-case word.
std::string BracketedReading(const std::string& chunk, const Evidence& evidence) {
  if (chunk.size() < 3) return "";
  const WordParts whole_parts = SplitWord(chunk);
  // "that" and "for" read as words already; only a chunk that is no word changes.
  if (whole_parts.prefix.empty() && evidence.Known(whole_parts.core)) return "";
  if (std::string_view("ft{^\\1I").find(chunk[0]) != std::string_view::npos) {
    const std::string rest = chunk.substr(1);
    const WordParts parts = SplitWord(rest);
    const std::string_view core = parts.core;
    if (!core.empty() && parts.prefix.empty()) {
      if (evidence.Known(core)) return "'[" + rest;
      if (core.size() > 3 && core.back() == 's' &&
          evidence.Known(core.substr(0, core.size() - 1)) &&
          IsCapitalised(core.substr(0, core.size() - 1))) {
        return "'[" + rest;
      }
    }
  }
  // Merged glyphs: no letter of the tail is upper case, the chunk has no
  // letters of another script, and one letter put back makes a frequent word.
  for (size_t glyphs = 1; glyphs <= kMaxMergedGlyphs && glyphs + 2 <= chunk.size(); ++glyphs) {
    const std::string rest = chunk.substr(glyphs);
    const WordParts parts = SplitWord(rest);
    if (!parts.prefix.empty() || parts.core.size() < 2 || ToLower(parts.core) != parts.core ||
        !AllLetters(parts.core)) {
      continue;
    }
    // Glyphs, not a real bracket or parenthesis ("(The White Book)]").
    bool plain = true;
    for (size_t k = 0; k < glyphs; ++k) {
      plain &= static_cast<unsigned char>(chunk[k]) < 0x80 &&
               std::string_view(" ([").find(chunk[k]) == std::string_view::npos;
    }
    if (!plain) break;
    std::string found;
    int readings = 0;
    for (char first = 'a'; first <= 'z'; ++first) {
      const std::string word = first + std::string(parts.core);
      if (evidence.lexicon.IsEnglish(word) &&
          evidence.document.Count(word) >= kMinUsesOfSwallowedWord) {
        found = word;
        ++readings;
      }
    }
    // The last glyph must not be that letter itself, in either case.
    const char last = chunk[glyphs - 1];
    if (readings == 1 && !(IsAsciiLetter(last) && ToLower(std::string(1, last))[0] == found[0])) {
      return "'[" + found + std::string(parts.suffix);
    }
  }
  return "";
}

// The OCR glyphs a reading replaces: what comes before the tail the chunk
// and its reading share ("fl" of "flhe" for "'[the").
std::string Glyphs(const std::string& chunk, const std::string& reading) {
  size_t same = 0;
  while (same < chunk.size() && same < reading.size() &&
         chunk[chunk.size() - 1 - same] == reading[reading.size() - 1 - same]) {
    ++same;
  }
  return chunk.substr(0, chunk.size() - same);
}

}  // namespace

// Words on the next line before a "]" that closes a bracket opened earlier
// (no "[" before it), or -1.
int WordsBeforeClosingOnNextLine(const std::string& next) {
  const size_t close = next.find(']');
  if (close == std::string::npos || next.find('[') < close) return -1;
  int words = 0;
  bool in_word = false;
  for (size_t k = 0; k <= close; ++k) {
    const bool space = next[k] == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

void BracketRule::Apply(LineEditor& line, const Evidence& evidence) const {
  const auto& tokens = line.tokens();
  // A bracket the next line closes ("that {although the / Soviets] will"):
  // the misread opening is among this line's last words.
  if (const int after = WordsBeforeClosingOnNextLine(line.next_line());
      after > 0 && line.original().find_first_of("[]") == std::string_view::npos) {
    for (size_t back = 0; back + after < kMaxWordsInside && back < tokens.size(); ++back) {
      const size_t k = tokens.size() - 1 - back;
      if (tokens[k].emendation >= 0) continue;
      const std::string reading = BracketedReading(tokens[k].text, evidence);
      if (reading.empty()) continue;
      line.Propose({k, 1, reading, EmendationClass::kPunct, 0.8,
                    "punct: '" + Glyphs(tokens[k].text, reading) +
                        "' stands for the quote and '[' that the ']' on the next line closes"});
      break;
    }
  }
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
      if (tokens[k].emendation >= 0) continue;
      const std::string reading = BracketedReading(tokens[k].text, evidence);
      if (reading.empty()) continue;
      line.Propose({k, 1, reading, EmendationClass::kPunct, 0.8,
                    "punct: '" + Glyphs(tokens[k].text, reading) +
                        "' stands for the quote and '[' that the ']' later on the line closes"});
      break;
    }
  }
}

}  // namespace emend::correct
