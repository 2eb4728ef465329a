// The two outputs of an OCR run for one input file: plain text for
// `emend correct` and hOCR with per-word confidences.
#pragma once

#include <string>
#include <vector>

#include "ocr/engine.hpp"

namespace emend::ocr {

// One page of an input file, recognised and repaired.
struct PageResult {
  RecognizedPage page;
  int width = 0, height = 0;   // of the original image, pixels
  int dpi = 0;                 // the resolution used (declared or assumed)
  double scale = 1.0;          // preprocessed pixels per original pixel
  std::string preprocessing;   // PreprocessedPage::description
};

// One OCR line per line (words joined by one space), "\n" line ends, and a
// line holding only a form feed between two pages.
std::string FormatText(const std::vector<PageResult>& pages);

// An hOCR 1.2 document: one ocr_page per page (with the preprocessing record
// as x_emend_preprocessing), ocr_line and ocrx_word elements with bounding
// boxes in the original image's pixels, x_wconf, the model's language, and
// x_emend_engine for a word the script repair changed. `image` names the input.
std::string FormatHocr(const std::vector<PageResult>& pages, const std::string& image);

}  // namespace emend::ocr
