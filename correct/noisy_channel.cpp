#include "correct/noisy_channel.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

#include "core/utf8.hpp"
#include "correct/letter_channel.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

// How often the document must put a reading between the same two neighbours
// for that phrase to vouch for an edit nothing else expects.
constexpr int kMinPhrase = 3;

}  // namespace

NoisyChannel::NoisyChannel(const DocumentStats& document, const Lexicon& lexicon,
                           NoisyChannelOptions options)
    : document_(document),
      errors_(document, lexicon, options.visual_prior),
      language_(document, lexicon),
      known_([&lexicon](const std::string& word) { return lexicon.IsKnown(word); }),
      known_english_([&lexicon](const std::string& word) { return lexicon.IsEnglish(word); }) {
  double lost = 0, kept = 0;
  for (const auto& [form, count] : document.forms()) {
    if (form.size() > 3 && form.back() == 's' && !lexicon.IsKnown(form) &&
        lexicon.IsKnown(form.substr(0, form.size() - 1))) {
      lost += count;
    }
    if (form.ends_with("'s") || form.ends_with("\u2019s")) kept += count;
  }
  apostrophe_lost_ = lost / (lost + kept + 1);
  listed_ = [&lexicon](const std::string& word) {
    return lexicon.names().count(word) > 0 || lexicon.english_list().count(word) > 0 ||
           lexicon.serbo_croatian_list().count(word) > 0 || lexicon.russian_list().count(word) > 0;
  };
  LearnSpaces(document, lexicon);
}

void NoisyChannel::LearnSpaces(const DocumentStats& document, const Lexicon& lexicon) {
  // Broken: a run of chunks of letters side by side, no punctuation between,
  // one at least no word, that is a dictionary word together ("Norm
  // alization", "d e s p o ts"), against every word; and how many gaps such
  // a word has (a letter-spaced one has many). Lost: a chunk no dictionary
  // knows that is two dictionary words, one the document uses apart
  // ("aggressionAs", "Hodderand"),
  // against every space between words.
  constexpr size_t kLongestRun = 8;
  double broken = 0, gaps = 0, lost = 0, words = 0;
  for (const std::vector<Token>& tokens : document.chunks()) {
    // Each chunk's word, whether it is letters only with nothing after it
    // (so the next may continue it) or before it, and whether it is a word.
    const size_t n = tokens.size();
    std::vector<std::string> cores(n);
    std::vector<char> letters(n), open_after(n), open_before(n), known(n);
    for (size_t k = 0; k < n; ++k) {
      const WordParts p = SplitWord(tokens[k].text);
      cores[k] = std::string(p.core);
      letters[k] = !p.core.empty() && AllLetters(p.core);
      open_after[k] = letters[k] && p.suffix.empty();
      open_before[k] = letters[k] && p.prefix.empty();
      known[k] = letters[k] && lexicon.IsKnown(cores[k]);
    }
    for (size_t k = 0; k < n; ++k) {
      if (!letters[k]) continue;
      words += 1;
      // The longest run from here that reads as one word.
      std::string joined = cores[k];
      bool fragment = !known[k];
      size_t found = 0;
      for (size_t e = k + 1; e < n && e - k < kLongestRun && open_after[e - 1] && open_before[e];
           ++e) {
        joined += cores[e];
        fragment = fragment || !known[e];
        if (fragment && utf8::Length(joined) >= 4 && lexicon.IsKnown(joined)) found = e;
      }
      if (found > 0) {
        broken += 1;
        gaps += static_cast<double>(found - k);
        k = found;
        continue;
      }
      if (known[k]) continue;
      const std::string& core = cores[k];
      if (core.size() >= 6) {
        for (size_t cut = 2; cut + 2 <= core.size(); ++cut) {
          if ((static_cast<unsigned char>(core[cut]) & 0xC0) == 0x80) continue;
          const std::string left = core.substr(0, cut), right = core.substr(cut);
          if ((document.Count(left) >= 3 || document.Count(right) >= 3) && lexicon.IsKnown(left) &&
              lexicon.IsKnown(right)) {
            lost += 1;
            break;
          }
        }
      }
    }
  }
  word_broken_ = (broken + 1) / (words + 2);
  another_gap_ = (gaps - broken + 1) / (gaps + 2);
  space_lost_ = (lost + 1) / (words + 2);
}

double NoisyChannel::LogAnyWord(std::string_view word, int leave_out) const {
  if (language_.Uses(word) > leave_out) return language_.LogWord(word, leave_out);
  // The project's word lists hold this thesis's own names and terms: one
  // the OCR never read whole is still a word of the document, used once.
  const std::string w(word);
  if (listed_(w)) return language_.LogUses(1);
  return known_(w) ? language_.LogUnseenKnown(word) : language_.LogUnseen(word);
}

double NoisyChannel::LogSpacesInserted(int gaps) const {
  if (gaps <= 0) return 0;
  return std::log(word_broken_) + (gaps - 1) * std::log(another_gap_) + std::log(1 - another_gap_);
}

std::vector<double> NoisyChannel::WeighSpaces(std::span<const std::string> chunks,
                                              std::span<const Segmentation> readings) const {
  std::vector<double> log_p;
  for (const Segmentation& r : readings) {
    double l = LogSpacesInserted(r.inserted) + r.lost * std::log(space_lost_);
    for (size_t k = 0; k < r.words.size(); ++k) {
      const double alone = LogAnyWord(r.words[k], 0);
      // A word after another: how often the document writes this pair
      // ("ACK SKJ" 127 times), mixed evenly with the word's own frequency.
      const int before = k > 0 ? language_.Uses(r.words[k - 1]) : 0;
      const int pair = before > 0 ? document_.CountPair(r.words[k - 1], r.words[k]) : 0;
      l += pair > 0 ? std::log(0.5 * pair / before + 0.5 * std::exp(alone)) : alone;
    }
    log_p.push_back(l);
  }
  // The chunks as typed: the words among them by their frequency, the
  // rest as unseen forms, however often the OCR made them elsewhere (a
  // misread recurs as the same words recur).
  double keep = 0;
  for (const std::string& chunk : chunks) {
    keep += known_(chunk) ? LogAnyWord(chunk, 1) : language_.LogUnseen(chunk);
  }
  log_p.push_back(keep);
  const double top = *std::max_element(log_p.begin(), log_p.end());
  double total = 0;
  for (double& l : log_p) total += (l = std::exp(l - top));
  for (double& l : log_p) l /= total;
  return log_p;
}

double Confidence(std::span<const double> posterior, size_t best) {
  for (size_t k = 0; k + 1 < posterior.size(); ++k) {
    if (k != best && std::abs(posterior[k] - posterior[best]) <= 1e-9 * posterior[best]) {
      return std::min(posterior[best], 0.49);
    }
  }
  return posterior[best];
}

std::vector<double> NoisyChannel::Weigh(std::string_view ocr,
                                        std::span<const Alternative> alternatives,
                                        bool ocr_form_possible) const {
  std::vector<double> log_p;
  for (const Alternative& a : alternatives) {
    log_p.push_back(a.log_channel + (a.uses > 0 ? language_.LogUses(a.uses)
                                     : a.list_size > 0
                                         ? language_.LogUnseenListed(a.reading, a.list_size)
                                         : language_.LogUnseenKnown(BaseLetters(a.reading))));
  }
  log_p.push_back(ocr_form_possible ? language_.LogUnseen(ocr)
                                    : -std::numeric_limits<double>::infinity());
  const double top = *std::max_element(log_p.begin(), log_p.end());
  double total = 0;
  for (double& l : log_p) total += (l = std::exp(l - top));
  for (double& l : log_p) l /= total;
  return log_p;
}

Ranking NoisyChannel::Rank(std::string_view ocr, std::string_view previous,
                           std::string_view next) const {
  struct Scored {
    std::string reading;
    std::vector<BlockEdit> edits;
    double log_p;
  };
  // The OCR form as a word the author typed: the chance of an unseen word
  // spelt so. Its other occurrences do not count for it: a misread recurs
  // too, where the typewriter's letter was worn.
  const double keep = language_.LogUnseen(ocr);
  std::vector<Scored> scored;
  for (auto& [word, edits] : errors_.Neighbours(ocr)) {
    // Each edit must be believed; two misreads in one word are independent.
    double channel = 0;
    bool believed = true;
    for (const BlockEdit& edit : edits) {
      const std::optional<double> log_p = errors_.LogProbability(edit, ocr);
      believed = believed && log_p.has_value();
      if (log_p) channel += *log_p;
    }
    // An edit neither the eye nor the document expects, in a phrase the
    // document repeats around the reading ("DSIP Dtrogo Pov." among many
    // "DSIP Strogo Pov."): the phrase vouches for it, at a small rate.
    if (!believed && edits.size() == 1 && utf8::Length(edits[0].truth) == 1 &&
        utf8::Length(edits[0].ocr) == 1 &&
        language_.PhraseUses(previous, word, next) >= kMinPhrase) {
      channel = errors_.LogUnexpected(edits[0]);
      believed = true;
    }
    if (!believed) continue;
    scored.push_back(
        {word, edits,
         channel + language_.LogWord(word) + language_.LogContext(previous, word, next)});
  }
  // A dictionary word the document does not use, one strong visual
  // confusion away ("ensiave" for enslave): an unseen word too, but one of
  // the dictionary's, whose share of the document's new words is its own.
  // Letters only: a digit in the form may be a quote as well ("1ate").
  for (const VisualConfusion& v : VisualConfusions()) {
    if (!v.strong || !AllLetters(ocr)) continue;
    for (const auto& [truth, read] : {std::pair{v.a, v.b}, std::pair{v.b, v.a}}) {
      const std::string_view t(truth), r(read);
      for (size_t at = ocr.find(r); at != std::string_view::npos; at = ocr.find(r, at + 1)) {
        std::string reading(ocr);
        reading.replace(at, r.size(), t);
        if (utf8::Length(reading) < 4 || !known_english_(reading) || language_.Uses(reading) > 0 ||
            std::any_of(scored.begin(), scored.end(),
                        [&](const Scored& s) { return s.reading == reading; })) {
          continue;
        }
        const BlockEdit edit{std::string(t), std::string(r)};
        const std::optional<double> log_p = errors_.LogProbability(edit, ocr);
        if (!log_p) continue;
        scored.push_back({reading, {edit}, *log_p + language_.LogUnseenKnown(reading)});
      }
    }
  }
  // The commonest misread of all: an apostrophe lost ("countrys" is
  // country's, not countries). Its rate is the document's own: of the
  // possessives of its dictionary words, the share that lost the apostrophe.
  const std::string_view form = ocr;
  if (form.size() > 3 && form.back() == 's' && apostrophe_lost_ > 0) {
    const std::string stem(form.substr(0, form.size() - 1));
    if (known_(stem)) {
      scored.push_back({stem + "'s",
                        {BlockEdit{"'", ""}},
                        std::log(apostrophe_lost_) + language_.LogWord(stem)});
    }
  }
  Ranking ranking;
  ranking.readings = static_cast<int>(scored.size());
  if (scored.empty()) return ranking;
  auto best = std::max_element(scored.begin(), scored.end(),
                               [](const Scored& a, const Scored& b) { return a.log_p < b.log_p; });
  double top = std::max(best->log_p, keep), total = std::exp(keep - top);
  for (const Scored& s : scored) total += std::exp(s.log_p - top);
  // The apostrophe is the apostrophe rule's to restore, with its context.
  if (best->log_p <= keep || best->edits[0].truth == "'") return ranking;
  ranking.reading = best->reading;
  ranking.edits = best->edits;
  ranking.posterior = std::exp(best->log_p - top) / total;
  char posterior[16];
  std::snprintf(posterior, sizeof posterior, "%.2f", ranking.posterior);
  std::string how;
  for (const BlockEdit& edit : best->edits) {
    how += std::string(how.empty() ? "" : ", and ") + "'" + edit.truth + "' read as '" + edit.ocr +
           "' (" + (errors_.IsVisual(edit) ? "a visual confusion; " : "") +
           "the document shows it " + std::to_string(errors_.ShownElsewhere(edit, ocr)) +
           " other time(s))";
  }
  ranking.evidence = "noisy channel: " + how + " in '" + best->reading +
                     "', a word the document uses " +
                     std::to_string(language_.Uses(best->reading)) + " times; P = " + posterior +
                     " of " + std::to_string(scored.size()) + " reading(s) and the OCR form";
  return ranking;
}

}  // namespace emend::correct
