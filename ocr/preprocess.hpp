// Cleaning a page image before recognition, with Leptonica: grey, its
// resolution checked against the text's x-height, scaled to the resolution
// Tesseract reads best, background normalised, binarised and deskewed. What was done is returned so that it can be recorded in the hOCR.
#pragma once

#include <string>

#include "ocr/page_geometry.hpp"
#include "ocr/pix.hpp"

namespace emend::ocr {

enum class Binarization {
  kOtsu,     // Otsu's threshold on the background-normalised page
  kSauvola,  // Sauvola's local threshold (window about 1/12 inch)
};

// "otsu" / "sauvola"; Parse returns false for anything else.
std::string ToString(Binarization b);
bool ParseBinarization(const std::string& name, Binarization& out);

struct PreprocessOptions {
  // Which threshold turns the grey page into black and white. Otsu on the
  // background-normalised page measured better than Sauvola on the degraded
  // sample pages (bench/ocr_bench.sh prints both).
  Binarization binarization = Binarization::kOtsu;
  // Even out uneven lighting before thresholding.
  bool normalize_background = true;
  // Find the skew and rotate it away.
  bool deskew = true;
  // Pages below this resolution are scaled up to it (Tesseract's LSTM models
  // read text with an x-height of 20 to 30 pixels best).
  int target_dpi = 300;
  // Resolution assumed for a file that declares none.
  int fallback_dpi = 300;
  // Check the declared (or assumed) resolution against the text's x-height
  // and overrule it when they disagree (see resolution.hpp).
  bool check_resolution = true;
};

struct PreprocessedPage {
  PixPtr binary;              // 1 bit per pixel, deskewed
  int dpi = 0;                // resolution of `binary`
  int source_dpi = 0;         // resolution of the original image, as used (declared, assumed or measured)
  double scale = 1.0;         // binary pixels per original pixel
  double skew_degrees = 0.0;  // the skew found (and removed when deskewing)
  bool dpi_declared = true;   // false when fallback_dpi was assumed
  int x_height = 0;           // the text's x-height in the original image, pixels (0: not measured)
  // How `binary` relates to the original image (for boxes in the original's frame).
  PageGeometry geometry;
  // A one-line record: "sauvola; background normalised; deskewed 1.20 deg; 200->300 dpi".
  std::string description;
};

// Never fails on a page ReadPage returned; throws std::runtime_error only if
// Leptonica runs out of memory.
PreprocessedPage Preprocess(const Pix* page, const PreprocessOptions& options);

}  // namespace emend::ocr
