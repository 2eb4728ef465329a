#include "ocr/resolution.hpp"

#include <leptonica/allheaders.h>

#include <array>
#include <cmath>
#include <vector>

namespace emend::ocr {
namespace {

constexpr double kTypicalXHeight = 0.07;  // inch
constexpr double kLowestXHeight = 0.035, kHighestXHeight = 0.13;
constexpr std::array<int, 9> kUsualDpi = {72, 100, 150, 200, 240, 300, 400, 600, 1200};

}  // namespace

int MeasureXHeight(const Pix* binary, int min_letters) {
  Pix* pix = const_cast<Pix*>(binary);  // Leptonica takes non-const images it does not change
  if (!pix || pixGetDepth(pix) != 1) return 0;
  Boxa* boxes = pixConnCompBB(pix, 8);
  if (!boxes) return 0;
  // Heights of letter-sized components: at least 4 pixels high (smaller is a
  // speck or a dot), not more than 4 times wider than high (a rule), not more
  // than 300 pixels either way (a picture, a border).
  std::vector<int> count(302, 0);
  const int n = boxaGetCount(boxes);
  for (int i = 0; i < n; ++i) {
    l_int32 x, y, w, h;
    if (boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h) != 0) continue;
    if (h < 4 || h > 300 || w > 300 || w > 4 * h) continue;
    ++count[h];
  }
  boxaDestroy(&boxes);
  // The most common height, counting each height with its neighbours (a
  // letter's height varies by a pixel with the threshold).
  int best = 0, best_count = 0;
  for (int h = 4; h <= 300; ++h) {
    const int around = count[h - 1] + count[h] + count[h + 1];
    if (around > best_count) best = h, best_count = around;
  }
  return best_count >= min_letters ? best : 0;
}

ResolutionCheck CheckResolution(int declared, int x_height) {
  ResolutionCheck out;
  out.dpi = declared;
  if (x_height <= 0 || declared <= 0) return out;
  const double inches = static_cast<double>(x_height) / declared;
  if (inches >= kLowestXHeight && inches <= kHighestXHeight) return out;
  const double measured = x_height / kTypicalXHeight;
  int nearest = kUsualDpi.front();
  for (int dpi : kUsualDpi) {
    if (std::fabs(std::log(dpi / measured)) < std::fabs(std::log(nearest / measured)))
      nearest = dpi;
  }
  out.dpi = nearest;
  out.changed = nearest != declared;
  out.note = std::to_string(declared) + " dpi does not fit the text (x-height " +
             std::to_string(x_height) + " px): " + std::to_string(nearest) + " dpi used";
  return out;
}

}  // namespace emend::ocr
