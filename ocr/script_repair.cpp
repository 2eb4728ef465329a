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

bool IsDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

// The part of a word that is replaced as a whole: from its first letter to
// its last when only letters and digits lie between ("Ро11су", a word whose
// "l"s were read as ones), else its longest letter run (the "Кн" of "Кн.3",
// the "I" of "119/I-56").
Run WordCore(const std::string& word) {
  const std::vector<Run> runs = LetterRuns(word);
  if (runs.empty()) return {};
  const Run whole{runs.front().begin, runs.back().end};
  bool plain = true;
  for (size_t i = whole.begin; i < whole.end && plain;) {
    const char32_t c = utf8::Next(word, i);
    plain = IsLetter(c) || IsDigit(c);
  }
  if (plain) return whole;
  Run best = runs.front();
  for (const Run& r : runs) {
    if (r.end - r.begin > best.end - best.begin) best = r;
  }
  return best;
}

size_t LetterCount(const std::string& text) {
  size_t n = 0;
  for (char32_t c : utf8::Decode(text)) n += IsLetter(c);
  return n;
}

// The script of a whole line: the one that holds at least two thirds of the
// letters of its words (mixed words, and words the engine doubted, left
// out); kNone for a line of both scripts.
Script LineScript(const std::vector<std::string>& words, const std::vector<Script>& scripts,
                  const std::vector<float>& confidences) {
  size_t latin = 0, cyrillic = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    if (!confidences.empty() && confidences[i] < kDoubtful) continue;
    if (scripts[i] == Script::kLatin) latin += LetterCount(words[i]);
    if (scripts[i] == Script::kCyrillic) cyrillic += LetterCount(words[i]);
  }
  if (latin > 0 && latin >= 2 * cyrillic) return Script::kLatin;
  if (cyrillic > 0 && cyrillic >= 2 * latin) return Script::kCyrillic;
  return Script::kNone;
}

std::string Name(Script script) {
  return script == Script::kLatin ? "Latin" : script == Script::kCyrillic ? "Cyrillic" : "mixed";
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
  return IsSmallRoman(letters) || lexicon_.IsEnglish(letters) || lexicon_.IsSerboCroatian(letters);
}

std::vector<ScriptChange> ScriptRepair::RepairLine(std::vector<std::string>& words,
                                                   const Reread& reread,
                                                   const std::vector<float>& confidences) const {
  std::vector<ScriptChange> changes;
  std::vector<Script> scripts;
  for (const std::string& w : words) scripts.push_back(ScriptOf(w));
  const bool rated = confidences.size() == words.size();
  const Script line_script = LineScript(words, scripts, rated ? confidences : std::vector<float>{});

  for (size_t i = 0; i < words.size(); ++i) {
    const Run core = WordCore(words[i]);
    if (core.end == core.begin) continue;
    const Script own = scripts[i];
    const float confidence = rated ? confidences[i] : -1.0f;
    const bool confident = confidence >= kConfident;
    const bool doubted = confidence >= 0 && confidence < kDoubtful;
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

    const std::string letters = words[i].substr(core.begin, core.end - core.begin);
    const size_t letter_count = LetterCount(letters);

    Script target = Script::kNone;
    bool strong = false;         // may change a word into one no dictionary supports
    bool require_known = false;  // only a known word may replace it
    if (own == Script::kMixed) {
      // No word mixes scripts: always repaired, into the neighbours' script.
      target = neighbours != Script::kNone ? neighbours : line_script;
      strong = true;
      if (target == Script::kNone) {
        int latin = 0, cyrillic = 0;
        for (char32_t c : utf8::Decode(letters)) {
          if (IsLetter(c)) (c >= 0x400 && c <= 0x4FF ? cyrillic : latin)++;
        }
        target = latin >= cyrillic ? Script::kLatin : Script::kCyrillic;
      }
    } else {
      // One letter proves nothing: "У" may be an initial or a preposition.
      const bool known = letter_count >= 2 && Known(letters, own);
      // Capitals in Cyrillic between Latin words that read as a roman
      // numeral ("Chapter МИ of" for "VIII"), unless the engine was sure.
      const bool surrounded = (left_seen || right_seen) && (!left_seen || context.left_agrees) &&
                              (!right_seen || context.right_agrees);
      bool roman = false;
      if (own == Script::kCyrillic && !confident && surrounded && AllUpper(letters)) {
        for (const std::string& s : LookAlikeSpellings(letters, Script::kLatin))
          roman = roman || IsSmallRoman(s);
      }
      // A dictionary word stays unless the engine doubted it and the whole
      // line is in the other script; then only a known word may replace it.
      if (known && !roman && !(doubted && line_script == other)) continue;
      // A word the engine was sure of stays unless the whole line is in the
      // other script.
      if (confident && line_script != other) continue;
      const bool beside_other =
          (left_seen && context.left_agrees) || (right_seen && context.right_agrees);
      if (known) {
        require_known = true;
      } else if (neighbours == other || line_script == other) {
        // A letter next to a number is an archival signature ("F 90/9").
        const bool beside_number =
            (i + 1 < words.size() && HasDigit(words[i + 1])) || HasDigit(words[i]);
        strong = !confident &&
                 ((surrounded && letter_count <= 3) || (letter_count <= 2 && beside_number));
        // A longer word goes over only as a word the other script's
        // dictionaries know, unless the engine doubted it.
        require_known = !strong && !doubted;
        if (letter_count < 2 && !strong) continue;  // one letter proves nothing
      } else if (beside_other && letter_count >= 2) {
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
    std::string again_span;  // the reread's first letter to its last
    if (reread) {
      const std::string again = reread(i, target);
      const Run again_core = WordCore(again);
      if (again_core.end > again_core.begin) {
        std::string again_letters =
            again.substr(again_core.begin, again_core.end - again_core.begin);
        if (ScriptOf(again_letters) == target) {
          candidates.emplace_back(again_letters, "reread");
          const std::vector<Run> runs = LetterRuns(again);
          again_span = again.substr(runs.front().begin, runs.back().end - runs.front().begin);
        }
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
    } else if (!chosen && doubted && candidates.front().second == "reread") {
      // The engine doubted its reading and the restricted engine reads the
      // word in the line's script.
      chosen = &candidates.front();
      evidence = "doubted in a line of the other script";
    }
    if (!chosen || chosen->first == letters) continue;
    ScriptChange change;
    change.index = i;
    change.before = words[i];
    const std::vector<Run> runs = LetterRuns(words[i]);
    if (chosen == &candidates.front() && chosen->second == "reread" && runs.size() > 1 &&
        ScriptOf(again_span) == target) {
      // The restricted engine's reading replaces all the word's letters, not
      // just its longest run ("сотр\1апсе'49" -> "compliance'49").
      words[i].replace(runs.front().begin, runs.back().end - runs.front().begin, again_span);
    } else {
      words[i].replace(core.begin, core.end - core.begin, chosen->first);
    }
    change.after = words[i];
    change.evidence = chosen->second + ", " + evidence + "; line " + Name(line_script);
    if (rated) change.evidence += "; confidence " + std::to_string(static_cast<int>(confidence));
    scripts[i] = ScriptOf(words[i]);
    changes.push_back(std::move(change));
  }
  return changes;
}

}  // namespace emend::ocr
