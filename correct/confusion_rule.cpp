#include "correct/confusion_rule.hpp"

#include <array>
#include <optional>
#include <set>

#include "core/utf8.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

// A stray stroke after a word ("andl the", "headedl the"): the word itself
// is frequent in the document, the OCR form nowhere else.
constexpr int kMinUsesBeforeStray = 10;

// Below this posterior the channel's best reading is not even proposed.
constexpr double kMinPosterior = 0.3;
constexpr int kRepeatRatio = 8;

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
  std::set<std::string> serbo_croatian;  // common Serbo-Croatian words, from the strong pairs
  // The strongest of the typescript's visual confusions.
  for (const auto& [a, b, strong] : VisualConfusions()) {
    if (!strong) continue;
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
  std::set<std::string> readings;
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
  Result r;
  r.reading = *readings.begin();
  r.confidence = readings.size() == 1 ? 0.8 : 0.3;
  r.evidence = "confusion: '" + r.reading + "' joins words the document uses " +
               std::to_string(evidence.document.Count(r.reading)) + " times" +
               (readings.size() > 1 ? "; other readings fit as well" : "");
  return r;
}

void ConfusionRule::Apply(LineEditor& line, const Evidence& evidence) const {
  const auto& tokens = line.tokens();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].emendation >= 0) continue;
    WordParts p = SplitWord(tokens[i].text);
    // The words beside it, for the channel's source model.
    const std::string previous(i > 0 ? SplitWord(tokens[i - 1].text).core
                                     : SplitWord(line.preceding()).core);
    const std::string next(i + 1 < tokens.size() ? SplitWord(tokens[i + 1].text).core
                                                 : SplitWord(line.following()).core);
    // Compounds ("Yugoslav-ltalian") are read part by part.
    const std::string core(p.core);
    std::string out;
    std::optional<Result> used;
    size_t start = 0;
    while (start <= core.size()) {
      size_t dash = core.find('-', start);
      if (dash == std::string::npos) dash = core.size();
      const std::string part = core.substr(start, dash - start);
      std::optional<Result> r = Read(part, previous, next, evidence);
      if (r && r->serbo_croatian && InEnglishText(line, i, evidence)) r.reset();
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

std::optional<ConfusionRule::Result> ConfusionRule::Read(const std::string& part,
                                                         const std::string& previous,
                                                         const std::string& next,
                                                         const Evidence& evidence) const {
  const bool plain = IsCapitalised(part) || ToLower(part) == part;
  if (part.size() < 3 || !(AllLetters(part) || part[0] == '1') || !plain) return std::nullopt;
  if (evidence.Known(part)) return std::nullopt;
  // The noisy channel first: one misread letter or two, in a word the
  // document uses, weighed against the OCR form being a word of its own.
  const Ranking ranking = channel_.Rank(part, previous, next);
  // A form the document repeats is a term of its own unless its reading is
  // far more common ("ltalian" 3 times, "Italian" 29).
  const int uses = evidence.document.Count(part);
  const bool repeated_term =
      uses > 2 && evidence.document.Count(ranking.reading) < kRepeatRatio * uses;
  if (!ranking.reading.empty() && ranking.posterior >= kMinPosterior && !repeated_term) {
    Result r;
    r.reading = ranking.reading;
    r.confidence = ranking.posterior;
    r.evidence = "confusion: " + ranking.evidence;
    return r;
  }
  auto it = cache_.find(part);
  if (it == cache_.end()) it = cache_.emplace(part, Resolve(part, evidence)).first;
  if (it->second.reading.empty()) return std::nullopt;
  return it->second;
}

}  // namespace emend::correct
