#include "correct/diacritic_rule.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <span>

#include "core/utf8.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

constexpr size_t kMaxCandidates = 512;

struct Option {
  std::u32string letters;  // what the OCR letter may stand for (itself first)
  bool trace;              // choosing a letter other than itself shows a misread
};

// What each OCR letter may stand for, given its neighbours.
Option OptionsFor(const std::u32string& w, size_t i) {
  const char32_t c = w[i];
  const bool after_lower = i > 0 && IsLower(w[i - 1]);
  // Inside a word that has a lower-case letter before: a capital there is a
  // hooked letter the OCR took for one (HruSCeva, KerSovani).
  const bool inside = after_lower || (i > 1 && std::any_of(w.begin(), w.begin() + i,
                                                           [](char32_t l) { return IsLower(l); }));
  switch (c) {
    // At a word's start the typescript had a capital (Čepo, Ćosić).
    // 6 is also what the OCR makes of the acute and umlauted vowels of
    // Hungarian, French and Turkish names (Kádár, Géza, Chargé, Köprülü).
    case U'6':
      return i == 0 ? Option{U"6ČĆ", true} : Option{U"6ćčéáóö", true};
    // d likewise, inside a word ("Bdkds" is Békés); and č, in a listed name
    // only ("Koda" is Koča, "HruSdov" Hruščov), as common words have both.
    case U'd':
      return i > 0 ? Option{U"dćčéáóö", true} : Option{U"dć", true};
    // Word-final b for ć (Vidib), t for the Polish ł (Gomutka).
    case U'b':
      return i + 1 == w.size() && after_lower ? Option{U"bć", true} : Option{U"b", false};
    case U't':
      return after_lower || i == 0 ? Option{U"tł", true} : Option{U"t", false};
    case U'g':
      return {U"gç", true};
    case U'C':
      return inside ? Option{U"Cćč", true} : Option{U"CČĆ", false};
    case U'c':
      return {U"cčć", false};
    case U's':
      return {U"sš", false};
    case U'S':
      return inside ? Option{U"Sš", true} : Option{U"SŠ", false};
    case U'z':
      return {U"zž", false};
    case U'Z':
      return inside ? Option{U"Zž", true} : Option{U"ZŽ", false};
    // A word with a 6 in it may have lost its other accents unseen
    // ("Bek6s" is Békés, "K6dar" Kádár): only listed names take them.
    case U'e':
      return w.find(U'6') != std::u32string::npos ? Option{U"eé", false} : Option{U"e", false};
    case U'a':
      return w.find(U'6') != std::u32string::npos ? Option{U"aá", false} : Option{U"a", false};
    default:
      return {std::u32string(1, c), false};
  }
}

bool HasForeignLetter(const std::u32string& w) {
  return w.find_first_of(U"łéáóö") != std::u32string::npos;
}

// Letters (and the 6 that stands for ć) only.
bool Restorable(std::string_view word) {
  for (size_t k = 0; k < word.size();) {
    char32_t c = utf8::Next(word, k);
    if (!IsLetter(c) && c != U'6') return false;
  }
  return true;
}

}  // namespace

std::vector<DiacriticRule::Candidate> DiacriticRule::Candidates(const std::string& word,
                                                                const Evidence& evidence,
                                                                bool beside_traced_name) const {
  const std::u32string w = utf8::Decode(word);
  std::vector<Option> options;
  size_t combinations = 1;
  for (size_t i = 0; i < w.size(); ++i) {
    options.push_back(OptionsFor(w, i));
    combinations *= options.back().letters.size();
    if (combinations > kMaxCandidates) return {};
  }
  // Enumerate every combination; note which use a misread trace.
  std::vector<Candidate> found;
  std::u32string current = w;
  for (size_t n = 1; n < combinations; ++n) {
    size_t rest = n;
    int changes = 0;
    bool trace = false;
    for (size_t i = 0; i < w.size(); ++i) {
      const Option& o = options[i];
      size_t pick = rest % o.letters.size();
      rest /= o.letters.size();
      current[i] = o.letters[pick];
      if (pick != 0) {
        ++changes;
        trace |= o.trace;
      }
    }
    std::string text = utf8::Encode(current);
    if (text.find('6') != std::string::npos) continue;
    bool d_as_c_caron = false;
    for (size_t i = 0; i < w.size(); ++i) d_as_c_caron |= w[i] == U'd' && current[i] == U'č';
    // A common word read with d for č ("sludaj" for slučaj) shows no misread
    // the way a name does, as common words have both letters: it is restored
    // as a dropped hook is, only inside Serbo-Croatian text, and only a word
    // of five letters or more (short forms are often another language's
    // words spelt in Latin letters: "u nas odin").
    if (d_as_c_caron && !evidence.lexicon.IsName(text)) {
      if (w.size() < 5) continue;
      trace = false;
    }
    // Letters foreign to Serbo-Croatian only in a listed name or an English word.
    if (HasForeignLetter(current) && !evidence.lexicon.IsName(text) &&
        !evidence.lexicon.IsEnglish(text)) {
      continue;
    }
    const bool sc = evidence.lexicon.IsSerboCroatian(text);
    const bool en = !sc && trace && evidence.lexicon.IsEnglish(text);
    if (!sc && !en) continue;
    if (!trace) {
      // No trace of a misread: a name typed without diacritics stays as typed,
      // so any reading that is a name rules the restoration out; unless the
      // name beside it shows the typist used diacritics there ("Koca Popovid").
      if (evidence.lexicon.IsName(text)) {
        if (!beside_traced_name || !IsCapitalised(text)) return {};
        found.push_back({std::move(text), changes, false, true});
        continue;
      }
      // Otherwise only a common word (known in lower case).
      if (!evidence.lexicon.IsSerboCroatian(ToLower(text))) continue;
    }
    const bool name = evidence.lexicon.IsName(text);
    found.push_back({std::move(text), changes, trace, name});
  }
  return found;
}

void DiacriticRule::Learn(const Evidence& evidence) const {
  learned_ = true;
  // The listed words with letters outside ASCII, by their base letters
  // ("Koca" -> Koča); "" where two share a form.
  std::unordered_map<std::string, std::string> unhooked;
  for (const auto* list : {&evidence.lexicon.names(), &evidence.lexicon.english_list(),
                           &evidence.lexicon.serbo_croatian_list()}) {
    for (const std::string& word : *list) {
      std::string base = BaseLetters(word);
      if (base == word) continue;
      auto [it, added] = unhooked.emplace(std::move(base), word);
      if (!added && it->second != word) it->second.clear();
    }
  }
  auto name = [](const Candidate& c) { return c.name; };
  // The reading a form stands for: its one reading, or of a capitalised form
  // its one listed name (such a form most often names a person).
  auto sole = [&](const std::vector<Candidate>& found, bool names_only) -> std::string {
    if (found.size() == 1 && (!names_only || found[0].name)) return found[0].text;
    if (std::count_if(found.begin(), found.end(), name) != 1) return "";
    return std::find_if(found.begin(), found.end(), name)->text;
  };
  for (const auto& [form, count] : evidence.document.forms()) {
    // Hyphenated names (Vukmanovi6-Tempo) part by part.
    for (size_t start = 0; start < form.size();) {
      size_t dash = form.find('-', start);
      if (dash == std::string::npos) dash = form.size();
      const std::string part = form.substr(start, dash - start);
      start = dash + 1;
      if (part.size() < 3) continue;
      const bool capitalised = IsCapitalised(part);
      std::string reading;
      if (!evidence.Known(part)) {
        if (Restorable(part)) {
          const std::vector<Candidate> found = Candidates(part, evidence, false);
          reading = found.size() == 1 ? found[0].text : capitalised ? sole(found, true) : "";
        }
        if (reading.empty() && AllLetters(part)) reading = DroppedLetters(part, evidence);
      }
      if (!reading.empty()) {
        letters_.Observe(reading, part, count);
        uses_[reading] += count;
        learned_from_[part] = reading;
        continue;
      }
      // A listed word typed without its diacritics ("Koca", "Janos"): the
      // same word, whose uses count, though the typist may not have typed
      // its hooks, so its letters teach the channel nothing.
      auto it = unhooked.find(part);
      if (it == unhooked.end() || it->second.empty()) continue;
      uses_[it->second] += count;
      learned_from_[part] = it->second;
    }
  }
}

Alternative DiacriticRule::Weighed(const std::string& reading, const std::string& ocr) const {
  auto it = uses_.find(reading);
  int uses = it == uses_.end() ? 0 : it->second;
  auto from = learned_from_.find(ocr);
  if (from != learned_from_.end() && from->second == reading) --uses;
  return {reading, letters_.LogWord(reading, ocr), std::max(0, uses)};
}

std::string DiacriticRule::Describe(const std::string& reading, const std::string& ocr,
                                    double posterior) const {
  const std::u32string t = utf8::Decode(reading), r = utf8::Decode(ocr);
  std::string how;
  auto note = [&](char32_t typed, char32_t read) {
    const std::string shown =
        read == 0 ? "left out" : "read as '" + utf8::Encode(std::u32string(1, read)) + "'";
    how += std::string(how.empty() ? "" : ", ") + "'" + utf8::Encode(std::u32string(1, typed)) +
           "' " + shown + " " + std::to_string(letters_.Observed(typed, read)) + " time(s)";
  };
  std::set<std::pair<char32_t, char32_t>> seen;
  if (t.size() == r.size()) {
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] != r[i] && seen.insert({t[i], r[i]}).second) note(t[i], r[i]);
    }
  } else {
    for (char32_t c : t) {
      if (c >= 0x80 && seen.insert({c, 0}).second) note(c, 0);
    }
  }
  char p[16];
  std::snprintf(p, sizeof p, "%.2f", posterior);
  return "; the document shows " + how + ", and writes '" + reading + "' " +
         std::to_string(Weighed(reading, ocr).uses) + " other time(s); P = " + p;
}

DiacriticRule::Result DiacriticRule::Restore(const std::string& word, const Evidence& evidence,
                                             bool beside_traced_name) const {
  std::vector<Candidate> found = Candidates(word, evidence, beside_traced_name);
  if (found.empty()) return {};
  std::vector<Alternative> alternatives;
  for (const Candidate& c : found) alternatives.push_back(Weighed(c.text, word));
  const std::vector<double> posterior = channel_.Weigh(word, alternatives);
  size_t best = 0;
  for (size_t k = 1; k < found.size(); ++k) {
    if (posterior[k] > posterior[best]) best = k;
  }
  // The OCR form itself more likely than any reading: nothing to propose.
  if (posterior[best] <= posterior.back()) return {};
  const Candidate& top = found[best];
  // Beside a name restored from a misread: only the listed name with its
  // diacritics (hooks dropped, or a misread trace: "Koda Popovid", where
  // "koda" is a word of its own).
  if (beside_traced_name && !top.name) return {};
  Result r;
  r.reading = top.text;
  r.confidence = Confidence(posterior, best);
  r.trace = top.trace;
  size_t second = best == 0 ? 1 : 0;
  for (size_t k = 0; k < found.size(); ++k) {
    if (k != best && posterior[k] > posterior[second]) second = k;
  }
  r.evidence = std::string("diacritic: '") + top.text + "' is " +
               (evidence.lexicon.IsName(top.text) ? "in the names list"
                                                  : "a Serbo-Croatian dictionary word") +
               (top.trace ? ", and the OCR letters are typical misreads of it"
                : beside_traced_name
                    ? "; the name beside it was typed with diacritics, the OCR dropped these"
                    : "; the OCR dropped its diacritics") +
               Describe(top.text, word, r.confidence) +
               (found.size() > 1 ? "; next best '" + found[second].text + "'" : "");
  return r;
}

const DiacriticRule::Result& DiacriticRule::Lookup(const std::string& word,
                                                   const Evidence& evidence) const {
  auto it = cache_.find(word);
  if (it == cache_.end()) it = cache_.emplace(word, Restore(word, evidence, false)).first;
  return it->second;
}

const DiacriticRule::Result& DiacriticRule::LookupBesideName(const std::string& word,
                                                             const Evidence& evidence) const {
  auto it = beside_name_cache_.find(word);
  if (it == beside_name_cache_.end()) {
    it = beside_name_cache_.emplace(word, Restore(word, evidence, true)).first;
  }
  return it->second;
}

bool DiacriticRule::SerboCroatianWord(std::string_view chunk, const Evidence& evidence) const {
  const std::string core(SplitWord(chunk).core);
  if (utf8::Length(core) < 2 || !AllLetters(core) || evidence.lexicon.IsName(core)) return false;
  if (evidence.lexicon.IsSerboCroatian(core)) return !evidence.lexicon.IsEnglish(core);
  // A word no dictionary knows that reads as a common Serbo-Croatian word once
  // its hooks are back ("Drzavna zalozba"): two such side by side are one title.
  if (core.size() < 3 || evidence.Known(core) || !Restorable(core)) return false;
  const Result& r = Lookup(core, evidence);
  return !r.reading.empty() && !evidence.lexicon.IsName(r.reading);
}

bool DiacriticRule::InSerboCroatianSpan(const LineEditor& line, size_t i,
                                        const Evidence& evidence) const {
  const auto& tokens = line.tokens();
  for (size_t k = i >= 2 ? i - 2 : 0; k < tokens.size() && k <= i + 2; ++k) {
    if (k != i && SerboCroatianWord(tokens[k].text, evidence)) return true;
  }
  // At a line's edge the title runs on from the line before or to the next.
  if (i == 0 && SerboCroatianWord(line.preceding(), evidence)) return true;
  return i + 1 == tokens.size() && SerboCroatianWord(line.following(), evidence);
}

const std::string& DiacriticRule::DroppedLetters(const std::string& form,
                                                 const Evidence& evidence) const {
  static const std::string kNone;
  if (!dropped_built_) {
    dropped_built_ = true;
    for (const auto* list : {&evidence.lexicon.names(), &evidence.lexicon.english_list(),
                             &evidence.lexicon.serbo_croatian_list()}) {
      for (const std::string& word : *list) {
        std::string ascii;
        for (char c : word) {
          if (static_cast<unsigned char>(c) < 0x80) ascii += c;
        }
        if (ascii.size() == word.size() || ascii.size() < 3) continue;
        auto [it, added] = dropped_.emplace(ascii, word);
        if (!added && it->second != word) it->second.clear();
      }
    }
  }
  auto it = dropped_.find(form);
  return it == dropped_.end() ? kNone : it->second;
}

void DiacriticRule::Apply(LineEditor& line, const Evidence& evidence) const {
  static const Result kNothing;
  if (!learned_) Learn(evidence);
  // "Charg", "Jnos Kadar": the letters the English OCR could not read, left out.
  for (size_t i = 0; i < line.tokens().size(); ++i) {
    if (line.tokens()[i].emendation >= 0) continue;
    const WordParts p = SplitWord(line.tokens()[i].text);
    const std::string core(p.core);
    if (core.size() < 3 || !AllLetters(core) || evidence.Known(core) ||
        !(IsCapitalised(core) || ToLower(core) == core)) {
      continue;
    }
    if (const std::string& word = DroppedLetters(core, evidence); !word.empty()) {
      const Alternative a = Weighed(word, core);
      const double posterior = channel_.Weigh(core, std::span(&a, 1))[0];
      if (posterior <= 0.5) continue;
      line.Propose({i, 1, std::string(p.prefix) + word + std::string(p.suffix),
                    EmendationClass::kDiacritic, posterior,
                    "diacritic: '" + word + "' is a listed word, and '" + core +
                        "' is it without the letters the OCR could not read" +
                        Describe(word, core, posterior)});
    }
  }
  // Capitalised words restored from a misread trace: their neighbours are
  // looked at again below.
  std::vector<bool> traced_name(line.tokens().size(), false);
  for (size_t i = 0; i < line.tokens().size(); ++i) {
    const std::string& text = line.tokens()[i].text;
    WordParts p = SplitWord(text);
    if (p.core.size() < 3) continue;
    // Hyphenated names (Vukmanovi6-Tempo) are restored part by part.
    std::string out;
    std::vector<std::string> notes;
    double confidence = 1;
    bool changed = false;
    bool traced = false;
    // An initial glued to the name ("V.Mi6unovi6") stays as it is.
    const size_t initial =
        p.core.size() > 4 && IsUpper(static_cast<unsigned char>(p.core[0])) && p.core[1] == '.' ? 2
                                                                                                : 0;
    out = std::string(p.core.substr(0, initial));
    const std::string core(p.core.substr(initial));
    size_t start = 0;
    while (start <= core.size()) {
      size_t dash = core.find('-', start);
      if (dash == std::string::npos) dash = core.size();
      std::string part = core.substr(start, dash - start);
      bool candidate = part.size() >= 3 && !evidence.Known(part) && Restorable(part);
      // A name with a lost or kept possessive ending ("Mi6unovi6s", "Popovid's")
      // is restored on its stem; the apostrophe rule sees the ending later.
      std::string ending;
      if (!candidate && part.size() > 4 && part.ends_with("'s")) {
        std::string stem = part.substr(0, part.size() - 2);
        if (!evidence.Known(stem) && Restorable(stem)) {
          candidate = true;
          ending = "'s";
          part = stem;
        }
      }
      if (candidate) {
        const DiacriticRule::Result* found = &Lookup(part, evidence);
        if (found->reading.empty() && ending.empty() && part.size() > 4 && part.back() == 's') {
          const DiacriticRule::Result& stem = Lookup(part.substr(0, part.size() - 1), evidence);
          // Only a misread name takes the ending this way, never a plain word.
          if (!stem.reading.empty() && stem.trace && IsCapitalised(stem.reading)) {
            found = &stem;
            part.pop_back();
            ending = "s";
          }
        }
        // Hooks dropped without a trace: only where the text around is Serbo-Croatian.
        if (!found->reading.empty() && !found->trace && !InSerboCroatianSpan(line, i, evidence)) {
          found = &kNothing;
        }
        if (!found->reading.empty()) {
          part = found->reading;
          confidence = std::min(confidence, found->confidence);
          notes.push_back(found->evidence);
          changed = true;
          traced |= found->trace;
        }
      }
      part += ending;
      out += part;
      if (dash < core.size()) out += '-';
      start = dash + 1;
    }
    if (!changed) continue;
    std::string evidence_text;
    for (const std::string& n : notes) evidence_text += (evidence_text.empty() ? "" : "; ") + n;
    const bool applied = line.Propose({i, 1, std::string(p.prefix) + out + std::string(p.suffix),
                                       EmendationClass::kDiacritic, confidence, evidence_text});
    traced_name[i] = applied && traced && IsCapitalised(out);
  }
  // A name beside a restored one ("Koca Popovid", "Koce Popovida"): no
  // punctuation between them, so they are one name typed at one time.
  for (size_t i = 0; i < line.tokens().size(); ++i) {
    const Token& token = line.tokens()[i];
    if (token.emendation >= 0) continue;
    const WordParts p = SplitWord(token.text);
    const bool after = i > 0 && traced_name[i - 1] && p.prefix.empty() &&
                       SplitWord(line.tokens()[i - 1].text).suffix.empty();
    const bool before = i + 1 < line.tokens().size() && traced_name[i + 1] && p.suffix.empty() &&
                        SplitWord(line.tokens()[i + 1].text).prefix.empty();
    if ((!after && !before) || !IsCapitalised(p.core) || !Restorable(p.core)) continue;
    const Result& r = LookupBesideName(std::string(p.core), evidence);
    if (r.reading.empty()) continue;
    line.Propose({i, 1, std::string(p.prefix) + r.reading + std::string(p.suffix),
                  EmendationClass::kDiacritic, r.confidence, r.evidence});
  }
}

}  // namespace emend::correct
