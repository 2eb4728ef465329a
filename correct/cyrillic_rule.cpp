#include "correct/cyrillic_rule.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

#include "core/utf8.hpp"
#include "correct/cyrillic_channel.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

// How often the document must use a word as a label before a number for a
// worse-garbled chunk in a label's place to be read as it.
constexpr int kLabelUses = 5;
// Letters from which a word in a Cyrillic citation may keep two unexplained.
constexpr size_t kLongWord = 9;
// The most chunks such a label may come in, and the letters the look-alike
// model may leave unexplained there.
constexpr size_t kMaxSlotChunks = 4;
constexpr int kMaxSlotCost = 3;

// The most chunks a letter-spaced word may come in.
constexpr size_t kMaxSpaced = 14;

using utf8::HasCyrillic;

bool IsNumber(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool StartsWithDigit(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

}  // namespace

CyrillicRule::CyrillicRule(const Lexicon& lexicon, const NoisyChannel& channel)
    : channel_(channel) {
  auto starts = [](const std::u32string& lower, size_t k) {
    std::u32string out;
    if (k >= lower.size()) return out;
    if (const auto* readings = LookAlikesOf(lower[k])) {
      for (const std::u32string& r : *readings) out += r[0];
    }
    return out;
  };
  for (const std::string& word : lexicon.russian_list()) {
    std::u32string lower = LowerCase(utf8::Decode(word));
    std::u32string first = starts(lower, 0), second = starts(lower, 1);
    targets_.push_back({word, std::move(lower), std::move(first), std::move(second)});
  }
  std::sort(targets_.begin(), targets_.end(),
            [](const Target& a, const Target& b) { return a.word < b.word; });
}

CyrillicRule::Match CyrillicRule::Best(std::string_view latin_text, int max_cost) const {
  std::string key = std::string(latin_text) + "#" + std::to_string(max_cost);
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  const std::u32string latin = LowerCase(utf8::Decode(latin_text));
  Match best{"", max_cost + 1, true};
  for (const Target& t : targets_) {
    const long diff = static_cast<long>(latin.size()) - static_cast<long>(t.lower.size());
    if (diff > static_cast<long>(t.lower.size()) || diff < -max_cost) continue;
    // The start must fit: read as the first letter, or (one edit) as the
    // second with the first lost, or one character later.
    if (latin.size() >= 2 && t.lower.size() >= 2) {
      auto fits = [](const std::u32string& set, char32_t c) {
        return set.find(c) != std::u32string::npos;
      };
      const bool start = fits(t.first_starts, latin[0]);
      const bool one_edit = fits(t.second_starts, latin[0]) || fits(t.first_starts, latin[1]) ||
                            fits(t.second_starts, latin[1]);
      if (!start && !(max_cost >= 1 && one_edit)) continue;
    }
    const int cost = Align(latin, t.lower, max_cost);
    if (cost < best.cost) {
      best = {t.word, cost, true};
    } else if (cost == best.cost && !best.word.empty() && ToLower(t.word) != ToLower(best.word)) {
      best.unique = false;
    }
  }
  if (best.cost > max_cost) best.word.clear();
  cache_.emplace(std::move(key), best);
  return best;
}

void CyrillicRule::Learn(const Evidence& evidence) const {
  learned_ = true;
  for (const auto& [form, count] : evidence.document.forms()) {
    if (utf8::Length(form) < 4 || HasCyrillic(form) || evidence.Known(form)) continue;
    // Letter for letter, or (six letters or more) with one letter the table
    // does not explain: the rate of such letters is learned too.
    Match m = Best(form, 0);
    if (m.word.empty() && utf8::Length(form) >= 6) m = Best(form, 1);
    if (m.word.empty() || !m.unique) continue;
    const std::u32string word = LowerCase(utf8::Decode(m.word));
    letters_.Observe(LowerCase(utf8::Decode(form)), word, count);
    uses_[utf8::Encode(word)] += count;
    learned_from_[form] = utf8::Encode(word);
  }
}

double CyrillicRule::Weigh(const std::string& latin, const Match& m, bool in_citation,
                           std::string* how) const {
  const std::u32string lower = LowerCase(utf8::Decode(latin));
  std::vector<Alternative> alternatives;
  std::vector<std::string> lowers;
  auto add = [&](const std::string& word, const std::u32string& word_lower) {
    const std::string key = utf8::Encode(word_lower);
    if (std::find(lowers.begin(), lowers.end(), key) != lowers.end()) return;
    auto it = uses_.find(key);
    int uses = it == uses_.end() ? 0 : it->second;
    if (auto from = learned_from_.find(latin); from != learned_from_.end() && from->second == key) {
      --uses;
    }
    lowers.push_back(key);
    alternatives.push_back(
        {word, letters_.LogProbability(lower, word_lower), std::max(0, uses), targets_.size()});
  };
  // The match first (an initial's twin is no listed word), then every listed
  // word within one letter more.
  add(m.word, LowerCase(utf8::Decode(m.word)));
  for (const Target& t : targets_) {
    if (Align(lower, t.lower, m.cost + 1) <= m.cost + 1) add(t.word, t.lower);
  }
  const std::vector<double> posterior = channel_.Weigh(latin, alternatives, !in_citation);
  const double confidence = Confidence(posterior, 0);
  char p[64];
  std::snprintf(p, sizeof p, "%.2f", confidence);
  *how = "; the document writes it " + std::to_string(alternatives[0].uses) +
         " other time(s); P = " + p + " of " + std::to_string(alternatives.size()) +
         (in_citation ? " reading(s) in a Russian citation" : " reading(s) and the chunk kept");
  size_t second = 0;
  for (size_t k = 1; k < alternatives.size(); ++k) {
    if (second == 0 || posterior[k] > posterior[second]) second = k;
  }
  if (second > 0) {
    std::snprintf(p, sizeof p, "%.2f", posterior[second]);
    *how += "; next best '" + alternatives[second].reading + "', P = " + p;
  }
  return confidence;
}

std::vector<std::string> CyrillicRule::NextLabels(const DocumentStats& document,
                                                  const std::string& previous) const {
  if (!labels_learnt_) {
    labels_learnt_ = true;
    for (size_t k = 0; k < document.lines().size(); ++k) {
      if (document.lines()[k].find_first_of("0123456789") == std::string::npos) continue;
      const std::vector<Token>& tokens = document.chunks()[k];
      std::string last;
      for (size_t i = 0; i + 1 < tokens.size(); ++i) {
        // The chunk as read, look-alike glyphs included ("<t>OHfl", "P<J>").
        std::string_view core = tokens[i].text;
        while (!core.empty() &&
               std::string_view(",.;:").find(core.back()) != std::string_view::npos) {
          core.remove_suffix(1);
        }
        const size_t length = utf8::Length(core);
        const auto letters =
            std::count_if(core.begin(), core.end(), [](char c) { return std::isalpha(c) != 0; });
        if (length < 2 || length > 12 || letters < 2 ||
            core.find_first_of("0123456789") != std::string_view::npos) {
          continue;
        }
        // An archive's abbreviation (PrAHM, "ABn, P<t>") read without a doubt.
        if (std::isupper(static_cast<unsigned char>(core[0]))) {
          const Match m = Best(core, 0);
          if (!m.word.empty() && m.unique && AllUpper(m.word)) {
            last = m.word;
            continue;
          }
        }
        if (length < 4 || !StartsWithDigit(tokens[i + 1].text)) continue;
        const Match m = Best(core, 1);
        if (m.word.empty() || !m.unique || AllUpper(m.word)) continue;
        if (!last.empty()) ++next_labels_[last][m.word];
        last = m.word;
      }
    }
  }
  std::vector<std::string> next;
  if (auto it = next_labels_.find(previous); it != next_labels_.end()) {
    for (const auto& [label, n] : it->second) {
      if (n >= kLabelUses) next.push_back(label);
    }
  }
  std::sort(next.begin(), next.end());
  return next;
}

void CyrillicRule::Apply(LineEditor& line, const Evidence& evidence) const {
  if (targets_.empty()) return;
  if (!learned_) Learn(evidence);
  bool cyrillic_on_line = HasCyrillic(line.original());
  // Two passes: the second may take dictionary words once the line has Cyrillic.
  for (int pass = 0; pass < 2; ++pass) {
    // A line with no Cyrillic after the first pass had nothing proposed in
    // it: the second would read it the same way.
    if (pass == 1 && !cyrillic_on_line) break;
    // The chunks' lengths and digits, measured once for the line and again
    // only after a proposal has changed its chunks.
    std::vector<size_t> chunk_lengths;
    std::vector<bool> chunk_digits;
    auto measure = [&] {
      chunk_lengths.clear();
      chunk_digits.clear();
      for (const Token& token : line.tokens()) {
        chunk_lengths.push_back(utf8::Length(token.text));
        chunk_digits.push_back(token.text.find_first_of("0123456789") != std::string::npos);
      }
    };
    measure();
    for (size_t i = 0; i < line.tokens().size(); ++i) {
      // The lengths and digits of the runs from i.
      const size_t most = std::min(kMaxSpaced, line.tokens().size() - i);
      std::vector<size_t> lengths(chunk_lengths.begin() + static_cast<long>(i),
                                  chunk_lengths.begin() + static_cast<long>(i + most));
      std::vector<bool> digits_in(chunk_digits.begin() + static_cast<long>(i),
                                  chunk_digits.begin() + static_cast<long>(i + most));
      // An opening bracket is not a letter of a spaced run ("(M ockbs").
      if (const std::string& t = line.tokens()[i].text;
          lengths[0] > 1 && (t[0] == '(' || t[0] == '[')) {
        --lengths[0];
      }
      // Longest run first: letter-spaced words ("O o h a", "B o c n o M U H a H u n")
      // come as several chunks; a run of more than five is single letters only.
      for (size_t count = most; count >= 1; --count) {
        if (count > 1) {
          // The cheap tests of a spaced run below, before any string is built;
          // a run of two chunks needs a letter standing alone ("M ockbs",
          // "eH M"), not two short words ("of the").
          const size_t longest = count > 5 ? 1 : count == 2 ? 8 : 5;
          bool fits = true;
          size_t shortest = 100;
          for (size_t k = 0; k < count && fits; ++k) {
            fits = lengths[k] <= longest && !digits_in[k];
            shortest = std::min(shortest, lengths[k]);
          }
          if (!fits || shortest > 2 || (count == 2 && shortest > 1)) continue;
        }
        std::string latin;
        bool ok = true;
        size_t shortest = 100;
        for (size_t k = i; k < i + count && ok; ++k) {
          const std::string& t = line.tokens()[k].text;
          if (line.tokens()[k].emendation >= 0 && HasCyrillic(t)) ok = false;
          // Numbers are the references' own (Фонд 2), never part of a spaced word.
          const size_t longest = count > 5 ? 1 : count == 2 ? 8 : 5;
          if (count > 1 && (lengths[k - i] > longest || digits_in[k - i])) ok = false;
          shortest = std::min(shortest, lengths[k - i]);
          latin += t;
        }
        // A spaced run has a letter or two standing alone ("P o jim k").
        if (!ok || (count > 1 && shortest > 2)) continue;
        // Trailing punctuation stays as it is; so does an opening bracket
        // unless it is part of the letter ("(D o h a" is Фонд).
        size_t keep = latin.size();
        while (keep > 0 &&
               std::string_view(",.;:)]").find(latin[keep - 1]) != std::string_view::npos) {
          --keep;
        }
        std::string suffix = latin.substr(keep);
        latin.resize(keep);
        if (count == 1) {
          // A volume number after a full stop ("Kh.3", "Kh.3,146") stays glued as it is.
          const size_t dot = latin.find('.');
          if (dot != std::string::npos && dot >= 2 && dot + 1 < latin.size() &&
              StartsWithDigit(latin.substr(dot + 1))) {
            suffix = latin.substr(dot) + suffix;
            latin.resize(dot);
          }
          // A number glued to the word ("PonnK6228"): the word is converted and
          // the space the OCR lost is put back.
          size_t digits = latin.size();
          while (digits > 0 && latin[digits - 1] >= '0' && latin[digits - 1] <= '9') --digits;
          if (digits > 0 && digits < latin.size() && digits + 2 <= latin.size()) {
            suffix = " " + latin.substr(digits) + suffix;
            latin.resize(digits);
          }
        }
        const std::string_view core = SplitWord(latin).core;
        if (core.empty() || HasCyrillic(latin) || IsNumber(core)) continue;
        const bool known = count == 1 && evidence.Known(core);
        const size_t length = utf8::Length(latin);
        // Two letters only for an abbreviation right after Cyrillic ("АВП PO"),
        // or one numbered like a volume ("Kh.3", "Kh. 4") in a citation that
        // has Cyrillic.
        const bool after_cyrillic =
            i > 0 && line.tokens()[i - 1].emendation >= 0 && HasCyrillic(line.tokens()[i - 1].text);
        const bool numbered =
            count == 1 && cyrillic_on_line &&
            (suffix.starts_with(".") ? suffix == "." || StartsWithDigit(suffix.substr(1))
                                     : suffix.empty()) &&
            (suffix.size() > 1 ||
             (i + 1 < line.tokens().size() && (StartsWithDigit(line.tokens()[i + 1].text) ||
                                               line.tokens()[i + 1].text.starts_with("."))));
        if (length < 2 || (length == 2 && !after_cyrillic && !numbered)) continue;
        if (known && !(pass == 1 && cyrillic_on_line)) continue;
        // A dictionary word must be followed by a number, as archival references
        // are, or be a capitals abbreviation right after Cyrillic ("АВП, PO").
        if (known && !(after_cyrillic && length == 2 && AllUpper(latin)) &&
            (i + 1 >= line.tokens().size() || !StartsWithDigit(line.tokens()[i + 1].text))) {
          continue;
        }
        // A long word no dictionary knows, in a citation that has Cyrillic,
        // may keep two letters unexplained ("BocnoMUHamm").
        const int max_cost = length >= kLongWord && cyrillic_on_line && !known ? 2
                             : length >= 4                                     ? 1
                                                                               : 0;
        std::string prefix;
        Match m;
        const bool bracketed = (latin[0] == '(' || latin[0] == '[') && length >= 4;
        if (count == 1 && bracketed) {
          m = Best(latin.substr(1), max_cost);
          if (!m.word.empty()) prefix = latin.substr(0, 1);
        }
        if (m.word.empty()) m = Best(latin, max_cost);
        // A spaced run in brackets ("(M ockbs:"): the bracket stays unless it
        // explains a letter better ("(D o h a" is Фонд).
        if (count > 1 && bracketed) {
          const Match inside = Best(latin.substr(1), max_cost);
          if (!inside.word.empty() && (m.word.empty() || inside.cost < m.cost)) {
            m = inside;
            prefix = latin.substr(0, 1);
          }
        }
        if (m.word.empty()) continue;
        // An abbreviation (РФ, РГАНИ) is typed in capitals: its Latin reading has some.
        if (AllUpper(m.word) && ToLower(latin) == latin) continue;
        if (length == 2 && ((!AllUpper(m.word) && !numbered) || m.cost > 0)) continue;
        // A letter-spaced run must be explained letter for letter, unless it is
        // a long word in a citation that has Cyrillic already.
        // So may one of six letters or more right before a Cyrillic word
        // ("M ockbs: Московские").
        const bool cyrillic_next =
            i + count < line.tokens().size() && HasCyrillic(line.tokens()[i + count].text);
        if (count > 1 && m.cost > 0 &&
            !(cyrillic_on_line && (length >= 8 || (length >= 6 && cyrillic_next)))) {
          continue;
        }
        std::string how;
        const double confidence = Weigh(prefix.empty() ? latin : latin.substr(1), m,
                                        cyrillic_on_line || after_cyrillic, &how);
        std::string reading = prefix + m.word;
        // Archival terms and title words stand capitalised in the citations.
        if (!AllUpper(m.word)) reading = prefix + Capitalise(m.word);
        // "Kh .3": the volume number belongs to the abbreviation ("Кн.3").
        size_t span = count;
        if (numbered && suffix.empty() && i + 1 < line.tokens().size() &&
            line.tokens()[i + 1].text.size() > 1 && line.tokens()[i + 1].text[0] == '.' &&
            StartsWithDigit(line.tokens()[i + 1].text.substr(1))) {
          suffix = line.tokens()[i + 1].text;
          span = 2;
        }
        const bool applied =
            line.Propose({i, span, reading + suffix, EmendationClass::kCyrillic, confidence,
                          "cyrillic: '" + latin + "' is how the typescript's '" + m.word +
                              "' reads to an English engine (" + std::to_string(m.cost) +
                              " letter(s) unexplained)" + how});
        // "ABn, P<t>": a two-letter abbreviation after an archive's one and a
        // comma is its second part (АВП РФ, the Foreign Policy Archive of the
        // Russian Federation); the comma is the OCR's.
        if (applied && utf8::Length(m.word) == 2 && after_cyrillic && AllUpper(m.word)) {
          const std::string& before = line.tokens()[i - 1].text;
          const std::string_view core = SplitWord(before).core;
          if (before.size() > core.size() && before.back() == ',' &&
              before.size() == core.size() + 1 && utf8::Length(core) >= 3 &&
              AllUpper(std::string(core))) {
            line.Propose({i - 1, 2, std::string(core) + " " + line.tokens()[i].text,
                          EmendationClass::kCyrillic, confidence,
                          "cyrillic: '" + std::string(core) + " " + m.word +
                              "' is one archive's abbreviation; the comma between is the OCR's"});
          }
        }
        cyrillic_on_line = true;
        measure();
        break;
      }
    }
  }
  if (cyrillic_on_line) {
    ApplyLabelSlots(line, evidence);
    ApplyInCitation(line);
  }
}

void CyrillicRule::ApplyLabelSlots(LineEditor& line, const Evidence& evidence) const {
  for (size_t i = 1; i < line.tokens().size(); ++i) {
    const auto& tokens = line.tokens();
    // The label before: an archive's abbreviation right before ("РГАНИ,"),
    // or a label and its number ("Фонд 0144,").
    auto cyrillic_word = [&](size_t k) {
      return tokens[k].emendation >= 0 && HasCyrillic(tokens[k].text)
                 ? std::string(SplitWord(tokens[k].text).core)
                 : std::string();
    };
    std::string previous = cyrillic_word(i - 1);
    if (!previous.empty() && !AllUpper(previous)) previous.clear();
    // An abbreviation in two parts ("АВП РФ," once its comma went): its last.
    if (const size_t space = previous.rfind(' '); space != std::string::npos) {
      previous.erase(0, space + 1);
    }
    if (previous.empty() && i >= 2 && StartsWithDigit(tokens[i - 1].text))
      previous = cyrillic_word(i - 2);
    if (previous.empty()) continue;
    // The slot: one to four short chunks the OCR left Latin, ending before a
    // number or with one glued on ("Oo h a2,", "4>oha 2", "(pO Hfl 0144").
    std::string latin, number, suffix;
    size_t count = 0;
    for (size_t k = i; k < tokens.size() && k < i + kMaxSlotChunks; ++k) {
      std::string t = tokens[k].text;
      // A digit may open the first chunk as a look-alike ("4>oha": Ф), not a
      // number ("2,").
      if (tokens[k].emendation >= 0 || HasCyrillic(t) ||
          (StartsWithDigit(t) &&
           (k > i || t.find_first_not_of("0123456789,.;:") == std::string::npos))) {
        break;
      }
      size_t keep = t.size();
      while (keep > 0 && std::string_view(",.;:").find(t[keep - 1]) != std::string_view::npos)
        --keep;
      size_t digits = keep;
      while (digits > 0 && t[digits - 1] >= '0' && t[digits - 1] <= '9') --digits;
      if (digits == 0) break;
      const bool glued = digits < keep;
      if (!glued && keep < t.size()) break;  // punctuation inside the slot
      latin += t.substr(0, digits);
      ++count;
      if (glued) {
        number = t.substr(digits, keep - digits);
        suffix = t.substr(keep);
        break;
      }
      if (k + 1 < tokens.size() && StartsWithDigit(tokens[k + 1].text)) break;
    }
    if (count == 0 || (number.empty() &&
                       (i + count >= tokens.size() || !StartsWithDigit(tokens[i + count].text)))) {
      continue;
    }
    const size_t length = utf8::Length(latin);
    if (length < 3 || length > 12 || (count == 1 && evidence.Known(SplitWord(latin).core)))
      continue;
    // The order predicts the word; the look-alike model need only explain
    // about half its letters. The labels that fit are weighed by the channel
    // and by how often the document's citations put each here; the slot
    // stands in a Russian citation, so the chunk kept as Latin is no reading.
    const std::u32string latin_lower = LowerCase(utf8::Decode(latin));
    std::vector<Alternative> alternatives;
    std::vector<int> costs;
    for (const std::string& label : NextLabels(evidence.document, previous)) {
      const std::u32string lower = LowerCase(utf8::Decode(label));
      const int cost = Align(latin_lower, lower, kMaxSlotCost);
      if (cost > kMaxSlotCost || static_cast<size_t>(2 * cost) > utf8::Length(label) + 1) continue;
      alternatives.push_back({label, letters_.LogProbability(latin_lower, lower),
                              next_labels_[previous][label], targets_.size()});
      costs.push_back(cost);
    }
    if (alternatives.empty()) continue;
    const std::vector<double> posterior = channel_.Weigh(latin, alternatives, false);
    size_t best = 0;
    for (size_t k = 1; k < alternatives.size(); ++k) {
      if (posterior[k] > posterior[best]) best = k;
    }
    const double confidence = Confidence(posterior, best);
    const std::string& word = alternatives[best].reading;
    char p[16];
    std::snprintf(p, sizeof p, "%.2f", confidence);
    line.Propose({i, count, Capitalise(word) + (number.empty() ? "" : " " + number) + suffix,
                  EmendationClass::kCyrillic, confidence,
                  "cyrillic: the document's citations put '" + word + "' after '" + previous +
                      "' " + std::to_string(alternatives[best].uses) + " times, and '" + latin +
                      "' is close to how it reads to an English engine (" +
                      std::to_string(costs[best]) + " letter(s) unexplained); P = " + p + " of " +
                      std::to_string(alternatives.size()) + " label(s) that fit"});
  }
}

void CyrillicRule::ApplyInCitation(LineEditor& line) const {
  auto cyrillic_at = [&](size_t k) {
    return k < line.tokens().size() && HasCyrillic(line.tokens()[k].text);
  };
  // Words joined by a colon ("BocnoMUHaHun:Bpeiun"): each part on its own.
  for (size_t i = 0; i < line.tokens().size(); ++i) {
    const std::string& text = line.tokens()[i].text;
    const WordParts p = SplitWord(text);
    const size_t colon = p.core.find(':');
    if (colon == std::string_view::npos || HasCyrillic(text)) continue;
    std::string out(p.prefix);
    bool changed = false;
    double confidence = 1;
    std::string how;
    size_t start = 0;
    const std::string core(p.core);
    while (start <= core.size()) {
      size_t end = core.find(':', start);
      if (end == std::string::npos) end = core.size();
      const std::string part = core.substr(start, end - start);
      const Match m = utf8::Length(part) >= 4 ? Best(part, 1) : Match{};
      if (!m.word.empty() && !AllUpper(m.word) && ToLower(part) != part) {
        out += Capitalise(m.word);
        changed = true;
        std::string part_how;
        confidence = std::min(confidence, Weigh(part, m, true, &part_how));
        how += "; '" + part + "' as '" + m.word + "'" + part_how;
      } else {
        out += part;
      }
      if (end < core.size()) out += ':';
      start = end + 1;
    }
    if (!changed) continue;
    out += p.suffix;
    line.Propose(
        {i, 1, out, EmendationClass::kCyrillic, confidence,
         "cyrillic: the parts of '" + std::string(p.core) +
             "' are Latin look-alikes of listed Russian words, in a citation with Cyrillic" + how});
  }
  // Initials follow the citation's script: "H. C. Хрущев" and "Хрущев, H. C.,"
  // are Н. С.: capitals with a Cyrillic twin, each with its full stop, next
  // to a Cyrillic word.
  static const std::string_view kTwins = "ABCEHKMOPTX";
  static const std::vector<std::string> kCyrillicTwins = {"А", "В", "С", "Е", "Н", "К",
                                                          "М", "О", "Р", "Т", "Х"};
  auto initial = [&](size_t k) {
    const std::string& t = line.tokens()[k].text;
    if (t.size() < 1 || kTwins.find(t[0]) == std::string_view::npos) return false;
    if (t.size() == 1)
      return k + 1 < line.tokens().size() && line.tokens()[k + 1].text.starts_with(".");
    return t[1] == '.' && t.find_first_not_of(".,;", 1) == std::string::npos;
  };
  auto stop = [&](size_t k) {
    return line.tokens()[k].text.find_first_not_of(".,;") == std::string::npos;
  };
  for (size_t i = 0; i < line.tokens().size();) {
    if (!initial(i)) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < line.tokens().size() && (initial(end) || (end > i && stop(end)))) ++end;
    const bool beside = (i > 0 && cyrillic_at(i - 1)) || cyrillic_at(end);
    if (beside) {
      for (size_t k = i; k < end; ++k) {
        if (!initial(k)) continue;
        const std::string& t = line.tokens()[k].text;
        const std::string twin = kCyrillicTwins[kTwins.find(t[0])];
        std::string how;
        const double confidence = Weigh(t.substr(0, 1), Match{twin, 0, true}, true, &how);
        line.Propose({k, 1, twin + t.substr(1), EmendationClass::kCyrillic, confidence,
                      "cyrillic: an initial beside a Cyrillic name is typed in Cyrillic" + how});
      }
    }
    i = end;
  }
  // A one-letter Russian word between Cyrillic and a number or Cyrillic
  // ("Кн.3 m 4" is "Кн.3 и 4").
  for (size_t i = 1; i + 1 < line.tokens().size(); ++i) {
    const std::string& t = line.tokens()[i].text;
    if (t.size() != 1 || !cyrillic_at(i - 1)) continue;
    if (!cyrillic_at(i + 1) && !StartsWithDigit(line.tokens()[i + 1].text)) continue;
    const Match m = Best(t, 0);
    if (m.word.empty() || utf8::Length(m.word) != 1) continue;
    std::string how;
    const double confidence = Weigh(t, m, true, &how);
    line.Propose({i, 1, m.word, EmendationClass::kCyrillic, confidence,
                  "cyrillic: '" + t + "' between Cyrillic and a number reads as the Russian '" +
                      m.word + "'" + how});
  }
}

}  // namespace emend::correct
