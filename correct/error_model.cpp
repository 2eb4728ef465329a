#include "correct/error_model.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/utf8.hpp"
#include "correct/token.hpp"

namespace emend::correct {
namespace {

// Pairs of strings a typescript's letters are read as each other (both
// ways); the strong ones are the thinnest strokes and narrowest letters.
constexpr std::array<VisualConfusion, 16> kVisualConfusions = {{
    {"i", "t", false},
    {"rn", "m", true},
    {"ri", "n", false},
    {"li", "h", true},
    {"cl", "d", true},
    {"1", "l", true},
    {"0", "o", false},
    {"l", "i", true},
    {"ii", "u", true},
    {"vv", "w", false},
    {"c", "e", false},
    {"tl", "d", false},
    {"l", "I", false},
    {"1", "I", false},
    {"q", "g", true},
    {"Y", "T", false},
}};

// A form teaches an edit only when the dictionary word it lies beside is
// used this often, and this many times as often as the form itself.
constexpr int kMinTeacherUses = 3;
constexpr int kTeacherRatio = 5;
// Only rare forms teach: a form the document repeats more is a term of its own.
constexpr int kMaxPupilUses = 2;
constexpr size_t kMinLength = 3;
constexpr double kMinLearned = 2;
// The count an edit nobody expects starts with, where a phrase vouches for it.
constexpr double kUnexpected = 0.1;

uint64_t Hash(std::u32string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char32_t c : s) {
    h ^= static_cast<uint64_t>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// Hashes of `word` with up to two code points deleted (the word itself
// included), sorted and without repeats.
std::vector<uint64_t> Deletions(const std::u32string& word) {
  std::vector<uint64_t> out = {Hash(word)};
  for (size_t a = 0; a < word.size(); ++a) {
    std::u32string one = word;
    one.erase(a, 1);
    out.push_back(Hash(one));
    for (size_t b = a; b < one.size(); ++b) {
      std::u32string two = one;
      two.erase(b, 1);
      out.push_back(Hash(two));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double VisualPrior(const BlockEdit& edit, double prior) {
  for (const auto& [a, b, strong] : kVisualConfusions) {
    if ((edit.truth == a && edit.ocr == b) || (edit.truth == b && edit.ocr == a)) return prior;
  }
  return 0;
}

}  // namespace

std::span<const VisualConfusion> VisualConfusions() { return kVisualConfusions; }

std::optional<BlockEdit> FindBlockEdit(std::string_view truth, std::string_view ocr) {
  const std::u32string t = utf8::Decode(truth), o = utf8::Decode(ocr);
  size_t start = 0;
  while (start < t.size() && start < o.size() && t[start] == o[start]) ++start;
  size_t end = 0;
  while (end < t.size() - start && end < o.size() - start &&
         t[t.size() - 1 - end] == o[o.size() - 1 - end]) {
    ++end;
  }
  const size_t t_len = t.size() - start - end, o_len = o.size() - start - end;
  // Letters read as other letters only: a letter added or lost is far more
  // often the author's typo ("Meimorandum"), which an edition keeps.
  if (t_len == 0 || o_len == 0 || t_len > 2 || o_len > 2) return std::nullopt;
  return BlockEdit{utf8::Encode(t.substr(start, t_len)), utf8::Encode(o.substr(start, o_len))};
}

std::vector<BlockEdit> FindEdits(std::string_view truth, std::string_view ocr) {
  if (auto edit = FindBlockEdit(truth, ocr)) return {*edit};
  const std::u32string t = utf8::Decode(truth), o = utf8::Decode(ocr);
  if (t.size() != o.size()) return {};
  std::vector<BlockEdit> edits;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k] == o[k]) continue;
    if (edits.size() == 2) return {};
    edits.push_back({utf8::Encode(t.substr(k, 1)), utf8::Encode(o.substr(k, 1))});
  }
  return edits.size() == 2 ? edits : std::vector<BlockEdit>{};
}

ErrorModel::ErrorModel(const DocumentStats& document, const Lexicon& lexicon, double prior)
    : document_(document), prior_(prior) {
  // The dictionary words the document uses, in a fixed order (the index's
  // ties and the learned edits' forms do not depend on hashing order).
  for (const auto& [form, count] : document.forms()) {
    if (utf8::Length(form) >= kMinLength && AllLetters(form) && lexicon.IsKnown(form)) {
      known_.push_back(form);
    }
  }
  std::sort(known_.begin(), known_.end());
  for (uint32_t k = 0; k < known_.size(); ++k) {
    const std::u32string w = utf8::Decode(known_[k]);
    const double uses = document.Count(known_[k]);
    for (uint64_t h : Deletions(w)) index_.emplace_back(h, k);
    for (size_t i = 0; i <= w.size(); ++i) {
      occurrences_[""] += uses;
      if (i < w.size()) occurrences_[utf8::Encode(w.substr(i, 1))] += uses;
      if (i + 1 < w.size()) occurrences_[utf8::Encode(w.substr(i, 2))] += uses;
    }
  }
  std::sort(index_.begin(), index_.end());

  std::vector<std::string> pupils;
  for (const auto& [form, count] : document.forms()) {
    // A dictionary word with an s added lost its apostrophe ("partys" is
    // party's): that teaches nothing of letters ("ie" read as "y").
    const bool possessive = form.back() == 's' && lexicon.IsKnown(form.substr(0, form.size() - 1));
    if (count <= kMaxPupilUses && utf8::Length(form) >= kMinLength && AllLetters(form) &&
        !lexicon.IsKnown(form) && !possessive) {
      pupils.push_back(form);
    }
  }
  std::sort(pupils.begin(), pupils.end());
  for (const std::string& pupil : pupils) {
    const int uses = document.Count(pupil);
    std::optional<std::pair<std::string, BlockEdit>> teacher;
    int teachers = 0;
    for (auto& [word, edits] : Neighbours(pupil)) {
      const int word_uses = document.Count(word);
      // One edit teaches; two at once prove neither.
      if (edits.size() != 1 || word_uses < kMinTeacherUses || word_uses < kTeacherRatio * uses) {
        continue;
      }
      ++teachers;
      teacher.emplace(word, edits[0]);
    }
    if (teachers != 1) continue;
    LearnedEdit& learned = learned_[teacher->second];
    learned.edit = teacher->second;
    learned.count += uses;
    learned.from.push_back(pupil);
  }
  for (auto& [edit, learned] : learned_) learned.prior = VisualPrior(edit, prior_);
}

double ErrorModel::Occurrences(const std::string& truth) const {
  auto it = occurrences_.find(truth);
  return it == occurrences_.end() ? 0 : it->second;
}

std::optional<double> ErrorModel::LogProbability(const BlockEdit& edit,
                                                 std::string_view exclude) const {
  const double prior = VisualPrior(edit, prior_);
  const double learned = ShownElsewhere(edit, exclude);
  // An edit the eye does not expect is believed when two other forms show it.
  if (prior == 0 && learned < kMinLearned) return std::nullopt;
  const double count = prior + learned;
  return std::log(count / (Occurrences(edit.truth) + 1));
}

double ErrorModel::LogUnexpected(const BlockEdit& edit) const {
  return std::log(kUnexpected / (Occurrences(edit.truth) + 1));
}

int ErrorModel::ShownElsewhere(const BlockEdit& edit, std::string_view exclude) const {
  auto it = learned_.find(edit);
  if (it == learned_.end()) return 0;
  int shown = 0;
  for (const std::string& form : it->second.from) {
    if (form != exclude) shown += document_.Count(form);
  }
  return shown;
}

bool ErrorModel::IsVisual(const BlockEdit& edit) { return VisualPrior(edit, 1) > 0; }

std::vector<std::pair<std::string, std::vector<BlockEdit>>> ErrorModel::Neighbours(
    std::string_view ocr) const {
  std::vector<uint32_t> found;
  for (uint64_t h : Deletions(utf8::Decode(ocr))) {
    auto it = std::lower_bound(index_.begin(), index_.end(), std::pair<uint64_t, uint32_t>{h, 0});
    for (; it != index_.end() && it->first == h; ++it) found.push_back(it->second);
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  std::vector<std::pair<std::string, std::vector<BlockEdit>>> out;
  for (uint32_t k : found) {
    if (known_[k] == ocr) continue;
    std::vector<BlockEdit> edits = FindEdits(known_[k], ocr);
    if (!edits.empty()) out.emplace_back(known_[k], std::move(edits));
  }
  return out;
}

std::vector<LearnedEdit> ErrorModel::Learned() const {
  std::vector<LearnedEdit> out;
  for (const auto& [edit, learned] : learned_) out.push_back(learned);
  std::stable_sort(out.begin(), out.end(),
                   [](const LearnedEdit& a, const LearnedEdit& b) { return a.count > b.count; });
  return out;
}

}  // namespace emend::correct
