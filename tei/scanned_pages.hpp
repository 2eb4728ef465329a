// The pages of a text read from scans (emend ocr): a line holding only a form
// feed between two pages, and beside the text NAME.pages.tsv with the page
// number printed on each page and the line that holds it. Such a text's page
// breaks are exact: structure recovery takes them instead of inferring them
// (tei/pages.hpp), and each page links to its image.
#pragma once

#include <string>
#include <vector>

#include "tei/pages.hpp"

namespace emend::tei {

// One row of NAME.pages.tsv (ocr/page_output.hpp, FormatPageTable).
struct PageTableRow {
  size_t page = 0;      // the page's place in the scans, 1-based
  std::string printed;  // the printed number read from it ("12", "iv"); empty if none
  size_t line = 0;      // the line of the page that holds it, 1-based; 0 if none
  std::string error;    // why the page could not be read; empty if it was
};

// Reads NAME.pages.tsv: the header "page\tprinted\tline\terror", then one row
// per page in order (page 1, 2, ...). Throws InputError "path:line:col:
// message" for a wrong header, a wrong field count, a page out of order, a
// line that is not a number.
std::vector<PageTableRow> ReadPageTable(const std::string& path);

// Whether the text holds a form feed: a text from scans.
bool HasFormFeeds(const std::vector<std::string>& lines);

// The text split into its pages. A line holding only a form feed ends a page
// (Tesseract's own "\f" at the start of the next page's first line does too:
// `first_byte_dropped` then names that line); such lines and each page's
// printed number are no text of the edition.
struct ScannedText {
  std::vector<size_t> kept;  // the lines of text, 0-based lines of the input, in order
  // One per page, in order: first_line is an index into `kept` (the page's
  // first line of text; kept.size() for a page without any), sheet the page's
  // place in the scans (1-based), number the printed number (arabic) read from
  // it, 0 if none.
  std::vector<ScannedPage> pages;
  std::vector<size_t>
      first_byte_dropped;  // input lines that start with the form feed ending the page before
};

// Splits `lines` at its form feeds. With a page table (`table` not empty),
// the line the table names on each page is its printed number: left out of
// the text, its number the page's (when it is arabic). Without one, a page's
// first or last line that holds only a number (1 to 4 digits, perhaps between
// dashes or brackets or followed by a full stop) is taken to be it. Throws
// InputError naming `table_path` when the table has another number of pages
// than the text, or names a line past its page's end.
ScannedText SplitScannedPages(const std::vector<std::string>& lines,
                              const std::vector<PageTableRow>& table,
                              const std::string& table_path);

// The address of a page's image from a template: "{n}" becomes the page's
// place in the scans (1-based), "{n:W}" the same zero-padded to W digits
// ("facs/p{n:4}.png" -> "facs/p0007.png"). Throws UsageError for a template
// without "{n" or with a malformed field.
std::string FacsimileAddress(const std::string& pattern, size_t sheet);

}  // namespace emend::tei
