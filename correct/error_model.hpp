// The channel model of the noisy channel (see noisy_channel.hpp): how likely
// the OCR reads the typed letters `truth` as `ocr` at one place of a word.
//
// Learned from the document itself, in the manner of TICCL: where a form no
// dictionary knows, rare in the document, lies one short edit (one or two
// letters read as one or two others, or two letters apart each read as another) from a dictionary
// word the document uses often, and from no other such word, that edit is counted ("fundamentai"
// beside "fundamental": l read as i). A table of a typescript's visual
// confusions (i/l, rn/m, cl/d, ...) gives each of its pairs a prior count, so
// that an edit is believed when the document shows it or the eye expects it.
// P(ocr | truth) = (learned count + prior) / (occurrences of truth in the
// document's dictionary words + 1).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "correct/document_stats.hpp"
#include "correct/lexicon.hpp"

namespace emend::correct {

// One place where two forms differ: their common start and end taken off,
// what is left of each (the truth's letters, the OCR's letters).
struct BlockEdit {
  std::string truth, ocr;
  friend bool operator<(const BlockEdit& a, const BlockEdit& b) {
    return std::tie(a.truth, a.ocr) < std::tie(b.truth, b.ocr);
  }
  friend bool operator==(const BlockEdit& a, const BlockEdit& b) = default;
};

// A pair of strings a typescript's letters are read as each other, either
// way ("rn" and "m"); `strong` for the thinnest strokes and narrowest letters
// (i/l, rn/m, ii/u, ...), strong enough to read a word the document need not
// repeat.
struct VisualConfusion {
  std::string_view a, b;
  bool strong;
};
// The table the error model starts from (its prior counts).
std::span<const VisualConfusion> VisualConfusions();

// The block edit turning `truth` into `ocr`, when each side of it is one or
// two code points; nothing otherwise (the same forms, a letter only added or
// only lost, or a longer edit).
std::optional<BlockEdit> FindBlockEdit(std::string_view truth, std::string_view ocr);

// The edits turning `truth` into `ocr`: one block edit, or two letters each
// read as one other apart from each other ("Jugoslavije" / "Juqoslaviie");
// empty otherwise.
std::vector<BlockEdit> FindEdits(std::string_view truth, std::string_view ocr);

struct LearnedEdit {
  BlockEdit edit;
  int count = 0;                  // occurrences of the forms that taught it
  std::vector<std::string> from;  // those forms (the OCR side)
  double prior = 0;               // the visual table's count, 0 if not in it
};

class ErrorModel {
 public:
  // `prior` is the count each pair of the visual table starts with.
  ErrorModel(const DocumentStats& document, const Lexicon& lexicon, double prior);

  // log P(ocr | truth) for this edit, with what `exclude` (the form being
  // judged) taught left out; nothing when the edit is neither in the visual
  // table nor seen twice in other forms.
  std::optional<double> LogProbability(const BlockEdit& edit, std::string_view exclude) const;
  // log P(ocr | truth) for an edit neither visual nor learned: a small rate,
  // for where the context alone vouches for it.
  double LogUnexpected(const BlockEdit& edit) const;
  // How often the document shows the edit in forms other than `exclude`.
  int ShownElsewhere(const BlockEdit& edit, std::string_view exclude) const;
  // Whether the edit is a pair of the visual confusion table (either way).
  static bool IsVisual(const BlockEdit& edit);
  // The dictionary words the document uses that lie one block edit from
  // `ocr` (itself excluded), with the edits between them (FindEdits).
  std::vector<std::pair<std::string, std::vector<BlockEdit>>> Neighbours(
      std::string_view ocr) const;

  // What the document taught, most frequent first (for reports and tests).
  std::vector<LearnedEdit> Learned() const;

 private:
  double Occurrences(const std::string& truth) const;

  const DocumentStats& document_;
  double prior_;
  std::map<BlockEdit, LearnedEdit> learned_;
  // Occurrences of every one- and two-letter string in the document's
  // dictionary words (by use); "" counts the places between letters.
  std::map<std::string, double> occurrences_;
  // The deletion neighbourhood (up to two code points deleted) of every
  // dictionary word the document uses, as hashes, sorted: (hash, form index).
  std::vector<std::pair<uint64_t, uint32_t>> index_;
  std::vector<std::string> known_;
};

}  // namespace emend::correct
