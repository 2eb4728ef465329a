#include "correct/split_rule.hpp"

#include <cstdio>
#include <span>

#include "core/utf8.hpp"
#include "correct/document_stats.hpp"
#include "correct/numeral_rule.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

constexpr size_t kMaxGroup = 8;
// A spaced file code is joined when the document has it whole this often.
constexpr int kMinFileCodeUses = 2;

// A term in capitals spaced apart is joined when the document writes it
// whole this often.
constexpr int kMinSpacedTermUses = 5;

// A joined form must keep an ordinary case pattern: Word, word or WORD.
bool PlainCase(std::string_view s) { return IsCapitalised(s) || AllUpper(s) || ToLower(s) == s; }

// English a, I and the Serbo-Croatian one-letter words ("Staljin i Hruscov").
bool IsOneLetterWord(std::string_view s) {
  return s.size() == 1 && std::string_view("aAIiuoskvz").find(s[0]) != std::string_view::npos;
}

// The joined form is a dictionary word, or a capitalised word plus a
// lost-apostrophe "s" ("T ito s" -> "Titos", which the apostrophe rule then
// repairs). How often the document uses a form is no evidence here: OCR
// errors recur too ("fthe", "Itis").
bool JoinIsWord(const std::string& joined, const Evidence& evidence) {
  if (evidence.Known(joined)) return true;
  if (joined.size() < 4 || joined.back() != 's') return false;
  const std::string stem = joined.substr(0, joined.size() - 1);
  return IsCapitalised(stem) && evidence.Known(stem);
}

struct Chunk {
  std::string_view prefix, core, suffix;
  bool letters = false;
  bool fragment = false;
  bool lone = false;  // a single letter
};

bool IsLoneDigit(std::string_view core) {
  return core.size() == 1 && IsDigit(static_cast<unsigned char>(core[0]));
}

// A year of the period: 1500-1999 or 2000-2099.
bool IsPeriodYear(std::string_view d) {
  return d.size() == 4 && ((d[0] == '1' && d[1] >= '5') || (d[0] == '2' && d[1] == '0'));
}

// Spaced years: four single digits forming a year of the period ("1 9 5 3").
// One pass from left to right: after a proposal (applied or only flagged)
// the scan resumes behind it, so every run is looked at once and a line of
// many spaced years costs linear time.
void ProposeYears(LineEditor& line) {
  for (size_t i = 0; i + 4 <= line.tokens().size(); ++i) {
    const auto& tokens = line.tokens();
    std::string digits;
    bool ok = true;
    for (size_t k = i; k < i + 4 && ok; ++k) {
      WordParts p = SplitWord(tokens[k].text);
      ok = IsLoneDigit(p.core) && (k == i || p.prefix.empty()) && (k == i + 3 || p.suffix.empty());
      digits += p.core;
    }
    // A fifth lone digit: a longer number or a list, not a year.
    if (!ok || (i + 4 < tokens.size() && IsLoneDigit(SplitWord(tokens[i + 4].text).core))) continue;
    if (!IsPeriodYear(digits)) continue;
    WordParts first = SplitWord(tokens[i].text), last = SplitWord(tokens[i + 3].text);
    const bool applied =
        line.Propose({i, 4, std::string(first.prefix) + digits + std::string(last.suffix),
                      EmendationClass::kSplit, 0.9, "split: spaced digits form a year"});
    // Applied: the four chunks are now one, at i. Flagged: they stay; skip them.
    if (!applied) i += 3;
  }
}

// Numbers spaced digit by digit in references ("SPA, 1953, F III / SSSR I
// -1 4 6 .", "Ролик 6 2 3 9 ,"): three lone digits or more, none glued to a
// lone digit before, are one number; punctuation set apart right after it
// closes up to it. Two lone digits are one number only as one end of a
// range whose other end is a number or spaced too ("1 7 -2 2  March",
// "1346 -4 7 .", "1 3 - 1 4  February"): "1 4  February" alone stays, as it
// may be two numbers. Runs that form a year are left to ProposeYears, which
// runs first.
void ProposeSpacedNumbers(LineEditor& line) {
  // The lone digits from `i` on that form one run: the first may open with
  // a sign or bracket, the others not; a run ends after a digit with
  // punctuation glued on.
  auto run_at = [&line](size_t i) {
    const auto& tokens = line.tokens();
    size_t end = i;
    while (end < tokens.size()) {
      const WordParts p = SplitWord(tokens[end].text);
      if (!IsLoneDigit(p.core) || (end > i && !p.prefix.empty())) break;
      ++end;
      if (!p.suffix.empty()) break;
    }
    return end - i;
  };
  auto all_digits = [](std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  for (size_t i = 0; i < line.tokens().size(); ++i) {
    const auto& tokens = line.tokens();
    if (i > 0 && IsLoneDigit(SplitWord(tokens[i - 1].text).core)) continue;
    const size_t length = run_at(i);
    if (length < 2) continue;
    const size_t end = i + length;
    const WordParts first = SplitWord(tokens[i].text), last = SplitWord(tokens[end - 1].text);
    bool range_end = false;
    if (length == 2) {
      // The range's dash after: a dash set apart, or one opening the next run.
      const bool dash_after =
          last.suffix.empty() && end < tokens.size() &&
          ((tokens[end].text == "-" && end + 1 < tokens.size() && run_at(end + 1) >= 2) ||
           (SplitWord(tokens[end].text).prefix == "-" && run_at(end) >= 2));
      // The dash before, after a number ("1346 -4 7", "13 - 1 4").
      const bool dash_before =
          (first.prefix == "-" && i > 0 && all_digits(SplitWord(tokens[i - 1].text).core)) ||
          (first.prefix.empty() && i > 1 && tokens[i - 1].text == "-" &&
           all_digits(SplitWord(tokens[i - 2].text).core));
      range_end = dash_after || dash_before;
    }
    if (length < 3 && !range_end) continue;
    std::string digits;
    for (size_t k = i; k < end; ++k) digits += SplitWord(tokens[k].text).core;
    std::string suffix(last.suffix);
    size_t count = length;
    if (suffix.empty() && end < tokens.size() && tokens[end].text.size() == 1 &&
        std::string_view(".,;").find(tokens[end].text[0]) != std::string_view::npos) {
      suffix = tokens[end].text;
      ++count;
    }
    line.Propose({i, count, std::string(first.prefix) + digits + suffix, EmendationClass::kSplit,
                  0.8,
                  range_end ? "split: lone digits set apart at one end of a range form one number"
                            : "split: lone digits set apart in a reference form one number"});
  }
}

// A file code spaced into capitals before a file number ("Doc. R Y 10338/63"),
// where the document writes the code whole before file numbers elsewhere.
void ProposeFileCodes(LineEditor& line, const Evidence& evidence) {
  for (size_t i = 0; i < line.tokens().size(); ++i) {
    const auto& tokens = line.tokens();
    size_t end = i;
    std::string code;
    while (end < tokens.size() && tokens[end].text.size() == 1 && AllUpper(tokens[end].text) &&
           AllLetters(tokens[end].text)) {
      code += tokens[end++].text;
    }
    if (end - i < 2 || end >= tokens.size() || !IsFileNumber(tokens[end].text) ||
        evidence.document.CountAsFileCode(code) < kMinFileCodeUses) {
      continue;
    }
    line.Propose({i, end - i, code, EmendationClass::kSplit, 0.9,
                  "split: the document writes '" + code + "' before file numbers " +
                      std::to_string(evidence.document.CountAsFileCode(code)) + " times"});
  }
}

}  // namespace

void SplitRule::Apply(LineEditor& line, const Evidence& evidence) const {
  ProposeYears(line);
  ProposeSpacedNumbers(line);
  ProposeFileCodes(line, evidence);
  // Work on a snapshot; proposals are made from the right so indices stay valid.
  const std::vector<Token> tokens = line.tokens();
  const size_t n = tokens.size();
  std::vector<Chunk> chunks(n);
  for (size_t k = 0; k < n; ++k) {
    WordParts p = SplitWord(tokens[k].text);
    Chunk& c = chunks[k];
    c.prefix = p.prefix;
    c.core = p.core;
    c.suffix = p.suffix;
    c.letters = AllLetters(p.core);
    const bool lone_letter = utf8::Length(p.core) == 1;
    c.lone = lone_letter;
    const bool roman_after_keyword = lone_letter && k > 0 && IsRomanKeyword(chunks[k - 1].core) &&
                                     (p.core == "I" || p.core == "V" || p.core == "X");
    c.fragment = c.letters && !roman_after_keyword &&
                 (lone_letter ? !IsOneLetterWord(p.core) : !evidence.WordLike(p.core));
  }
  // best[i]: the best score for chunks [0, i); choice[i]: where its last group starts.
  std::vector<double> best(n + 1, 0);
  std::vector<size_t> choice(n + 1, 0);
  auto single = [&](size_t k) {
    size_t len = utf8::Length(chunks[k].core);
    return chunks[k].fragment ? 0.0 : static_cast<double>(len * len);
  };
  for (size_t i = 1; i <= n; ++i) {
    best[i] = best[i - 1] + single(i - 1);
    choice[i] = i - 1;
    std::string joined(chunks[i - 1].core);
    bool has_fragment = chunks[i - 1].fragment;
    // Whole words of two letters or more swallowed by the join ("V is it"),
    // and whether every fragment is a lone letter (no broken piece like "alization").
    bool absorbs_word = !chunks[i - 1].fragment && !chunks[i - 1].lone;
    bool lone_fragments_only = !chunks[i - 1].fragment || chunks[i - 1].lone;
    if (!chunks[i - 1].letters || !chunks[i - 1].prefix.empty()) continue;
    for (size_t j = i - 1; j-- > 0 && i - j <= kMaxGroup;) {
      // chunk j joins the group only if nothing but letters stands between.
      if (!chunks[j].letters || !chunks[j].suffix.empty()) break;
      if (j + 1 < i - 1 && !chunks[j + 1].prefix.empty()) break;
      joined = std::string(chunks[j].core) + joined;
      has_fragment |= chunks[j].fragment;
      absorbs_word |= !chunks[j].fragment && !chunks[j].lone;
      lone_fragments_only &= !chunks[j].fragment || chunks[j].lone;
      // Capitals only: a term the document writes whole, in capitals, often
      // ("COM IN FORM"), even when its pieces are words of other dictionaries
      // or the document's; one piece at least is no English word ("THE SIS"
      // stays).
      bool capitals = true, english_only = true;
      for (size_t k = j; k < i && capitals; ++k) {
        capitals = chunks[k].core.size() >= 2 && AllUpper(chunks[k].core);
        english_only &= evidence.lexicon.IsEnglish(chunks[k].core);
      }
      const bool spaced_term = capitals && !english_only && joined.size() >= 5 &&
                               evidence.Known(joined) &&
                               evidence.document.Count(joined) >= kMinSpacedTermUses;
      if (!(has_fragment || spaced_term) || !PlainCase(joined) || !JoinIsWord(joined, evidence)) {
        continue;
      }
      // Lone letters swallowing a real word ("I t is" -> "Itis") need the
      // joined word to be one the document uses.
      if (absorbs_word && lone_fragments_only && evidence.document.CountIgnoringCase(joined) < 3) {
        continue;
      }
      // Lone letters alone join only as a whole run ("S S S R" is not "S SSR").
      bool all_lone = true;
      for (size_t k = j; k < i; ++k) all_lone &= chunks[k].lone;
      if (all_lone && ((j > 0 && chunks[j - 1].lone && chunks[j - 1].letters) ||
                       (i < n && chunks[i].lone && chunks[i].letters))) {
        continue;
      }
      // Two lone letters make a word only if it is a common English one
      // ("o f", "I t"); otherwise they are initials or a list ("I K i").
      if (joined.size() == 2 && (AllUpper(joined) || !evidence.lexicon.IsEnglish(joined) ||
                                 evidence.document.Count(joined) < 20)) {
        continue;
      }
      const size_t len = utf8::Length(joined);
      const double score = best[j] + static_cast<double>(len * len);
      if (score > best[i]) {
        best[i] = score;
        choice[i] = j;
      }
    }
  }
  for (size_t i = n; i > 0;) {
    const size_t j = choice[i];
    if (i - j >= 2) {
      std::string text(chunks[j].prefix);
      for (size_t k = j; k < i; ++k) text += chunks[k].core;
      text += chunks[i - 1].suffix;
      std::string joined =
          text.substr(chunks[j].prefix.size(),
                      text.size() - chunks[j].prefix.size() - chunks[i - 1].suffix.size());
      const bool by_dictionary = evidence.Known(joined);
      // The word against its pieces as typed, by the document's rate of
      // spaces inserted into words and its frequencies.
      std::vector<std::string> pieces;
      for (size_t k = j; k < i; ++k) pieces.emplace_back(chunks[k].core);
      const NoisyChannel::Segmentation word{{joined}, static_cast<int>(i - j - 1), 0};
      const double posterior = channel_.WeighSpaces(pieces, std::span(&word, 1))[0];
      char p[16];
      std::snprintf(p, sizeof p, "%.2f", posterior);
      line.Propose({j, i - j, text, EmendationClass::kSplit, posterior,
                    std::string("split: '") + joined + "' is " +
                        (by_dictionary ? "a dictionary word" : "a recurring form of the document") +
                        "; P = " + p + " against the pieces as typed"});
    }
    i = j;
  }
}

}  // namespace emend::correct
