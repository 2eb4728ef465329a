// The two outputs of an OCR run for one input file: plain text for
// `emend correct` and hOCR with per-word confidences.
#pragma once

#include <string>
#include <vector>

#include "ocr/engine.hpp"
#include "ocr/page_geometry.hpp"
#include "ocr/page_number.hpp"

namespace emend::ocr {

// One page of an input file, recognised and repaired.
struct PageResult {
  RecognizedPage page;
  int width = 0, height = 0;  // of the original image, pixels
  int dpi = 0;                // the original's resolution (declared, assumed or measured)
  PageGeometry geometry;      // from the preprocessed page to the original
  std::string preprocessing;  // PreprocessedPage::description
  std::string error;          // why the page is empty: it could not be read or recognised
  PrintedPageNumber printed;  // the page number read from the page, if any
};

// One OCR line per line (words joined by one space), "\n" line ends, and a
// line holding only a form feed between two pages.
std::string FormatText(const std::vector<PageResult>& pages);

// An hOCR 1.2 document: one ocr_page per page (with the preprocessing record
// as x_emend_preprocessing), ocr_line and ocrx_word elements with bounding
// boxes in the original image's pixels, x_wconf, the model's language, and
// x_emend_engine and x_emend_repair for a word emend changed or added after
// the engine's reading (the engine's text, "" where it read nothing, and
// why: the script repair, a raised mark, a re-read page number); a page that failed has
// no lines and its error as x_emend_error. `image` names the input.
// The printed page number, when one was read, is the ocr_page's
// x_emend_printed_page.
std::string FormatHocr(const std::vector<PageResult>& pages, const std::string& image);

// One page as an ALTO 4 document (pixel units, boxes in the original image's
// frame, word confidences as WC 0..1, the printed page number as the Page's
// PRINTED_IMG_NR). `index` is the page's place in the input (0-based). A page
// that failed has an empty PrintSpace.
std::string FormatAlto(const PageResult& page, size_t index, const std::string& image);

// The pages' sidecar: a TSV with a header, one row per page: its place in
// the input (1-based), the printed page number read from it (empty if none),
// the line that holds it (1-based within the page, empty if none), and the
// error of a page that failed.
std::string FormatPageTable(const std::vector<PageResult>& pages);

// The pieces the formats above are made of, for writing a page at a time
// (emend ocr --shard) and joining the pages later (--merge):
// FormatText is the PageText of each page joined by "\f\n"; FormatHocr is
// HocrHead, the HocrPage of each page, HocrTail; FormatPageTable is
// PageTableHeader and the PageTableRow of each page. `index` is 0-based.
std::string PageText(const PageResult& page);
std::string HocrHead(const std::string& image);
std::string HocrPage(const PageResult& page, size_t index, const std::string& image);
std::string HocrTail();
std::string PageTableHeader();
std::string PageTableRow(const PageResult& page, size_t index);

}  // namespace emend::ocr
