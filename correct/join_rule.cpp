#include "correct/join_rule.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <span>

#include "core/utf8.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

// A function word this common is evidence enough on its own ("and", "of").
constexpr int kFrequentFunctionWord = 50;
// A half must be a word the document itself uses apart this often.
constexpr int kMinHalfUses = 3;
// How often the document must write two halves side by side to vouch for a cut.
constexpr int kMinPairUses = 2;
constexpr size_t kMinChunk = 6;

struct Cut {
  std::string reading;
  EmendationClass emendation_class = EmendationClass::kSplit;
  std::string why;
};

// "On11 July", "of1948": a preposition glued to a day or a year; "1956Hungarian
// Revolution": a year glued to a capitalised word. A footnote mark never
// follows a preposition, nor precedes a word, so the number is text.
std::string NumberCut(const std::string& core, const std::string& next, const Evidence& evidence) {
  size_t digits_at = 0;
  while (digits_at < core.size() && std::isalpha(static_cast<unsigned char>(core[digits_at])))
    ++digits_at;
  if (digits_at > 0 && digits_at < core.size()) {
    const std::string word = core.substr(0, digits_at), number = core.substr(digits_at);
    if (number.find_first_not_of("0123456789") != std::string::npos || number[0] == '0') return {};
    if (!WordClasses::IsPreposition(ToLower(word))) return {};
    const bool year = number.size() == 4 && (number.starts_with("1") || number.starts_with("20"));
    const bool day = number.size() <= 2 && WordClasses::IsMonthName(next);
    return year || day ? word + " " + number : std::string();
  }
  size_t letters_at = 0;
  while (letters_at < core.size() && std::isdigit(static_cast<unsigned char>(core[letters_at])))
    ++letters_at;
  if (letters_at != 4 || letters_at >= core.size() ||
      !(core.starts_with("1") || core.starts_with("20")))
    return {};
  const std::string word = core.substr(4);
  if (!IsCapitalised(word) || !AllLetters(word) || utf8::Length(word) < 3 || !evidence.Known(word))
    return {};
  return core.substr(0, 4) + " " + word;
}

// The places a word no dictionary knows may have lost a space: "Hodderand",
// "NoviPrilozi", "aggressionAs".
std::vector<Cut> Cuts(const std::string& core, const Evidence& evidence) {
  // A recurring form is a real one, unless its halves recur apart as often.
  const int uses = evidence.document.Count(core);
  std::vector<Cut> cuts;
  for (size_t cut = 2; cut + 2 <= core.size(); ++cut) {
    if (static_cast<unsigned char>(core[cut]) >= 0x80 &&
        (static_cast<unsigned char>(core[cut]) & 0xC0) == 0x80) {
      continue;  // inside a UTF-8 sequence
    }
    const std::string left = core.substr(0, cut), right = core.substr(cut);
    // Cheap tests first: the dictionaries are asked only about cuts that
    // could pass (a case change, a function word, halves the document uses).
    const bool case_change = std::isupper(static_cast<unsigned char>(core[cut])) &&
                             std::islower(static_cast<unsigned char>(core[cut - 1]));
    const bool halves_used = evidence.document.Count(left) >= std::max(kMinHalfUses, uses) &&
                             evidence.document.Count(right) >= std::max(kMinHalfUses, uses);
    // The document writes the two halves side by side elsewhere, more often
    // than glued ("Odnosisa" beside "Odnosi sa" twice).
    const int pair = evidence.document.CountPair(left, right);
    const bool pair_seen = pair >= kMinPairUses && pair > uses;
    if (!case_change && !halves_used && !pair_seen && !WordClasses::IsFunctionWord(right)) continue;
    if (!evidence.Known(left) || !evidence.Known(right)) continue;
    if (pair_seen) {
      cuts.push_back({left + " " + right, EmendationClass::kSplit,
                      "'" + left + " " + right + "' is how the document writes them elsewhere (" +
                          std::to_string(pair) + " times)"});
      continue;
    }
    const bool left_plain = IsCapitalised(left) || ToLower(left) == left;
    if (!left_plain) continue;
    if (IsCapitalised(right) && IsLower(static_cast<unsigned char>(left.back()))) {
      // "aggressionAs": a capitalised function word begins a sentence.
      if (WordClasses::IsFunctionWord(right) && ToLower(left) == left && uses <= 1) {
        cuts.push_back(
            {left + ". " + right, EmendationClass::kPunct,
             "'" + right + "' starts a sentence: the full stop and the space were lost"});
      } else if (IsCapitalised(left) &&
                 evidence.document.Count(left) >= std::max(kMinHalfUses, uses) &&
                 evidence.document.Count(right) >= std::max(kMinHalfUses, uses)) {
        cuts.push_back(
            {left + " " + right, EmendationClass::kSplit,
             "'" + left + "' and '" + right + "' are capitalised words the document uses"});
      }
    } else if (ToLower(right) == right) {
      // "Hodderand": a name from the list, or a word the document uses, then "and".
      if (WordClasses::IsFunctionWord(right) &&
          evidence.document.Count(right) >= kFrequentFunctionWord && uses <= 1 &&
          utf8::Length(left) >= 3 &&
          (evidence.document.Count(left) >= kMinHalfUses || evidence.lexicon.IsName(left))) {
        cuts.push_back({left + " " + right, EmendationClass::kSplit,
                        "'" + left + "' and the function word '" + right + "' are both frequent"});
      } else if (utf8::Length(left) >= 4 && utf8::Length(right) >= 4 &&
                 evidence.lexicon.IsSerboCroatian(left) &&
                 evidence.lexicon.IsSerboCroatian(right) && !evidence.lexicon.IsEnglish(right) &&
                 evidence.document.Count(left) >= std::max(kMinHalfUses, uses) &&
                 evidence.document.Count(right) >= std::max(kMinHalfUses, uses)) {
        cuts.push_back({left + " " + right, EmendationClass::kSplit,
                        "'" + left + "' and '" + right +
                            "' are Serbo-Croatian words the document uses apart"});
      }
    }
  }
  return cuts;
}

}  // namespace

void JoinRule::Apply(LineEditor& line, const Evidence& evidence) const {
  for (size_t i = 0; i < line.tokens().size(); ++i) {
    if (line.tokens()[i].emendation >= 0) continue;
    // "(Stassen)to the": a closing bracket glued to the word after it; the
    // bracket opened the chunk, and the word is one ("F[rench]CP", an
    // editor's expansion inside a word, stays).
    {
      const std::string& text = line.tokens()[i].text;
      const size_t close = text.find_first_of(")]");
      if (close != std::string::npos && close > 0 && close + 1 < text.size() &&
          std::isalpha(static_cast<unsigned char>(text[close + 1])) &&
          text[0] == (text[close] == ')' ? '(' : '[')) {
        const std::string right = text.substr(close + 1);
        const std::string_view word = SplitWord(right).core;
        if (SplitWord(right).prefix.empty() && AllLetters(word) && evidence.Known(word)) {
          line.Propose({i, 1, text.substr(0, close + 1) + " " + right, EmendationClass::kSplit, 0.8,
                        "join: '" + std::string(word) +
                            "' is a word glued to the bracket that closes before it"});
          continue;
        }
      }
    }
    const WordParts p = SplitWord(line.tokens()[i].text);
    const std::string core(p.core);
    if (core.size() >= 4 && !AllLetters(core) && core.find('-') == std::string::npos) {
      const std::string& after =
          i + 1 < line.tokens().size() ? line.tokens()[i + 1].text : line.following();
      const std::string reading = NumberCut(core, std::string(SplitWord(after).core), evidence);
      if (!reading.empty()) {
        line.Propose(
            {i, 1, std::string(p.prefix) + reading + std::string(p.suffix), EmendationClass::kSplit,
             0.8,
             "join: '" + reading +
                 "': a number is never glued to a preposition before it or a word after it"});
      }
      continue;
    }
    // "SvetozarVukmanovic-Tempo": a compound's first part is read alone.
    std::string head = core, rest;
    if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 0) {
      head = core.substr(0, dash);
      rest = core.substr(dash);
    }
    if (head.size() < kMinChunk || !AllLetters(head) || evidence.Known(head)) continue;
    std::vector<Cut> cuts = Cuts(head, evidence);
    if (cuts.empty()) continue;
    // Each cut against the others and the chunk as typed, by the document's
    // rate of lost spaces and its frequencies of the halves.
    std::vector<NoisyChannel::Segmentation> readings;
    for (const Cut& c : cuts) {
      const size_t space = c.reading.find(' ');
      std::string left = c.reading.substr(0, space);
      if (left.ends_with('.')) left.pop_back();  // the full stop lost with the space
      readings.push_back({{left, c.reading.substr(space + 1)}, 0, 1});
    }
    const std::vector<double> posterior = channel_.WeighSpaces(std::span(&head, 1), readings);
    const size_t best = static_cast<size_t>(
        std::max_element(posterior.begin(), posterior.end() - 1) - posterior.begin());
    const double confidence = Confidence(posterior, best);
    const Cut& c = cuts[best];
    char p_text[16];
    std::snprintf(p_text, sizeof p_text, "%.2f", confidence);
    line.Propose({i, 1, std::string(p.prefix) + c.reading + rest + std::string(p.suffix),
                  c.emendation_class, confidence,
                  "join: " + c.why + "; P = " + p_text + " of " + std::to_string(cuts.size()) +
                      " cut(s) and the chunk as typed"});
  }
}

}  // namespace emend::correct
