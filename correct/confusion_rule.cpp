#include "correct/confusion_rule.hpp"

#include <array>
#include <set>

#include "core/utf8.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

// Pairs of strings a typescript's letters are read as each other (both ways).
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kConfusions = {{
    {"i", "t"},
    {"rn", "m"},
    {"ri", "n"},
    {"li", "h"},
    {"cl", "d"},
    {"1", "l"},
    {"0", "o"},
    {"l", "i"},
    {"ii", "u"},
    {"vv", "w"},
    {"c", "e"},
    {"tl", "d"},
    {"l", "I"},
    {"1", "I"},
    {"q", "g"},
    {"Y", "T"},
}};

constexpr int kMinUses = 5;

// The pairs a typescript's thin strokes and narrow letters make: strong
// enough to read a Serbo-Croatian word the document need not repeat
// ("poiitici" is politici, "biok" blok, "Saveznoq" Saveznog).
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kStrongConfusions = {{
    {"i", "l"},
    {"1", "l"},
    {"rn", "m"},
    {"ii", "u"},
    {"li", "h"},
    {"cl", "d"},
    {"q", "g"},
}};

// A stray stroke after a word ("andl the", "headedl the"): the word itself
// is frequent in the document, the OCR form nowhere else.
constexpr int kMinUsesBeforeStray = 10;

// A word within three either side is English and not Serbo-Croatian (names
// and one-letter words say nothing).
bool InEnglishText(const LineEditor& line, size_t i, const Evidence& evidence) {
  const auto& tokens = line.tokens();
  for (size_t k = i >= 3 ? i - 3 : 0; k < tokens.size() && k <= i + 3; ++k) {
    if (k == i) continue;
    const std::string core(SplitWord(tokens[k].text).core);
    if (utf8::Length(core) < 2 || !AllLetters(core) || evidence.lexicon.IsName(core)) continue;
    if (evidence.lexicon.IsEnglish(core) && !evidence.lexicon.IsSerboCroatian(core)) return true;
  }
  return false;
}

}  // namespace

ConfusionRule::Result ConfusionRule::Resolve(const std::string& word,
                                             const Evidence& evidence) const {
  std::set<std::string> readings;
  std::set<std::string> serbo_croatian;  // common Serbo-Croatian words, from the strong pairs
  auto consider = [&](const std::string& candidate) {
    if (candidate == word || candidate.empty()) return;
    if (evidence.lexicon.IsEnglish(candidate) && evidence.document.Count(candidate) >= kMinUses) {
      readings.insert(candidate);
    }
  };
  for (const auto& [a, b] : kStrongConfusions) {
    for (auto [from, to] : {std::pair{a, b}, std::pair{b, a}}) {
      for (size_t at = word.find(from); at != std::string::npos; at = word.find(from, at + 1)) {
        std::string candidate = word;
        candidate.replace(at, from.size(), to);
        if (utf8::Length(candidate) >= 4 && evidence.lexicon.IsSerboCroatian(ToLower(candidate)) &&
            !evidence.lexicon.IsEnglish(candidate) && !evidence.lexicon.IsName(candidate)) {
          serbo_croatian.insert(candidate);
        }
      }
    }
  }
  // A stray stroke read after a frequent word.
  if (word.size() >= 4 && (word.back() == 'l' || word.back() == '1') && ToLower(word) == word) {
    const std::string stem = word.substr(0, word.size() - 1);
    if (evidence.lexicon.IsEnglish(stem) && evidence.document.Count(stem) >= kMinUsesBeforeStray &&
        evidence.document.Count(word) == 1) {
      Result r;
      r.reading = stem;
      r.confidence = 0.8;
      r.evidence = "confusion: a stray stroke after '" + stem + "', a word the document uses " +
                   std::to_string(evidence.document.Count(stem)) + " times";
      return r;
    }
  }
  for (const auto& [a, b] : kConfusions) {
    for (auto [from, to] : {std::pair{a, b}, std::pair{b, a}}) {
      for (size_t at = word.find(from); at != std::string::npos; at = word.find(from, at + 1)) {
        std::string candidate = word;
        candidate.replace(at, from.size(), to);
        consider(candidate);
      }
    }
  }
  // A lost space between two frequent words ("ofthe"); lower case only: a
  // capital at the start is more often a misread bracket or quote ("Ithe").
  for (size_t cut = 2; ToLower(word) == word && cut + 2 <= word.size(); ++cut) {
    std::string left = word.substr(0, cut), right = word.substr(cut);
    if (evidence.lexicon.IsEnglish(left) && evidence.lexicon.IsEnglish(right) &&
        evidence.document.Count(left) >= 50 && evidence.document.Count(right) >= 50) {
      readings.insert(left + " " + right);
    }
  }
  // "fthe": "of the" with the o and the space lost.
  if (word.size() >= 4 && word[0] == 'f' && ToLower(word) == word &&
      WordClasses::IsFunctionWord(word.substr(1)) &&
      evidence.document.Count(word.substr(1)) >= 50) {
    readings.insert("of " + word.substr(1));
  }
  if (readings.empty() && serbo_croatian.size() == 1 && evidence.document.Count(word) == 1) {
    Result r;
    r.reading = *serbo_croatian.begin();
    r.confidence = 0.75;
    r.serbo_croatian = true;
    r.evidence = "confusion: '" + r.reading +
                 "' is a Serbo-Croatian word, read with one of the typescript's commonest misreads";
    return r;
  }
  if (readings.empty()) return {};
  // A form the document repeats is a real term unless its reading is far
  // more common ("ihe" 5 times, "the" thousands; "ltalian" 3, "Italian" 29).
  const int uses = evidence.document.Count(word);
  if (uses > 2 && evidence.document.Count(*readings.begin()) < 8 * uses) return {};
  Result r;
  r.reading = *readings.begin();
  r.confidence = readings.size() == 1 ? 0.8 : 0.3;
  r.evidence = "confusion: '" + r.reading + "' is a dictionary word the document uses " +
               std::to_string(evidence.document.Count(r.reading)) + " times" +
               (readings.size() > 1 ? "; other readings fit as well" : "");
  return r;
}

const ConfusionRule::Result* ConfusionRule::Lookup(const std::string& part,
                                                   const Evidence& evidence) const {
  const bool plain = IsCapitalised(part) || ToLower(part) == part;
  if (part.size() < 3 || !(AllLetters(part) || part[0] == '1') || !plain) return nullptr;
  if (evidence.Known(part)) return nullptr;
  auto it = cache_.find(part);
  if (it == cache_.end()) it = cache_.emplace(part, Resolve(part, evidence)).first;
  return it->second.reading.empty() ? nullptr : &it->second;
}

void ConfusionRule::Apply(LineEditor& line, const Evidence& evidence) const {
  for (size_t i = 0; i < line.tokens().size(); ++i) {
    if (line.tokens()[i].emendation >= 0) continue;
    WordParts p = SplitWord(line.tokens()[i].text);
    // Compounds ("Yugoslav-ltalian") are read part by part.
    const std::string core(p.core);
    std::string out;
    const Result* used = nullptr;
    size_t start = 0;
    while (start <= core.size()) {
      size_t dash = core.find('-', start);
      if (dash == std::string::npos) dash = core.size();
      const std::string part = core.substr(start, dash - start);
      const Result* r = Lookup(part, evidence);
      if (r && r->serbo_croatian && InEnglishText(line, i, evidence)) r = nullptr;
      if (r && (!used || r->confidence < used->confidence)) used = r;
      out += r ? r->reading : part;
      if (dash < core.size()) out += '-';
      start = dash + 1;
    }
    if (!used) continue;
    line.Propose({i, 1, std::string(p.prefix) + out + std::string(p.suffix),
                  EmendationClass::kConfusion, used->confidence, used->evidence});
  }
}

}  // namespace emend::correct
