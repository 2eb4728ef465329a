// Where a box found on the cleaned page lies on the original image: the
// preprocessing scales a page and rotates its skew away, so Tesseract's boxes
// are in another frame than the scan's.
#pragma once

namespace emend::ocr {

struct BoundingBox {
  int left = 0, top = 0, right = 0, bottom = 0;  // pixels, right and bottom exclusive
};

// The transform from the original image to the cleaned page: scaled by
// `scale` about the top left corner, then rotated by `rotation_degrees`
// (clockwise positive, as Leptonica's pixRotate) about the scaled image's
// centre, keeping its size.
struct PageGeometry {
  int source_width = 0, source_height = 0;  // the original image, pixels
  double scale = 1.0;                       // cleaned pixels per original pixel
  double rotation_degrees = 0.0;            // the rotation applied (0: none)
  int width = 0, height = 0;                // the cleaned page, pixels

  // The smallest box on the original image holding `box` of the cleaned page
  // (its four corners mapped back), clipped to the original image.
  BoundingBox ToSource(const BoundingBox& box) const;
};

}  // namespace emend::ocr
