#include "ocr/page_number.hpp"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <regex>

#include "ocr/pix.hpp"

namespace emend::ocr {
namespace {

std::string LineText(const RecognizedLine& line) {
  std::string text;
  for (const RecognizedWord& word : line.words) text += (text.empty() ? "" : " ") + word.text;
  return text;
}

}  // namespace

std::string PageNumberOf(const std::string& line_text) {
  // Dashes (ASCII, en, em), brackets and a full stop around the number.
  static const std::regex number(
      "^\\s*(?:-|\xE2\x80\x93|\xE2\x80\x94|\\(|\\[)?\\s*"
      "([1-9][0-9]{0,3}|x{0,3}(?:ix|iv|v?i{0,3}))"
      "\\s*(?:-|\xE2\x80\x93|\xE2\x80\x94|\\)|\\]|\\.)?\\s*$");
  std::smatch match;
  if (!std::regex_match(line_text, match, number) || match[1].length() == 0) return "";
  return match[1].str();
}

PrintedPageNumber FindPrintedPageNumber(const RecognizedPage& page, int page_height) {
  PrintedPageNumber out;
  if (page.lines.empty() || page_height <= 0) return out;
  const int band = page_height / 6;
  // The top and bottom lines by their place (the engine's order follows its blocks).
  size_t top = 0, bottom = 0;
  for (size_t i = 1; i < page.lines.size(); ++i) {
    if (page.lines[i].box.top < page.lines[top].box.top) top = i;
    if (page.lines[i].box.bottom > page.lines[bottom].box.bottom) bottom = i;
  }
  if (page.lines[top].box.bottom <= band) {
    out.number = PageNumberOf(LineText(page.lines[top]));
    if (!out.number.empty()) {
      out.line = static_cast<int>(top);
      return out;
    }
  }
  if (bottom != top && page.lines[bottom].box.top >= page_height - band) {
    out.number = PageNumberOf(LineText(page.lines[bottom]));
    if (!out.number.empty()) out.line = static_cast<int>(bottom);
  }
  return out;
}

namespace {

struct BoxaDeleter {
  void operator()(Boxa* boxa) const { boxaDestroy(&boxa); }
};
using BoxaPtr = std::unique_ptr<Boxa, BoxaDeleter>;

int Height(const BoundingBox& b) { return b.bottom - b.top; }
int Width(const BoundingBox& b) { return b.right - b.left; }

BoundingBox Union(const BoundingBox& a, const BoundingBox& b) {
  return {std::min(a.left, b.left), std::min(a.top, b.top), std::max(a.right, b.right),
          std::max(a.bottom, b.bottom)};
}

bool Inside(const BoundingBox& inner, const BoundingBox& outer, int margin) {
  return inner.left >= outer.left - margin && inner.right <= outer.right + margin &&
         inner.top >= outer.top - margin && inner.bottom <= outer.bottom + margin;
}

// A line that holds text: two letters or digits or more (a quote, a bar or a
// lone letter read from a digit's ink does not count).
bool HoldsText(const RecognizedLine& line) {
  int alnum = 0;
  for (const RecognizedWord& word : line.words) {
    for (unsigned char c : word.text)
      alnum += std::isalnum(c) || c >= 0xC0;  // a UTF-8 lead byte: one letter
  }
  return alnum >= 2;
}

}  // namespace

std::vector<BoundingBox> FindLostPageNumberInk(const Pix* binary, const RecognizedPage& page,
                                               const LostPageNumberOptions& options) {
  std::vector<BoundingBox> groups;
  if (!binary || pixGetDepth(binary) != 1) return groups;
  const int width = pixGetWidth(binary), height = pixGetHeight(binary);
  // The page's line height, and the top of its text.
  std::vector<int> heights;
  int text_top = height;
  for (const RecognizedLine& line : page.lines) {
    if (!HoldsText(line)) continue;
    heights.push_back(Height(line.box));
    text_top = std::min(text_top, line.box.top);
  }
  if (static_cast<int>(heights.size()) < options.min_lines) return groups;
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  const double line_height = heights[heights.size() / 2];
  if (line_height < 8) return groups;
  // The ink above the text, in the top sixth.
  const int bottom = std::min(height / 6, text_top);
  if (bottom < 2) return groups;
  BOX* band = boxCreate(0, 0, width, bottom);
  PixPtr clip(pixClipRectangle(const_cast<Pix*>(binary), band, nullptr));
  boxDestroy(&band);
  if (!clip) return groups;
  BoxaPtr found(pixConnCompBB(clip.get(), 8));
  if (!found) return groups;
  std::vector<BoundingBox> parts;
  for (int i = 0; i < boxaGetCount(found.get()); ++i) {
    l_int32 x, y, w, h;
    if (boxaGetBoxGeometry(found.get(), i, &x, &y, &w, &h) != 0) continue;
    // Specks are left out; the pieces of a digit a thin scan broke are kept.
    if (h < 0.15 * line_height && w < 0.15 * line_height) continue;
    // Ink the engine read as text.
    const BoundingBox b{x, y, x + w, y + h};
    bool read = false;
    for (const RecognizedLine& line : page.lines) {
      if (!HoldsText(line)) continue;
      for (const RecognizedWord& word : line.words) read = read || Inside(b, word.box, 2);
    }
    if (!read) parts.push_back(b);
  }
  std::sort(parts.begin(), parts.end(),
            [](const BoundingBox& a, const BoundingBox& b) { return a.left < b.left; });
  // Side by side, close together: one group.
  std::vector<std::pair<BoundingBox, std::vector<BoundingBox>>> runs;
  for (const BoundingBox& b : parts) {
    bool joined = false;
    for (auto& [run, members] : runs) {
      const int overlap = std::min(run.bottom, b.bottom) - std::max(run.top, b.top);
      if (b.left - run.right <= options.max_gap * line_height &&
          2 * overlap >= std::min(Height(run), Height(b))) {
        run = Union(run, b);
        members.push_back(b);
        joined = true;
        break;
      }
    }
    if (!joined) runs.push_back({b, {b}});
  }
  for (const auto& [run, members] : runs) {
    const bool sized = Height(run) >= options.min_height * line_height &&
                       Height(run) <= options.max_height * line_height;
    const bool narrow = std::all_of(members.begin(), members.end(), [&](const BoundingBox& b) {
      return Width(b) <= options.max_width * line_height;
    });
    const bool short_enough = Width(run) <= options.max_digits * options.max_width * line_height &&
                              static_cast<int>(members.size()) <= 2 * options.max_digits;
    const bool clear_of_edges = run.left > 0 && run.top > 0 && run.right < width;
    if (sized && narrow && short_enough && clear_of_edges) groups.push_back(run);
  }
  std::sort(groups.begin(), groups.end(),
            [](const BoundingBox& a, const BoundingBox& b) { return a.top < b.top; });
  if (static_cast<int>(groups.size()) > options.max_groups) groups.resize(options.max_groups);
  return groups;
}

PrintedPageNumber ReadPrintedPageNumber(const Pix* binary, RecognizedPage& page,
                                        const ReadNumber& read,
                                        const LostPageNumberOptions& options) {
  const int height = binary ? pixGetHeight(binary) : 0;
  PrintedPageNumber out = FindPrintedPageNumber(page, height);
  if (!out.number.empty() || !binary) return out;
  for (const BoundingBox& ink : FindLostPageNumberInk(binary, page, options)) {
    float confidence = 0;
    const std::string digits = read(ink, &confidence);
    if (digits.empty() || static_cast<int>(digits.size()) > options.max_digits ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        PageNumberOf(digits) != digits) {
      continue;
    }
    // Lines the engine read from that ink (a quote, a bar) give way to it.
    std::erase_if(page.lines, [&](const RecognizedLine& line) {
      return !HoldsText(line) && Inside(line.box, ink, Height(ink) / 2);
    });
    RecognizedLine line;
    line.box = ink;
    line.baseline_x1 = ink.left;
    line.baseline_x2 = ink.right;
    line.baseline_y1 = line.baseline_y2 = ink.bottom;
    RecognizedWord& word = line.words.emplace_back();
    word.text = digits;
    word.confidence = confidence;
    word.box = ink;
    word.repair = "page number the engine left out, read again as digits";
    const int n = static_cast<int>(digits.size());
    for (int k = 0; k < n; ++k) {
      word.symbols.push_back({digits.substr(k, 1),
                              {ink.left + Width(ink) * k / n, ink.top,
                               ink.left + Width(ink) * (k + 1) / n, ink.bottom}});
    }
    page.lines.insert(page.lines.begin(), std::move(line));
    out.number = digits;
    out.line = 0;
    return out;
  }
  return out;
}

}  // namespace emend::ocr
