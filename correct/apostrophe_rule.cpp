#include "correct/apostrophe_rule.hpp"

#include <cstdio>
#include <unordered_set>

#include "core/utf8.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

bool PlainShape(std::string_view s) { return IsCapitalised(s) || AllUpper(s) || ToLower(s) == s; }

// The word after the possessive: what follows a possessive is a noun phrase.
struct Next {
  std::string_view core;
  bool exists = false;
  bool separated = false;  // sentence punctuation between (a comma, a full stop)
  bool adjacent = false;   // no punctuation at all between
};

// A valid plural is read as a singular possessive when the document uses
// the singular at least this often, and this many times as often as the plural.
constexpr int kMinSingularUses = 20;
constexpr int kSingularRatio = 5;
// ... and the plural form at least this often, two in five of them before a content word.
constexpr int kMinPluralUses = 3;
// Uses of a plural, all before one word, that make it a fixed possessive phrase.
constexpr int kMinFixedPhrase = 3;
// Uses of a word that may be an adjective before its own usage shows a noun.
constexpr int kMinNounUses = 10;

// Verbs that take two objects, in their forms ("gave the Soviets
// assurances"), lower case.
bool IsVerbOfGiving(std::string_view word) {
  static const std::unordered_set<std::string_view> kWords = {
      "give",     "gives",     "gave",   "given",   "giving",   "offer",   "offers",  "offered",
      "offering", "grant",     "grants", "granted", "granting", "send",    "sends",   "sent",
      "sending",  "show",      "shows",  "showed",  "shown",    "showing", "tell",    "tells",
      "told",     "telling",   "deny",   "denies",  "denied",   "denying", "promise", "promises",
      "promised", "promising", "lend",   "lends",   "lent",     "lending", "owe",     "owes",
      "owed",     "owing",     "hand",   "handed",  "bring",    "brings",  "brought", "bringing"};
  return kWords.count(word) > 0;
}

// Endings of singular nouns that look plural ("a means", "a crisis", "a series").
bool SingularLooksPlural(std::string_view word) {
  for (std::string_view end : {"ss", "us", "is", "ics", "ews", "eans", "ies", "ws"}) {
    if (word.ends_with(end)) return true;
  }
  return false;
}

// Determiners that open a second object ("offer the Soviets any
// concessions"): no evidence of a possessive before them.
bool IsQuantifier(std::string_view word) {
  static const std::unordered_set<std::string> words = {
      "any",  "some", "every", "each", "all", "both",    "either", "neither", "such", "enough",
      "much", "many", "more",  "less", "few", "several", "no",     "another", "same", "certain"};
  return words.count(ToLower(word)) > 0;
}

// Nouns that open an adverbial of time ("threats day after day").
bool IsTimeNoun(std::string_view word) {
  static const std::unordered_set<std::string> words = {"day",   "week",    "month",   "year",
                                                        "night", "morning", "evening", "time"};
  return words.count(ToLower(word)) > 0;
}

}  // namespace

void ApostropheRule::Apply(LineEditor& line, const Evidence& evidence) const {
  const auto& tokens = line.tokens();
  // A verb's past form, regular or irregular ("drew": WordNet has a noun
  // spelt so too).
  auto past_form = [&](std::string_view word) {
    return word.ends_with("ed") || evidence.word_classes.IsIrregularVerbForm(word);
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    WordParts p = SplitWord(tokens[i].text);
    // Two words joined by a colon the OCR closed up ("Tito:Yugoslavias Great
    // Dictator"): the second is read on its own.
    if (const size_t colon = p.core.rfind(':');
        colon != std::string_view::npos && colon > 0 && colon + 1 < p.core.size()) {
      const std::string_view text = tokens[i].text;
      p.prefix = text.substr(0, p.prefix.size() + colon + 1);
      p.core = p.core.substr(colon + 1);
    }
    // A name joined by a hyphen to what comes before it ("LCY CC-Titos
    // address"), in a form no dictionary knows: the name is read on its own
    // ("Soviet-Yugoslavs relations" is no possessive).
    if (const size_t dash = p.core.rfind('-');
        dash != std::string_view::npos && dash > 0 && dash + 5 <= p.core.size() &&
        IsUpper(static_cast<unsigned char>(p.core[dash + 1])) &&
        !evidence.Known(p.core.substr(dash + 1))) {
      const std::string_view text = tokens[i].text;
      p.prefix = text.substr(0, p.prefix.size() + dash + 1);
      p.core = p.core.substr(dash + 1);
    }
    const std::string_view w = p.core;
    // Contractions: "wasnt" -> "wasn't", where "wasn't" is a word and "wasnt" not.
    if (w.size() >= 4 && w.ends_with("nt") && AllLetters(w) && !evidence.Known(w)) {
      const std::string contracted = std::string(w.substr(0, w.size() - 1)) + "'t";
      if (evidence.lexicon.IsEnglish(contracted)) {
        line.Propose({i, 1, std::string(p.prefix) + contracted + std::string(p.suffix),
                      EmendationClass::kApostrophe, 0.9,
                      "apostrophe: '" + contracted + "' is a contraction, '" + std::string(w) +
                          "' no word"});
        continue;
      }
    }
    if (w.size() < 4 || w.back() != 's' || !AllLetters(w)) continue;
    if (p.suffix.find('\'') != std::string_view::npos) continue;
    std::string stem(w.substr(0, w.size() - 1));
    if (stem.back() == 's' || stem.back() == '\'' || !PlainShape(stem)) continue;
    if (AllUpper(stem) && utf8::Length(stem) < 4) continue;  // MPs, CCs: plurals
    Next next;
    const std::string& after = i + 1 < tokens.size() ? tokens[i + 1].text : line.following();
    if (!after.empty()) {
      WordParts n = SplitWord(after);
      next.core = n.core;
      next.exists = true;
      // Brackets and quotes do not end the noun phrase; sentence punctuation does.
      next.separated = p.suffix.find_first_of(",.;:!?") != std::string_view::npos;
      // A closing bracket of an insertion does not part them either ("[the
      // Soviet leaderships] position").
      next.adjacent = (p.suffix.empty() || p.suffix == "]") && n.prefix.empty();
    }
    const bool next_is_function = next.exists && WordClasses::IsFunctionWord(next.core);

    // A listed name with an s that a dictionary knows only as a common noun's
    // plural ("Murphys": murphy, a potato) is a name's possessive, unless the
    // form is itself a listed name ("Roberts") or the document writes the
    // common noun.
    const bool name_with_s =
        IsCapitalised(w) && evidence.lexicon.IsName(stem) && !evidence.lexicon.IsName(w) &&
        evidence.document.Count(ToLower(stem)) == 0 && evidence.document.Count(ToLower(w)) == 0;
    if (!evidence.Known(w) || name_with_s) {
      // A form no dictionary has, on a stem the dictionaries or the document have.
      const bool stem_known =
          evidence.lexicon.IsEnglish(stem) || evidence.lexicon.IsName(stem) ||
          (evidence.document.Count(stem) >= 3 && (IsCapitalised(stem) || AllUpper(stem)));
      if (!stem_known) continue;
      // Weighed by the words on either side: a possessive or a plural
      // (a name's, or a word the dictionaries lack)? "Titos letter" is
      // Tito's; "the two Germanys." a plural.
      const std::string_view before =
          i > 0 ? std::string_view(tokens[i - 1].text) : std::string_view(line.preceding());
      const std::string_view after_second = i + 2 < tokens.size()    ? tokens[i + 2].text
                                            : i + 2 == tokens.size() ? line.following()
                                                                     : line.following_second();
      const LeftContext left = context_.ClassifyLeft(before);
      const RightContext right =
          context_.ClassifyRight(p.suffix, after, after_second, i + 1 == tokens.size());
      const bool capitalised = IsCapitalised(stem) || AllUpper(stem);
      const double confidence = context_.Posterior(capitalised, left, right, context_.Doubtful(w));
      char posterior[16];
      std::snprintf(posterior, sizeof posterior, "%.2f", confidence);
      line.Propose({i, 1, std::string(p.prefix) + stem + "'s" + std::string(p.suffix),
                    EmendationClass::kApostrophe, confidence,
                    "apostrophe: '" + std::string(w) + "' is no word, '" + stem + "' is" +
                        (name_with_s ? " a name, which takes no plural" : "") + "; " +
                        std::string(Describe(left)) + ", " + std::string(Describe(right)) +
                        ", P(possessive) = " + posterior});
      continue;
    }
    // "countries", "parties": the singular ends in y.
    if (w.ends_with("ies") && !evidence.lexicon.IsEnglish(stem)) {
      stem = std::string(w.substr(0, w.size() - 3)) + "y";
    }
    // A valid plural: only with a possessive of it seen in clean text, or a
    // stem the document uses mostly in the singular (the OCR drops nearly
    // every apostrophe, so "leaderships" before a noun is "leadership's"), and
    // a noun right after it. The plural possessive ("workers'") wins when
    // seen, or when a plural word stands before ("both governments' aims").
    const bool plural_seen = evidence.document.SeenPluralPossessive(w);
    const bool next_lower_noun = !next.core.empty() && ToLower(next.core) == next.core &&
                                 !evidence.word_classes.CanBeAdjective(next.core);
    const bool plural_before = i > 0 && IsPluralMarker(SplitWord(tokens[i - 1].text).core) &&
                               SplitWord(tokens[i - 1].text).suffix.empty() && next_lower_noun;
    // After the same word the document mostly has the plural ("Western
    // powers", "his colleagues"): a possessive there is the plural's.
    const std::string_view before_core =
        i > 0 ? SplitWord(tokens[i - 1].text).core : std::string_view();
    const bool plural_in_context = !before_core.empty() &&
                                   SplitWord(tokens[i - 1].text).suffix.empty() &&
                                   evidence.document.CountPair(before_core, w) - 1 >
                                       evidence.document.CountPair(before_core, stem);
    // The document's own usage: the singular dominates, and the plural form
    // mostly stands right before a content word, where only a possessive fits.
    const int singular_uses = evidence.document.Count(stem);
    const int plural_uses = evidence.document.Count(w);
    const bool mostly_singular =
        next_lower_noun && evidence.word_classes.CanBeNoun(ToLower(stem)) &&
        singular_uses >= kMinSingularUses && singular_uses >= kSingularRatio * plural_uses &&
        plural_uses >= kMinPluralUses &&
        5 * evidence.document.CountBeforeContentWord(w) >= 2 * plural_uses;
    // A noun phrase follows that no verb starts: an adjective that is no
    // verb, then a noun that is none either ("Ministers angry telegram",
    // "Ambassadors huge success"). After a plural subject a verb would stand
    // there, so only a possessive fits; the singular being the commoner form
    // in the document is enough evidence then.
    const bool adjective_then_noun = [&] {
      if (!next.adjacent || ToLower(next.core) != next.core || past_form(next.core) ||
          !evidence.word_classes.CanBeAdjective(next.core) ||
          evidence.word_classes.CanBeVerb(next.core) || WordClasses::IsFunctionWord(next.core) ||
          IsQuantifier(next.core) || IsTimeNoun(stem)) {
        return false;
      }
      // The phrase may run on to the next line ("Soviet leaderships foreign /
      // policy", "Yugoslav leaderships / clear intention").
      const std::string& adjective_text =
          i + 1 < tokens.size() ? tokens[i + 1].text : line.following();
      const std::string& noun_text = i + 2 < tokens.size()    ? tokens[i + 2].text
                                     : i + 2 == tokens.size() ? line.following()
                                                              : line.following_second();
      if (noun_text.empty()) return false;
      const WordParts a = SplitWord(adjective_text);
      const WordParts n = SplitWord(noun_text);
      // After an adjective a noun, even one that can be a verb ("official
      // mandate"), but no third-person verb or past form.
      return a.suffix.empty() && n.prefix.empty() && ToLower(n.core) == n.core &&
             utf8::Length(n.core) >= 3 && evidence.word_classes.CanBeNoun(n.core) &&
             !evidence.word_classes.CanBeAdjective(n.core) &&
             !WordClasses::IsFunctionWord(n.core) && !past_form(n.core) &&
             !(n.core.ends_with("s") && evidence.word_classes.CanBeVerb(n.core));
    }();
    // A lower-case noun that is neither verb nor adjective ("Ambassadors secretary").
    const bool plain_noun_follows =
        next.adjacent && ToLower(next.core) == next.core && utf8::Length(next.core) >= 3 &&
        evidence.word_classes.CanBeNoun(next.core) && !evidence.word_classes.CanBeVerb(next.core) &&
        !evidence.word_classes.CanBeAdjective(next.core) &&
        !WordClasses::IsFunctionWord(next.core) && !IsQuantifier(next.core);
    // A word that may be a noun or a verb, which this past-tense narrative
    // uses as a noun (after a determiner) and hardly ever as a present-tense
    // or infinitive verb ("the Ambassadors report of", "his Governments
    // desire to"): after a plural subject it would have to be that verb.
    const bool narrative_noun_follows = [&] {
      if (!next.adjacent || ToLower(next.core) != next.core || utf8::Length(next.core) < 4 ||
          past_form(next.core) || next.core.ends_with("ing") || next.core.ends_with("s") ||
          WordClasses::IsFunctionWord(next.core) || IsQuantifier(next.core) ||
          !evidence.word_classes.CanBeNoun(next.core) || IsTimeNoun(stem)) {
        return false;
      }
      // A word that may be an adjective too is taken as a noun only where the
      // document nearly always has it before a function word or a stop, as a
      // noun stands ("the initiative for"), not before a noun as an adjective
      // does.
      if (evidence.word_classes.CanBeAdjective(next.core)) {
        const int before_content = evidence.document.CountBeforeContentWord(next.core);
        const int uses = evidence.document.Count(next.core);
        if (uses < kMinNounUses || uses - before_content < 4 * before_content) return false;
      }
      int as_noun = 0, as_verb = 0;
      for (std::string_view d : {"the", "a", "an", "his", "her", "its", "their", "this", "that"}) {
        as_noun += evidence.document.CountPair(d, next.core);
      }
      for (std::string_view v : {"to", "will", "would", "could", "should", "can", "may", "might",
                                 "must", "not", "did", "we", "they", "i", "you"}) {
        as_verb += evidence.document.CountPair(v, next.core);
      }
      return as_noun >= 3 && 4 * as_verb <= as_noun;
    }();
    // The stem is a noun the document uses mostly in the singular, no
    // adjective ("Soviet", "Italian": their plurals are peoples, the plural
    // possessive or a second object follows them), and no noun stands right
    // before it (then it is a verb: "the other option spells").
    // The word before, at a line's start the previous line's last ("Italian /
    // Governments demand").
    const std::string& before_text = i > 0 ? tokens[i - 1].text : line.preceding();
    const bool noun_before = [&] {
      if (before_text.empty()) return false;
      const WordParts b = SplitWord(before_text);
      return b.suffix.empty() && ToLower(b.core) == b.core && AllLetters(b.core) &&
             evidence.word_classes.CanBeNoun(b.core) &&
             !evidence.word_classes.CanBeAdjective(b.core) && !WordClasses::IsFunctionWord(b.core);
    }();
    // ... and a noun in the document's own usage: it stands after a
    // determiner ("the Minister"), which a verb's stem does not ("puts
    // forth", "gives food": "put" and "give" are nouns only in a dictionary).
    int after_determiner = 0;
    for (std::string_view d : {"the", "a", "an", "his", "its", "their", "this", "that"}) {
      after_determiner += evidence.document.CountPair(d, stem);
    }
    // Or it stands inside a noun phrase here: after a capitalised word
    // ("Foreign Ministers") or a preposition ("of Socialisms").
    const bool in_noun_phrase = [&] {
      if (before_text.empty()) return false;
      const WordParts b = SplitWord(before_text);
      if (!b.suffix.empty() || b.core.empty() || !AllLetters(b.core)) return false;
      return IsCapitalised(b.core) || WordClasses::IsPreposition(b.core);
    }();
    const bool singular_commoner = singular_uses >= plural_uses &&
                                   singular_uses >= kMinPluralUses &&
                                   (after_determiner >= kMinPluralUses || in_noun_phrase) &&
                                   evidence.word_classes.CanBeNoun(ToLower(stem)) &&
                                   !evidence.word_classes.CanBeAdjective(ToLower(stem)) &&
                                   !noun_before && !IsTimeNoun(next.core);
    // A fixed phrase: every use of the plural in the document stands before
    // this very word ("Authors interview", six times), which the document
    // uses as a noun (after a determiner) and never as a verb; a true plural
    // would turn up in other places too.
    const bool fixed_phrase = [&] {
      if (!next.adjacent || next.core.empty() || ToLower(next.core) != next.core ||
          utf8::Length(next.core) < 3) {
        return false;
      }
      const int together = evidence.document.CountPair(w, next.core);
      if (together < kMinFixedPhrase || together < evidence.document.CountIgnoringCase(w))
        return false;
      if (evidence.document.CountIgnoringCase(stem) == 0 ||
          !evidence.word_classes.CanBeNoun(ToLower(stem))) {
        return false;
      }
      int as_noun = 0, as_verb = 0;
      for (std::string_view d : {"the", "a", "an", "his", "her", "its", "their", "this", "that"}) {
        as_noun += evidence.document.CountPair(d, next.core);
      }
      for (std::string_view v : {"to", "will", "would", "could", "should", "can", "may", "might",
                                 "must", "not", "did", "we", "they", "i", "you", "he", "she"}) {
        as_verb += evidence.document.CountPair(v, next.core);
      }
      const std::string n(next.core);
      as_verb += evidence.document.CountIgnoringCase(n + "ed") +
                 evidence.document.CountIgnoringCase(n + "ing");
      return as_noun >= 2 && as_verb == 0;
    }();
    // A people named by a capitalised adjective ("the Soviets", "the
    // Satellites") followed by a noun no verb or adjective can be ("the
    // Soviets policy towards"): after "the" and a plural subject a verb would
    // stand there, so it is the plural's possessive. A word that may be a
    // verb stays: reported speech has the present ("that the Yugoslavs desire
    // formal ... agreement").
    // So does a plural of a noun that names people ("the Yugoslav leaders
    // assessment", "Social Democrats amity"): such nouns own things, and a
    // noun no verb can be leaves no other reading.
    // A listed name ending in s ("Djilas", "Dulles") before a noun phrase no
    // verb starts is its possessive, the apostrophe alone after the s ("after
    // Djilas removal", "with Dulles statement"); after a determiner or a
    // capitalised word it names what follows ("the Djilas affair", "Radio
    // Paris broadcast").
    // After a preposition a noun that may be a verb will do ("in Bekes
    // book"): a name there starts a noun phrase, no clause.
    const bool after_preposition_noun_follows =
        !before_core.empty() && WordClasses::IsPreposition(ToLower(before_core)) && next.adjacent &&
        ToLower(next.core) == next.core && utf8::Length(next.core) >= 3 &&
        evidence.word_classes.CanBeNoun(next.core) && !past_form(next.core) &&
        !next.core.ends_with("ing") && !WordClasses::IsFunctionWord(next.core) &&
        !IsQuantifier(next.core);
    if (IsCapitalised(w) && evidence.lexicon.IsName(w) && !evidence.lexicon.IsName(stem) &&
        (plain_noun_follows || adjective_then_noun || after_preposition_noun_follows) &&
        !before_core.empty() && SplitWord(before_text).suffix.empty() &&
        ((ToLower(before_core) == before_core && !IsDeterminer(before_core)) ||
         WordClasses::IsPreposition(ToLower(before_core)))) {
      line.Propose({i, 1, std::string(p.prefix) + std::string(w) + "'" + std::string(p.suffix),
                    EmendationClass::kApostrophe, 0.6,
                    "apostrophe: '" + std::string(w) + "' is a listed name, and '" +
                        std::string(next.core) + "' opens a noun phrase no verb starts"});
      continue;
    }
    // A form the document has only where a possessive fits, all but a
    // quarter of its uses before a content word (eight "Presidiums" for one
    // Presidium): a possessive before a name or a date too ("the Presidiums
    // Postanovlenie", "the Presidiums 30 October").
    const bool possessive_form =
        next.adjacent && !next.core.empty() && !next_lower_noun &&
        ((IsCapitalised(next.core) && !WordClasses::IsFunctionWord(next.core)) ||
         (next.core[0] >= '0' && next.core[0] <= '9')) &&
        evidence.word_classes.CanBeNoun(ToLower(stem)) && singular_uses >= kMinSingularUses &&
        singular_uses >= kSingularRatio * plural_uses && plural_uses >= kMinPluralUses &&
        4 * (plural_uses - evidence.document.CountBeforeContentWord(w)) <= plural_uses;
    // Both only where nothing else speaks for a possessive, and so for the
    // plural's.
    // After "a" or "each" no plural can stand: the form is the singular's
    // possessive before a noun ("a moments notice", "a days work"), unless
    // it is a noun of its own ("a customs union", "an arms race").
    const bool singular_determiner =
        !before_core.empty() && SplitWord(before_text).suffix.empty() &&
        TakesSingularOnly(ToLower(before_core)) && ToLower(w) == w && !SingularLooksPlural(w) &&
        stem + "s" == w && evidence.word_classes.CanBeNoun(stem) &&
        !evidence.word_classes.IsNounLemma(w);
    // A noun the document uses nearly always in the singular ("leadership":
    // one to a country), its plural after one capitalised adjective that no
    // coordination joins to another ("Yugoslav leaderships", not "Soviet and
    // Yugoslav leaderships"), then an adjective ("accumulated mistrust",
    // "minor ... gestures", "clear intention"): one owner's possessive.
    const bool collective_owner = [&] {
      if (!next.adjacent || ToLower(next.core) != next.core || utf8::Length(next.core) < 4 ||
          !evidence.word_classes.CanBeAdjective(next.core) ||
          WordClasses::IsFunctionWord(next.core) || IsQuantifier(next.core) ||
          IsTimeNoun(next.core)) {
        return false;
      }
      if (!evidence.word_classes.CanBeNoun(ToLower(stem)) || ToLower(w) != w ||
          singular_uses < kMinSingularUses || singular_uses < kSingularRatio * plural_uses) {
        return false;
      }
      // A past form is an adjective here only with a noun right after it
      // ("accumulated mistrust"); "pursued the" is a verb.
      if (next.core.ends_with("ed")) {
        const std::string& after_text = i + 2 < tokens.size()    ? tokens[i + 2].text
                                        : i + 2 == tokens.size() ? line.following()
                                                                 : line.following_second();
        const WordParts a = SplitWord(after_text);
        if (a.core.empty() || ToLower(a.core) != a.core || !AllLetters(a.core) ||
            WordClasses::IsFunctionWord(a.core) || !evidence.word_classes.CanBeNoun(a.core) ||
            evidence.word_classes.CanBeAdjective(a.core)) {
          return false;
        }
      }
      // The three chunks before it, across the line's start.
      std::vector<std::string> before;
      for (size_t k = i; k-- > 0 && before.size() < 3;) before.push_back(tokens[k].text);
      if (before.size() < 3 && line.line_number() >= 2) {
        const auto& lines = evidence.document.lines();
        const size_t previous = static_cast<size_t>(line.line_number()) - 2;
        if (previous < lines.size()) {
          const std::vector<Token> chunks = Tokenize(lines[previous]);
          for (size_t k = chunks.size(); k-- > 0 && before.size() < 3;) {
            before.push_back(chunks[k].text);
          }
        }
      }
      if (before.empty()) return false;
      const WordParts b = SplitWord(before[0]);
      if (!b.prefix.empty() || !b.suffix.empty() || !IsCapitalised(b.core) || !AllLetters(b.core) ||
          !evidence.word_classes.CanBeAdjective(ToLower(b.core))) {
        return false;
      }
      // No "and", "or", comma or plural word joins another owner to it
      // ("the Yugoslav and the Soviet leaderships", "both Yugoslav").
      for (size_t k = 1; k < before.size(); ++k) {
        const WordParts c = SplitWord(before[k]);
        const std::string lower = ToLower(c.core);
        if (c.suffix.find(',') != std::string_view::npos || lower == "and" || lower == "or" ||
            IsPluralMarker(lower)) {
          return false;
        }
      }
      return true;
    }();
    const bool other_evidence =
        collective_owner || singular_determiner || plural_seen || plural_before ||
        mostly_singular || evidence.document.SeenPossessive(stem) ||
        ((adjective_then_noun || plain_noun_follows || narrative_noun_follows) &&
         singular_commoner) ||
        fixed_phrase || possessive_form;
    // After a preposition and "the" a noun that may be a verb will do too
    // ("in the Soviets favour"): the people is the preposition's object, so
    // no verb of theirs can follow. Not after "to", "for" or "from", whose
    // object may be the first of two ("disclosed to the Soviets true
    // figures"), nor before an adjective.
    const bool object_of_preposition = [&] {
      if (i < 2 || ToLower(before_core) != "the" || !next.adjacent) return false;
      const WordParts b = SplitWord(tokens[i - 2].text);
      const std::string preposition = ToLower(b.core);
      return b.suffix.empty() && WordClasses::IsPreposition(preposition) && preposition != "to" &&
             preposition != "for" && preposition != "from" && ToLower(next.core) == next.core &&
             utf8::Length(next.core) >= 3 && evidence.word_classes.CanBeNoun(next.core) &&
             !evidence.word_classes.CanBeAdjective(next.core) && !past_form(next.core) &&
             !next.core.ends_with("ing") && !WordClasses::IsFunctionWord(next.core) &&
             !IsQuantifier(next.core);
    }();
    const bool people_possessive =
        (!other_evidence && (plain_noun_follows || object_of_preposition) &&
         AllLetters(next.core) &&
         ((IsCapitalised(w) && ToLower(before_core) == "the" &&
           SplitWord(before_text).suffix.empty() &&
           evidence.word_classes.CanBeAdjective(ToLower(stem)) &&
           evidence.document.Count(w) >= kMinPluralUses) ||
          (evidence.word_classes.IsPersonNoun(w) && !evidence.word_classes.CanBeVerb(w) &&
           !WordClasses::IsFunctionWord(w)))) ||
        // A plural that names people before an adjective no verb can be and
        // a noun ("the Soviet leaders historic trip"): the people own it.
        (!other_evidence && adjective_then_noun && evidence.word_classes.IsPersonNoun(w) &&
         !evidence.word_classes.CanBeVerb(w) && !WordClasses::IsFunctionWord(w) &&
         AllLetters(next.core));
    // After a verb of giving and a determiner the plural is the first of two
    // objects ("give the reactionaries arguments", "offer the Soviets
    // concessions"), not a possessive.
    const bool double_object = [&] {
      if (i < 2 || !IsDeterminer(ToLower(before_core))) return false;
      const WordParts verb = SplitWord(tokens[i - 2].text);
      return verb.suffix.empty() && IsVerbOfGiving(ToLower(verb.core));
    }();
    if (!evidence.lexicon.IsEnglish(stem) || (!other_evidence && !people_possessive) ||
        double_object || !next.exists || !next.adjacent || next_is_function || next.core.empty()) {
      continue;
    }
    const bool noun = evidence.word_classes.CanBeNoun(next.core) && !AllUpper(next.core) &&
                      utf8::Length(next.core) >= 3;
    // The clean text writes this very phrase with the apostrophe ("Workers'
    // Party"), or the document writes the possessive before this head noun
    // in either number ("Workers' Party" for "Workers parties").
    const bool phrase_seen =
        evidence.document.SeenPossessivePhrase(std::string(w) + "'", next.core) ||
        evidence.document.SeenPossessivePhrase(stem + "'s", next.core) ||
        evidence.document.SeenPossessiveBeforeHead(std::string(w) + "'", next.core) ||
        evidence.document.SeenPossessiveBeforeHead(stem + "'s", next.core);
    const bool noun_only = (noun && !evidence.word_classes.CanBeVerb(next.core)) ||
                           possessive_form || adjective_then_noun || phrase_seen || fixed_phrase ||
                           (singular_determiner && noun) || people_possessive || collective_owner ||
                           (narrative_noun_follows && singular_commoner);
    // With the document's own evidence a noun that can also be a verb will do
    // ("the Presidiums letter", "leaderships lack"), but not a past form.
    const bool noun_enough = mostly_singular && noun && !past_form(next.core);
    if (!noun_only && !noun_enough) continue;
    // A fixed phrase reads as its capitalised uses do: one owner, unless a
    // plural word stands before.
    const bool plural_reading = singular_determiner || collective_owner ? false
                                : fixed_phrase
                                    ? plural_before
                                    : plural_seen || plural_before || people_possessive ||
                                          (!mostly_singular && plural_in_context &&
                                           !evidence.document.SeenPossessive(stem));
    // Owners joined by "and" right before it, through capitalised words and
    // articles: "the British and the US Governments statement" is the
    // governments' statement.
    // Both sides of the "and" modify the plural: capitalised adjectives or
    // abbreviations ("British", "US"), not nouns ("the Soviet Union and the
    // Peoples Democracies", "29 June and the Presidiums reply").
    const bool coordinated_owners = [&] {
      auto modifier = [&](std::string_view core) {
        return AllUpper(core) ||
               (IsCapitalised(core) && evidence.word_classes.CanBeAdjective(ToLower(core)));
      };
      // A modifier stands right before the plural ("US Governments", not
      // "the Presidiums").
      if (i == 0 || !SplitWord(tokens[i - 1].text).suffix.empty() ||
          !modifier(SplitWord(tokens[i - 1].text).core)) {
        return false;
      }
      for (size_t k = i, seen = 0; k-- > 0 && seen < 4; ++seen) {
        const WordParts b = SplitWord(tokens[k].text);
        if (!b.suffix.empty() || b.core.empty()) return false;
        const std::string lower = ToLower(b.core);
        if (lower == "and") {
          if (k == 0 || k + 1 == i) return false;
          const WordParts a = SplitWord(tokens[k - 1].text);
          return a.suffix.empty() && modifier(a.core);
        }
        if (lower != "the" && !modifier(b.core)) return false;
      }
      return false;
    }();
    const std::string reading = plural_reading || (coordinated_owners && !singular_determiner)
                                    ? std::string(w) + "'"
                                    : stem + "'s";
    const std::string why =
        singular_determiner ? "no plural can follow '" + std::string(before_core) + "'"
        : collective_owner
            ? "the document uses '" + stem + "' " + std::to_string(singular_uses) +
                  " times, its plural after one adjective only in a possessive's place"
        : fixed_phrase && !plural_before
            ? "the document has '" + std::string(w) + "' only before '" + std::string(next.core) +
                  "', which it uses as a noun and never as a verb"
        : adjective_then_noun && !plural_seen && !plural_before
            ? "'" + std::string(next.core) +
                  "' and the noun after it can only be its object, not a verb's"
        : plain_noun_follows && !plural_seen && !plural_before && !mostly_singular
            ? "the document uses '" + stem + "' more often than '" + std::string(w) + "'"
        : people_possessive && !plural_seen && !plural_before
            ? "'the " + std::string(w) + "' names a people, and no verb follows it"
        : possessive_form && !plural_seen && !plural_before
            ? "the document has '" + std::string(w) + "' " + std::to_string(plural_uses) +
                  " times, nearly always where only a possessive fits, and '" + stem + "' " +
                  std::to_string(singular_uses) + " times"
        : plural_before                         ? "a plural word stands before it"
        : coordinated_owners && !plural_reading ? "owners joined by 'and' stand before it"
        : plural_in_context && !plural_seen
            ? "after '" + std::string(before_core) + "' the document mostly has the plural"
        : plural_seen     ? "'" + reading + "' occurs in clean text"
        : mostly_singular ? "the document uses '" + stem + "' " + std::to_string(singular_uses) +
                                " times, '" + std::string(w) + "' rarely"
                          : "'" + reading + "' occurs in clean text";
    line.Propose(
        {i, 1, std::string(p.prefix) + reading + std::string(p.suffix),
         EmendationClass::kApostrophe, 0.6,
         "apostrophe: " + why + ", and '" + std::string(next.core) + "' is a noun, not a verb"});
  }
}

}  // namespace emend::correct
