#include "correct/quote_rule.hpp"

#include <cctype>

#include "correct/token.hpp"

namespace emend::correct {
namespace {

// Uses of a word that let a dictionary word with a W before its rest be read
// as a quote and that word ("that Wanks to", where "thanks" stands twice).
constexpr int kMinReadingUses = 2;

// "*Archive of the President*", "*ibid.*": an asterisk closed later on the
// line (by one that ends a word and has no digit after it, unlike the
// misread quote-and-footnote "salt.*3") marks emphasis in Markdown-like
// text, not a misread quotation mark.
bool ClosedByAsterisk(const LineEditor& line, size_t i) {
  for (size_t k = i; k < line.tokens().size(); ++k) {
    const std::string& t = line.tokens()[k].text;
    for (size_t at = t.find('*', k == i ? 1 : 0); at != std::string::npos;
         at = t.find('*', at + 1)) {
      const bool after_text = at > 0 && t[at - 1] != '*';
      const bool digit_next =
          at + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[at + 1]));
      if (after_text && !digit_next) return true;
    }
  }
  return false;
}

// "1correct", "4serve": the typescript's quotation mark read as a digit
// glued to a lower-case English word. Not where the digit is a misread l
// that makes a word as well ("1earn" may be "learn"), nor an ordinal.
bool ReadsAsQuotedWord(char digit, std::string_view core, const Evidence& evidence) {
  if (core.size() < 3 || ToLower(core) != core || !evidence.lexicon.IsEnglish(core)) return false;
  if (digit == '1' && evidence.Known("l" + std::string(core))) return false;
  return true;
}

// Where a word's first trailing character is a closing quotation mark the
// OCR misread: a backslash ("from the blue\ 15"), which nothing else in this
// prose makes, or an asterisk after a word when no asterisk earlier on the
// line opened an emphasis and neither a digit nor another asterisk follows
// it ("'lager*.", "harder*").
size_t MisreadClosingQuote(const LineEditor& line, size_t i, const Evidence& evidence) {
  const std::string& text = line.tokens()[i].text;
  WordParts p = SplitWord(text);
  // A mark's digits after the glyph belong to the suffix ("for*.28").
  if (const size_t glyph = p.core.find_first_of("*\\"); glyph != std::string_view::npos) {
    const std::string_view tail = p.core.substr(glyph + 1);
    if (tail.find_first_not_of(".,;:0123456789") != std::string_view::npos)
      return std::string::npos;
    p.core = p.core.substr(0, glyph);
    p.suffix = std::string_view(text).substr(p.prefix.size() + p.core.size());
  }
  if (p.suffix.empty() || p.core.size() < 2 || !AllLetters(p.core) || !evidence.Known(p.core)) {
    return std::string::npos;
  }
  const size_t at = p.prefix.size() + p.core.size();
  if (text[at] == '\\') return at;
  if (text[at] != '*') return std::string::npos;
  // "Crimea**" closes Markdown bold opened on an earlier line; "camp*3" is a misread mark.
  if (at + 1 < text.size() &&
      (text[at + 1] == '*' || std::isdigit(static_cast<unsigned char>(text[at + 1])))) {
    return std::string::npos;
  }
  for (size_t k = 0; k <= i; ++k) {
    const std::string& t = line.tokens()[k].text;
    if (t.find('*') < (k == i ? at : t.size())) return std::string::npos;
  }
  return at;
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
      // "that ihe Soviet": the quote and the t of a function word read as
      // one i, inside a sentence (a t alone is not read so in this typescript).
      const std::string with_t = "t" + std::string(core);
      if (!misread && whole.prefix.empty() && !evidence.Known(whole.core) &&
          ToLower(core) == core && WordClasses::IsFunctionWord(with_t) && i > 0) {
        const WordParts before = SplitWord(line.tokens()[i - 1].text);
        if (before.suffix.empty() && !before.core.empty() && ToLower(before.core) == before.core) {
          line.Propose({i, 1, "'" + with_t + std::string(SplitWord(rest).suffix),
                        EmendationClass::kPunct, 0.7,
                        "punct: 'i' before '" + std::string(core) +
                            "' inside a sentence stands for an opening quote and the 't' of '" +
                            with_t + "'"});
          continue;
        }
      }
    } else if (text[0] == '1' || text[0] == '4') {
      misread = ReadsAsQuotedWord(text[0], core, evidence);
    }
    if (!misread) continue;
    line.Propose({i, 1, "'" + rest, EmendationClass::kPunct, 0.7,
                  std::string("punct: '") + text[0] + "' before the word '" + std::string(core) +
                      "' stands for an opening quotation mark"});
  }
  // "that We postponement", "W?e CPSU": the quote and the "th" of "the" read
  // as a W, inside a sentence and before a word no verb can be, where the
  // pronoun cannot stand.
  for (size_t i = 1; i < line.tokens().size(); ++i) {
    if (line.tokens()[i].emendation >= 0) continue;
    const std::string& text = line.tokens()[i].text;
    const bool w_e =
        text == "We" || (text.size() == 3 && text[0] == 'W' && text[2] == 'e' &&
                         std::string_view("?'*").find(text[1]) != std::string_view::npos);
    const WordParts before = SplitWord(line.tokens()[i - 1].text);
    if (!before.suffix.empty() || before.core.empty() || ToLower(before.core) != before.core)
      continue;
    // "acknowledged Wat there", "a Worough explanation": the same glyph
    // before the rest of any word that starts with th, where the OCR form is
    // no word and the reading an English one.
    // A dictionary word will do when nothing speaks for it here ("that
    // Wanks to": no name, the document has it nowhere else) and the document
    // uses the reading often.
    if (const WordParts w = SplitWord(text);
        !w_e && w.prefix.empty() && w.core.size() >= 3 && w.core[0] == 'W' && AllLetters(w.core)) {
      const std::string tail(w.core.substr(1));
      const std::string reading = "th" + tail;
      const bool stray_word = evidence.Known(w.core) && !evidence.lexicon.IsName(w.core) &&
                              evidence.document.CountIgnoringCase(w.core) <= 1 &&
                              evidence.document.CountIgnoringCase(reading) >= kMinReadingUses;
      if (evidence.Known(w.core) && !stray_word) continue;
      if (ToLower(tail) == tail && evidence.lexicon.IsEnglish(reading)) {
        line.Propose({i, 1, "'" + reading + std::string(w.suffix), EmendationClass::kPunct, 0.7,
                      "punct: '" + std::string(w.core) +
                          "' is no word; inside a sentence its W "
                          "stands for an opening quote and the 'th' of '" +
                          reading + "'"});
      }
      continue;
    }
    if (!w_e) continue;
    const std::string& after =
        i + 1 < line.tokens().size() ? line.tokens()[i + 1].text : line.following();
    const WordParts next = SplitWord(after);
    if (next.core.size() < 3 || !next.prefix.empty() || !evidence.Known(next.core) ||
        evidence.word_classes.CanBeVerb(ToLower(next.core)) ||
        WordClasses::IsFunctionWord(next.core)) {
      continue;
    }
    line.Propose({i, 1, "'the", EmendationClass::kPunct, 0.7,
                  "punct: '" + text + "' inside a sentence before '" + std::string(next.core) +
                      "', which no verb can be: the quote and 'the' read as one glyph"});
  }
  for (size_t i = 0; i < line.tokens().size(); ++i) {
    if (line.tokens()[i].emendation >= 0) continue;
    const size_t at = MisreadClosingQuote(line, i, evidence);
    if (at == std::string::npos) continue;
    std::string reading = line.tokens()[i].text;
    const char glyph = reading[at];
    reading[at] = '\'';
    line.Propose({i, 1, reading, EmendationClass::kPunct, glyph == '\\' ? 0.8 : 0.7,
                  std::string("punct: '") + glyph + "' after the word '" +
                      std::string(SplitWord(reading).core) +
                      "' stands for a closing quotation mark"});
  }
}

}  // namespace emend::correct
