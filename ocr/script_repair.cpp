#include "ocr/script_repair.hpp"

#include <regex>

#include "core/utf8.hpp"
#include "correct/lexicon.hpp"

namespace emend::ocr {
namespace {

bool IsLetter(char32_t c) {
  return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x400 && c <= 0x4FF);
}

// Byte ranges of the maximal letter runs in a word.
struct Run {
  size_t begin = 0, end = 0;
};

std::vector<Run> LetterRuns(const std::string& word) {
  std::vector<Run> runs;
  size_t i = 0;
  bool open = false;
  while (i < word.size()) {
    const size_t at = i;
    const char32_t c = utf8::Next(word, i);
    if (IsLetter(c)) {
      if (!open) runs.push_back({at, at});
      open = true;
      runs.back().end = i;
    } else {
      open = false;
    }
  }
  return runs;
}

// The longest letter run: the part of a word a dictionary can judge.
std::string MainLetters(const std::string& word) {
  Run best;
  for (const Run& r : LetterRuns(word)) {
    if (r.end - r.begin > best.end - best.begin) best = r;
  }
  return word.substr(best.begin, best.end - best.begin);
}

bool HasDigit(const std::string& word) {
  for (char c : word) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

// Roman numerals as the thesis uses them (chapters, archival signatures): I to XXXIX.
bool IsSmallRoman(const std::string& letters) {
  static const std::regex roman("X{0,3}(IX|IV|V?I{0,3})");
  return !letters.empty() && std::regex_match(letters, roman);
}

bool AllUpper(const std::string& letters) {
  const std::u32string u = utf8::Decode(letters);
  for (char32_t c : u) {
    if ((c >= U'a' && c <= U'z') || (c >= 0x430 && c <= 0x44F)) return false;
  }
  return true;
}

struct Context {
  int latin = 0, cyrillic = 0;
  bool left_agrees = false, right_agrees = false;  // the nearest neighbour on each side
};

}  // namespace

ScriptRepair::ScriptRepair(const correct::Lexicon& lexicon) : lexicon_(lexicon) {}

bool ScriptRepair::Known(const std::string& letters, Script script) const {
  if (ScriptOf(letters) != script) return false;
  if (script == Script::kCyrillic) return lexicon_.IsRussian(letters);
  return IsSmallRoman(letters) || lexicon_.IsEnglish(letters) ||
         lexicon_.IsSerboCroatian(letters);
}

std::vector<ScriptChange> ScriptRepair::RepairLine(std::vector<std::string>& words,
                                                   const Reread& reread) const {
  std::vector<ScriptChange> changes;
  std::vector<Script> scripts;
  for (const std::string& w : words) scripts.push_back(ScriptOf(w));

  for (size_t i = 0; i < words.size(); ++i) {
    const std::vector<Run> runs = LetterRuns(words[i]);
    if (runs.empty()) continue;
    const Script own = scripts[i];
    // The neighbours' script: up to three words each side, a known word
    // counting double. Words without letters or with mixed scripts abstain.
    Context context;
    const Script other = own == Script::kLatin ? Script::kCyrillic : Script::kLatin;
    auto votes = [&](size_t j) {
      return scripts[j] == Script::kLatin || scripts[j] == Script::kCyrillic;
    };
    bool left_seen = false, right_seen = false;
    for (size_t d = 1; d <= 3; ++d) {
      for (const bool left : {true, false}) {
        if (left ? i < d : i + d >= words.size()) continue;
        const size_t j = left ? i - d : i + d;
        if (!votes(j)) continue;
        const int weight = Known(MainLetters(words[j]), scripts[j]) ? 2 : 1;
        (scripts[j] == Script::kLatin ? context.latin : context.cyrillic) += weight;
        bool& seen = left ? left_seen : right_seen;
        if (!seen) (left ? context.left_agrees : context.right_agrees) = scripts[j] == other;
        seen = true;
      }
    }
    const Script neighbours = context.latin > context.cyrillic   ? Script::kLatin
                              : context.cyrillic > context.latin ? Script::kCyrillic
                                                                 : Script::kNone;

    // The letters that decide: the longest run (a signature like "119/I-56"
    // has one; "Кн.3" has one).
    Run run = runs.front();
    for (const Run& r : runs) {
      if (r.end - r.begin > run.end - run.begin) run = r;
    }
    const std::string letters = words[i].substr(run.begin, run.end - run.begin);
    const size_t letter_count = utf8::Length(letters);

    Script target = Script::kNone;
    bool strong = false;         // may change a word into one no dictionary supports
    bool require_known = false;  // only a known word may replace it
    if (own == Script::kMixed) {
      target = neighbours;
      strong = true;
      if (target == Script::kNone) {
        int latin = 0, cyrillic = 0;
        for (char32_t c : utf8::Decode(letters)) (c >= 0x400 && c <= 0x4FF ? cyrillic : latin)++;
        target = latin >= cyrillic ? Script::kLatin : Script::kCyrillic;
      }
    } else {
      const bool beside_other = (left_seen && context.left_agrees) ||
                                (right_seen && context.right_agrees);
      const bool known = Known(letters, own);
      if (neighbours == other) {
        // The nearest neighbour on each side that has letters is in the other script.
        const bool surrounded = (left_seen || right_seen) &&
                                (!left_seen || context.left_agrees) &&
                                (!right_seen || context.right_agrees);
        // A known word stays (an English name inside a Russian reference)
        // unless its neighbours all disagree, and then only a known word in
        // the other script may replace it. One letter proves nothing.
        require_known = letter_count >= 2 && known;
        if (require_known && !surrounded) continue;
        // A letter next to a number is an archival signature ("F 90/9").
        const bool beside_number = (i + 1 < words.size() && HasDigit(words[i + 1])) ||
                                   HasDigit(words[i]);
        strong = !require_known && ((surrounded && letter_count <= 3) ||
                                    (letter_count <= 2 && beside_number));
      } else if (beside_other && !known && letter_count >= 2) {
        // Mixed company ("ABII РФ [Archive"): an unknown word next to the
        // other script changes only into a word that script's dictionaries know.
        require_known = true;
      } else {
        continue;
      }
      target = other;
    }

    // Candidates: the engine's own reading in the target script first, then
    // the look-alike spellings; a candidate a dictionary knows wins.
    std::vector<std::pair<std::string, std::string>> candidates;  // letters, evidence
    if (reread) {
      const std::string again = reread(i, target);
      const std::vector<Run> again_runs = LetterRuns(again);
      if (again_runs.size() == 1) {
        std::string again_letters =
            again.substr(again_runs[0].begin, again_runs[0].end - again_runs[0].begin);
        if (ScriptOf(again_letters) == target) candidates.emplace_back(again_letters, "reread");
      }
    }
    for (std::string& s : LookAlikeSpellings(letters, target)) {
      candidates.emplace_back(std::move(s), "look-alike");
    }
    if (candidates.empty()) continue;

    // Preference among candidates: an all-capital word that can be a roman
    // numeral is one; then a word exactly as a project list spells it; then
    // any word a dictionary knows.
    const bool upper = AllUpper(letters);
    const auto& listed = target == Script::kCyrillic ? lexicon_.russian_list() : lexicon_.names();
    const std::pair<std::string, std::string>* chosen = nullptr;
    std::string evidence;
    for (int pass = 0; pass < 3 && !chosen; ++pass) {
      for (const auto& c : candidates) {
        const bool fits = pass == 0   ? upper && target == Script::kLatin && IsSmallRoman(c.first)
                          : pass == 1 ? listed.count(c.first) > 0
                                      : Known(c.first, target);
        if (fits) {
          chosen = &c;
          evidence = pass == 0 ? "roman numeral" : "dictionary";
          break;
        }
      }
    }
    if (require_known && !chosen) continue;
    if (!chosen && strong) {
      chosen = &candidates.front();
      evidence = "neighbours";
    }
    if (!chosen || chosen->first == letters) continue;
    ScriptChange change;
    change.index = i;
    change.before = words[i];
    words[i].replace(run.begin, run.end - run.begin, chosen->first);
    change.after = words[i];
    change.evidence = chosen->second + ", " + evidence;
    scripts[i] = ScriptOf(words[i]);
    changes.push_back(std::move(change));
  }
  return changes;
}

}  // namespace emend::ocr
