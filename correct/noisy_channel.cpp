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
    : errors_(document, lexicon, options.visual_prior),
      language_(document, lexicon),
      known_stem_([&lexicon](const std::string& word) { return lexicon.IsKnown(word); }),
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
    if (known_stem_(stem)) {
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
