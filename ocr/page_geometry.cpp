#include "ocr/page_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace emend::ocr {

BoundingBox PageGeometry::ToSource(const BoundingBox& box) const {
  const double radians = rotation_degrees * M_PI / 180.0;
  const double c = std::cos(radians), s = std::sin(radians);
  // The rotation keeps the scaled image's size and turns about its centre.
  const double cx = width / 2.0, cy = height / 2.0;
  double left = 1e18, top = 1e18, right = -1e18, bottom = -1e18;
  for (const double x : {static_cast<double>(box.left), static_cast<double>(box.right)}) {
    for (const double y : {static_cast<double>(box.top), static_cast<double>(box.bottom)}) {
      // Undo the rotation (y grows downwards: clockwise on the page), then the scale.
      const double dx = x - cx, dy = y - cy;
      const double ox = (cx + dx * c + dy * s) / scale, oy = (cy - dx * s + dy * c) / scale;
      left = std::min(left, ox), right = std::max(right, ox);
      top = std::min(top, oy), bottom = std::max(bottom, oy);
    }
  }
  auto clip = [](double v, int high) {
    return static_cast<int>(std::clamp(std::lround(v), 0L, static_cast<long>(high)));
  };
  return {clip(left, source_width), clip(top, source_height), clip(right, source_width),
          clip(bottom, source_height)};
}

}  // namespace emend::ocr
