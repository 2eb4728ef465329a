#include "ocr/raised_marks.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

#include "ocr/pix.hpp"

namespace emend::ocr {
namespace {

struct BoxaDeleter {
  void operator()(Boxa* boxa) const { boxaDestroy(&boxa); }
};
using BoxaPtr = std::unique_ptr<Boxa, BoxaDeleter>;

// The baseline's height at x, from the engine's fit.
double BaselineAt(const RecognizedLine& line, double x) {
  if (line.baseline_x2 == line.baseline_x1) return line.baseline_y1;
  return line.baseline_y1 + double(line.baseline_y2 - line.baseline_y1) * (x - line.baseline_x1) /
                                double(line.baseline_x2 - line.baseline_x1);
}

bool HasBaseline(const RecognizedLine& line) {
  return line.baseline_x2 > line.baseline_x1 && line.baseline_y1 > 0 && line.baseline_y2 > 0;
}

// The connected components of `binary` inside `region`, in page coordinates.
std::vector<BoundingBox> Components(const Pix* binary, const BoundingBox& region) {
  std::vector<BoundingBox> out;
  const int width = pixGetWidth(binary), height = pixGetHeight(binary);
  const int left = std::max(0, region.left), top = std::max(0, region.top);
  const int right = std::min(width, region.right), bottom = std::min(height, region.bottom);
  if (right - left < 2 || bottom - top < 2) return out;
  BOX* box = boxCreate(left, top, right - left, bottom - top);
  PixPtr clip(pixClipRectangle(const_cast<Pix*>(binary), box, nullptr));
  boxDestroy(&box);
  if (!clip) return out;
  BoxaPtr boxes(pixConnCompBB(clip.get(), 8));
  if (!boxes) return out;
  const int n = boxaGetCount(boxes.get());
  for (int i = 0; i < n; ++i) {
    l_int32 x, y, w, h;
    if (boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h) != 0) continue;
    out.push_back({left + x, top + y, left + x + w, top + y + h});
  }
  std::sort(out.begin(), out.end(),
            [](const BoundingBox& a, const BoundingBox& b) { return a.left < b.left; });
  return out;
}

int Height(const BoundingBox& b) { return b.bottom - b.top; }
double CentreX(const BoundingBox& b) { return (b.left + b.right) / 2.0; }

BoundingBox Union(const BoundingBox& a, const BoundingBox& b) {
  return {std::min(a.left, b.left), std::min(a.top, b.top), std::max(a.right, b.right),
          std::max(a.bottom, b.bottom)};
}

std::string Join(const std::vector<RecognizedSymbol>& symbols) {
  std::string out;
  for (const RecognizedSymbol& s : symbols) out += s.text;
  return out;
}

}  // namespace

std::vector<RaisedMark> FindRaisedMarks(const Pix* binary, const RecognizedLine& line,
                                        const RaisedMarkOptions& options) {
  std::vector<RaisedMark> marks;
  if (!binary || pixGetDepth(binary) != 1 || !HasBaseline(line) || line.words.empty()) return marks;
  const int line_height = line.box.bottom - line.box.top;
  if (line_height <= 0) return marks;
  // The line's own ink, and a little above it (a mark the engine left out of
  // the line may stand higher than its box).
  BoundingBox region = line.box;
  region.top -= line_height / 3;
  region.right += line_height;
  const std::vector<BoundingBox> parts = Components(binary, region);
  // The glyphs that sit on the baseline measure the x-height: most of a
  // line's letters are x-height letters, so a low quantile of their heights.
  const double tolerance = std::max(3.0, line_height * 0.08);
  std::vector<int> sitting;
  for (const BoundingBox& b : parts) {
    if (std::abs(b.bottom - BaselineAt(line, CentreX(b))) <= tolerance && Height(b) >= 4) {
      sitting.push_back(Height(b));
    }
  }
  if (sitting.size() < 6) return marks;
  std::sort(sitting.begin(), sitting.end());
  const double x_height = sitting[sitting.size() * 2 / 5];
  if (x_height < 6) return marks;
  auto sits = [&](const BoundingBox& b) {
    return std::abs(b.bottom - BaselineAt(line, CentreX(b))) <= tolerance &&
           Height(b) >= 0.5 * x_height;
  };
  auto lift = [&](const BoundingBox& b) { return BaselineAt(line, CentreX(b)) - b.bottom; };
  auto digit_like = [&](const BoundingBox& b) {
    const int h = Height(b), w = b.right - b.left;
    return lift(b) >= options.min_lift * x_height && h >= options.min_height * x_height &&
           h <= options.max_height * x_height && w <= 1.2 * x_height &&
           b.top >= BaselineAt(line, CentreX(b)) - 1.9 * x_height;
  };
  auto raised = [&](const BoundingBox& b) {
    return lift(b) >= 0.15 * x_height && b.top >= BaselineAt(line, CentreX(b)) - 1.9 * x_height &&
           Height(b) <= options.max_height * x_height;
  };
  const double gap = options.max_gap * x_height;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (!digit_like(parts[i])) continue;
    // A run: digit-like glyphs and the raised pieces between them (a digit a
    // bilevel scan broke in two).
    BoundingBox run = parts[i];
    // A broken first digit's pieces stand close before it (a quote before
    // the mark stands a character cell away).
    for (size_t k = i;
         k-- > 0 && raised(parts[k]) && parts[k].right >= run.left - 0.3 * x_height;) {
      run = Union(run, parts[k]);
    }
    size_t j = i + 1;
    for (; j < parts.size(); ++j) {
      const BoundingBox& b = parts[j];
      if (b.left > run.right + gap) break;
      if (!raised(b)) {
        if (b.left >= run.right - 1) break;  // the line's ink again: the run ends
        continue;                            // under the run (the check below decides)
      }
      run = Union(run, b);
    }
    // It follows the ink of a word, a full stop or a quote closely, and no
    // letter stands under it.
    std::optional<BoundingBox> before;
    bool inside = false;
    for (size_t k = 0; k < parts.size(); ++k) {
      const BoundingBox& b = parts[k];
      if (b.right <= run.left + 1 && Height(b) >= std::max(3.0, 0.15 * x_height) &&
          (!before || b.right > before->right)) {
        before = b;
      }
      if (sits(b) && b.right > run.left + 1 && b.left < run.right - 1) inside = true;
    }
    if (before && before->right >= run.left - gap - 1 && !inside) {
      marks.push_back({run, static_cast<int>(x_height), static_cast<int>(CentreX(*before))});
    }
    i = j - 1;
  }
  return marks;
}

namespace {

// Marks a word as changed by this pass, keeping the engine's first reading.
void Note(RecognizedWord& word, const std::string& engine_reading) {
  if (word.engine_text.empty()) word.engine_text = engine_reading;
  word.repair = "raised note mark read as digits";
}

// Punctuation typed after a mark (`camp5,`): kept after the digits.
bool AfterMark(const std::string& symbol) {
  return symbol == "," || symbol == "." || symbol == ";" || symbol == ":" || symbol == ")" ||
         symbol == "]";
}

// Writes `digits` into `line` in place of what the engine read from the
// mark's ink; false (the line untouched) when that reading runs on into a
// word after the mark.
bool WriteMark(RecognizedLine& line, const RaisedMark& mark, const std::string& digits,
               double max_gap) {
  // The symbol read from the ink the mark follows: of those whose box holds
  // that ink's middle, the one whose own middle is nearest (LSTM boxes are
  // loose: a full stop's may run over the mark, a mark's start before it).
  std::optional<std::pair<size_t, size_t>> anchor;  // word, symbol
  double nearest = 0;
  for (size_t w = 0; w < line.words.size(); ++w) {
    for (size_t s = 0; s < line.words[w].symbols.size(); ++s) {
      const BoundingBox& b = line.words[w].symbols[s].box;
      if (b.left > mark.ink_before || b.right < mark.ink_before) continue;
      const double d = std::abs(CentreX(b) - mark.ink_before);
      if (!anchor || d < nearest) anchor = {w, s}, nearest = d;
    }
  }
  // A symbol read from the mark's ink comes after that one (or, when none
  // holds it, starts after it) and starts inside the mark.
  auto in_mark = [&](size_t w, size_t s) {
    const BoundingBox& b = line.words[w].symbols[s].box;
    const bool after = anchor ? std::make_pair(w, s) > *anchor : b.left > mark.ink_before;
    return after && b.left <= mark.box.right;
  };
  std::vector<size_t> affected;        // words with symbols in the mark
  size_t first_symbol = 0;             // in the first of them
  std::vector<RecognizedSymbol> tail;  // punctuation after the mark, in the last of them
  for (size_t w = 0; w < line.words.size(); ++w) {
    const RecognizedWord& word = line.words[w];
    std::optional<size_t> first, last;
    for (size_t s = 0; s < word.symbols.size(); ++s) {
      if (in_mark(w, s)) {
        if (!first) first = s;
        last = s;
      }
    }
    if (!first) continue;
    if (Join(word.symbols) != word.text) return false;
    if (!affected.empty() && (*first != 0 || !tail.empty())) return false;
    for (size_t s = *first; s <= *last; ++s) {
      if (!in_mark(w, s)) return false;
    }
    for (size_t s = *last + 1; s < word.symbols.size(); ++s) {
      if (!AfterMark(word.symbols[s].text)) return false;  // runs on into a word
    }
    tail.assign(word.symbols.begin() + static_cast<long>(*last + 1), word.symbols.end());
    if (affected.empty()) first_symbol = *first;
    affected.push_back(w);
  }
  // The word the mark follows: the last that starts before it, close enough.
  std::optional<size_t> before;
  const size_t end = affected.empty() ? line.words.size() : affected.front();
  for (size_t w = end; w-- > 0;) {
    if (line.words[w].box.left < mark.box.left) {
      if (mark.box.left - line.words[w].box.right <= max_gap * mark.x_height) before = w;
      break;
    }
  }
  std::vector<RecognizedSymbol> written = {{digits, mark.box}};
  written.insert(written.end(), tail.begin(), tail.end());
  RecognizedWord* word = nullptr;
  if (!affected.empty() && first_symbol > 0) {
    // The mark read at the end of a word: the word keeps what comes before.
    word = &line.words[affected.front()];
    Note(*word, word->text);
    word->symbols.resize(first_symbol);
    affected.erase(affected.begin());
  } else if (before) {
    // Read as a word of its own, or not at all: glued to the word it follows.
    word = &line.words[*before];
    std::string engine = word->text;
    for (size_t w : affected) engine += " " + line.words[w].text;
    Note(*word, engine);
  } else if (!affected.empty()) {
    word = &line.words[affected.front()];
    Note(*word, word->text);
    word->symbols.clear();
    word->box = mark.box;
    affected.erase(affected.begin());
  } else {
    return false;
  }
  word->symbols.insert(word->symbols.end(), written.begin(), written.end());
  word->text = Join(word->symbols);
  word->box = Union(word->box, mark.box);
  for (size_t k = affected.size(); k-- > 0;) {
    line.words.erase(line.words.begin() + static_cast<long>(affected[k]));
  }
  return true;
}

}  // namespace

void JoinSplitLines(RecognizedPage& page) {
  for (size_t i = 0; i < page.lines.size(); ++i) {
    for (size_t j = i + 1; j < page.lines.size();) {
      const BoundingBox &a = page.lines[i].box, &b = page.lines[j].box;
      const int height = std::min(a.bottom - a.top, b.bottom - b.top);
      const int overlap = std::min(a.bottom, b.bottom) - std::max(a.top, b.top);
      const int gap = std::max(a.left, b.left) - std::min(a.right, b.right);  // < 0: overlapping
      if (height <= 0 || 2 * overlap < height || gap < -height || gap > height) {
        ++j;
        continue;
      }
      RecognizedLine& left = a.left <= b.left ? page.lines[i] : page.lines[j];
      RecognizedLine& right = a.left <= b.left ? page.lines[j] : page.lines[i];
      RecognizedLine joined;
      joined.box = Union(left.box, right.box);
      const RecognizedLine& fitted = right.words.size() > left.words.size() ? right : left;
      joined.baseline_x1 = fitted.baseline_x1;
      joined.baseline_y1 = fitted.baseline_y1;
      joined.baseline_x2 = fitted.baseline_x2;
      joined.baseline_y2 = fitted.baseline_y2;
      joined.words = std::move(left.words);
      for (RecognizedWord& w : right.words) joined.words.push_back(std::move(w));
      page.lines[i] = std::move(joined);
      page.lines.erase(page.lines.begin() + static_cast<long>(j));
    }
  }
}

int ReadRaisedMarks(const Pix* binary, RecognizedPage& page, const ReadDigits& read,
                    const RaisedMarkOptions& options) {
  JoinSplitLines(page);
  int written = 0;
  for (RecognizedLine& line : page.lines) {
    for (const RaisedMark& mark : FindRaisedMarks(binary, line, options)) {
      const std::string digits = read(mark.box);
      if (digits.empty() || static_cast<int>(digits.size()) > options.max_digits ||
          !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        continue;
      }
      written += WriteMark(line, mark, digits, options.max_gap);
    }
  }
  return written;
}

}  // namespace emend::ocr
