#include "correct/line_editor.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace emend::correct {
namespace {

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Drops the punctuation that old and new share at either end, so the record
// shows "Titos" -> "Tito's" rather than "Titos," -> "Tito's,".
void TrimShared(std::string_view& old_text, std::string_view& new_text, size_t& begin) {
  while (!old_text.empty() && !new_text.empty() && old_text.front() == new_text.front() &&
         !IsWordByte(old_text.front()) && old_text.size() > 1 && new_text.size() > 1) {
    old_text.remove_prefix(1);
    new_text.remove_prefix(1);
    ++begin;
  }
  while (!old_text.empty() && !new_text.empty() && old_text.back() == new_text.back() &&
         !IsWordByte(old_text.back()) && old_text.size() > 1 && new_text.size() > 1) {
    old_text.remove_suffix(1);
    new_text.remove_suffix(1);
  }
}

}  // namespace

LineEditor::LineEditor(std::string_view line, int line_number, double apply_threshold)
    : original_(line),
      line_number_(line_number),
      threshold_(apply_threshold),
      tokens_(Tokenize(line)) {}

bool LineEditor::Propose(const Proposal& p) {
  if (p.count == 0 || p.first + p.count > tokens_.size()) return false;
  const size_t begin = tokens_[p.first].begin;
  const size_t end = tokens_[p.first + p.count - 1].end;
  const bool applied = p.confidence >= threshold_;
  // Earlier emendations inside the span are folded into this one.
  int merged = -1;
  std::vector<int> inside;
  for (size_t k = p.first; k < p.first + p.count; ++k) {
    if (tokens_[k].emendation < 0) continue;
    if (merged < 0) merged = tokens_[k].emendation;
    if (tokens_[k].emendation != merged) inside.push_back(tokens_[k].emendation);
  }
  auto record = [&](EmendationStatus status) {
    Emendation e;
    e.emendation_class = p.emendation_class;
    e.confidence = p.confidence;
    e.status = status;
    e.evidence = p.evidence;
    emendations_.push_back(Pending{begin, end, p.text, std::move(e)});
  };
  if (!applied) {
    record(EmendationStatus::kFlagged);
    return false;
  }
  if (merged >= 0) {
    Pending& m = emendations_[static_cast<size_t>(merged)];
    m.begin = std::min(m.begin, begin);
    m.end = std::max(m.end, end);
    m.reading = p.text;
    m.record.confidence = std::min(m.record.confidence, p.confidence);
    for (int k : inside) {
      Pending& other = emendations_[static_cast<size_t>(k)];
      other.folded = true;
      m.record.confidence = std::min(m.record.confidence, other.record.confidence);
    }
    m.record.evidence += "; " + p.evidence;
  } else {
    record(EmendationStatus::kApplied);
    merged = static_cast<int>(emendations_.size()) - 1;
  }
  Token joined{p.text, begin, end, merged};
  tokens_.erase(tokens_.begin() + static_cast<long>(p.first),
                tokens_.begin() + static_cast<long>(p.first + p.count));
  tokens_.insert(tokens_.begin() + static_cast<long>(p.first), std::move(joined));
  return true;
}

void LineEditor::MarkNoise(std::string evidence) {
  Emendation e;
  e.emendation_class = EmendationClass::kNoise;
  e.confidence = 1;
  e.status = EmendationStatus::kFlagged;
  e.evidence = std::move(evidence);
  size_t begin = original_.find_first_not_of(" \t");
  size_t end = original_.find_last_not_of(" \t") + 1;
  if (begin == std::string::npos) return;
  emendations_.push_back(Pending{begin, end, "", std::move(e)});
}

std::string LineEditor::Text() const {
  if (tokens_.empty()) return original_;
  std::string out(original_.substr(0, tokens_.front().begin));
  for (size_t k = 0; k < tokens_.size(); ++k) {
    if (k > 0) out += original_.substr(tokens_[k - 1].end, tokens_[k].begin - tokens_[k - 1].end);
    out += tokens_[k].text;
  }
  out += original_.substr(tokens_.back().end);
  return out;
}

std::vector<Emendation> LineEditor::Emendations() const {
  std::vector<Emendation> out;
  for (const Pending& p : emendations_) {
    if (p.folded) continue;
    Emendation e = p.record;
    std::string_view old_text(original_.data() + p.begin, p.end - p.begin);
    std::string_view new_text(p.reading);
    size_t begin = p.begin;
    if (e.emendation_class != EmendationClass::kNoise) TrimShared(old_text, new_text, begin);
    e.line = line_number_;
    e.column = static_cast<int>(utf8::Length(std::string_view(original_).substr(0, begin))) + 1;
    e.length = static_cast<int>(utf8::Length(old_text));
    e.ocr = std::string(old_text);
    e.reading = std::string(new_text);
    e.id = "e" + std::to_string(e.line) + "." + std::to_string(e.column);
    out.push_back(std::move(e));
  }
  // Applied records never overlap (an applied proposal folds in the ones
  // under it); a flagged one that overlaps an applied one, or a flagged one
  // kept before it (two passes proposing the same doubtful reading), is dropped:
  // one place, one record.
  std::stable_sort(out.begin(), out.end(), [](const Emendation& a, const Emendation& b) {
    const bool a_applied = a.status == EmendationStatus::kApplied,
               b_applied = b.status == EmendationStatus::kApplied;
    return a_applied != b_applied ? a_applied : false;
  });
  std::vector<Emendation> kept;
  for (Emendation& e : out) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Emendation& k) {
      return e.column < k.column + std::max(k.length, 1) &&
             k.column < e.column + std::max(e.length, 1);
    });
    if (!overlaps || e.status == EmendationStatus::kApplied) kept.push_back(std::move(e));
  }
  std::stable_sort(kept.begin(), kept.end(),
                   [](const Emendation& a, const Emendation& b) { return a.column < b.column; });
  return kept;
}

}  // namespace emend::correct
