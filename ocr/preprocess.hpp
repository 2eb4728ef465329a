// Cleaning a page image before recognition, with Leptonica: grey, its
// resolution checked against the text's x-height, scaled to the resolution
// Tesseract reads best, background normalised, binarised and deskewed. What was done is returned so
// that it can be recorded in the hOCR.
#pragma once

#include <string>

#include "ocr/binarization.hpp"
#include "ocr/page_geometry.hpp"
#include "ocr/pix.hpp"

namespace emend::ocr {

struct PreprocessOptions {
  // Which threshold turns the grey page into black and white. Otsu on the
  // background-normalised page measured better than Sauvola on the degraded
  // sample pages (bench/ocr_bench.sh prints both).
  Binarization binarization = Binarization::kOtsu;
  // Even out uneven lighting before thresholding.
  bool normalize_background = true;
  // Find the skew and rotate it away.
  bool deskew = true;
  // Clean black-and-white pages too (they used to go to Tesseract as they
  // came): remove what touches the page's edges (a copier's dark bands, a
  // book's gutter) and specks away from the text.
  bool clean_bilevel = true;
  // A black-and-white page given as such is rotated only when skewed by at
  // least this many degrees: rotating bilevel pixels resamples every stroke,
  // and below a degree Tesseract's own line finding copes better
  // (bench/bilevel_bench.sh, 3 dirty 300 dpi pages: skewed 0.4 deg, 4.66 %
  // CER left as it is against 4.82 % deskewed; 0.8 deg, 4.52 against 4.44;
  // 1.5 deg, 4.72 against 4.66).
  double bilevel_min_deskew_degrees = 1.0;
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
  PixPtr binary;       // 1 bit per pixel, deskewed
  int dpi = 0;         // resolution of `binary`
  int source_dpi = 0;  // resolution of the original image, as used (declared, assumed or measured)
  double scale = 1.0;  // binary pixels per original pixel
  double skew_degrees = 0.0;  // the skew found (and removed when deskewing)
  bool dpi_declared = true;   // false when fallback_dpi was assumed
  int x_height = 0;           // the text's x-height in the original image, pixels (0: not measured)
  // How `binary` relates to the original image (for boxes in the original's frame).
  PageGeometry geometry;
  // A one-line record: "sauvola; background normalised; deskewed 1.20 deg; 200->300 dpi".
  std::string description;
};

// Removes from a black-and-white page at `dpi` the ink that touches the
// page's edges and the specks: anything no larger than 1/150 inch, and
// anything no larger than 1/50 inch that lies further than 1/6 inch along
// the line, or 1/30 inch across it, from larger ink or from a speck kept (a
// full stop, a colon or an ellipsis lies close to its word). Returns
// what it did, for the record ("edges cleared; specks removed"). Exposed for tests.
PixPtr CleanBilevel(const Pix* binary, int dpi, std::string* record = nullptr);

// Never fails on a page ReadPage returned; throws std::runtime_error only if
// Leptonica runs out of memory.
PreprocessedPage Preprocess(const Pix* page, const PreprocessOptions& options);

}  // namespace emend::ocr
