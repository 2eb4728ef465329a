// A long run in pieces: `emend ocr --shard K/N` recognises every N-th page
// (counted over all inputs, in order) and writes each page's results as soon
// as it is done, as one page record file written atomically; a page whose
// record exists is skipped, so a shard that was stopped resumes where it
// stopped. `emend ocr --merge` then checks that every page of every input has
// its record and writes the usual outputs from them.
#pragma once

#include <string>

#include "ocr/page_output.hpp"
#include "ocr/shard_spec.hpp"

namespace emend::ocr {

// The folder of an input's page records: <base>.shards, where <base> is the
// output path without extension (DIR/NAME).
std::string ShardFolder(const std::string& base);

// The record file of page `index` (0-based) in `folder`: 0001.page, ...
std::string PageRecordPath(const std::string& folder, size_t index);

// One page's results as --merge needs them: its text, hOCR ocr_page, ALTO
// document and pages.tsv row, and its error if it failed. `pages` is how many
// pages the input has.
std::string FormatPageRecord(const PageResult& page, size_t index, size_t pages,
                             const std::string& image);

struct PageRecord {
  size_t index = 0, pages = 0;  // 0-based page, pages in the input
  std::string error;            // the page failed: why
  std::string text, hocr, alto, row;
};

// Reads a record written by FormatPageRecord. Throws InputError ("file:
// message") for a file that is not one, or truncated.
PageRecord ReadPageRecord(const std::string& path);

}  // namespace emend::ocr
