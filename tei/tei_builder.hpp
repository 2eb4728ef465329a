// Builds the one TEI P5 document of the thesis: header, front (title page,
// abstract, contents), body (divisions, paragraphs, the author's footnotes at
// their reference points, page breaks), back (bibliography), with every
// emendation as <choice><sic/><corr/></choice>.
#pragma once

#include <string>
#include <vector>

#include "correct/lexicon.hpp"
#include "tei/metadata.hpp"
#include "tei/reading.hpp"
#include "tei/structure.hpp"

namespace emend::tei {

struct TeiOptions {
  std::string tool_version;  // recorded in encodingDesc/appInfo
  std::string source_file;   // the OCR text's name, recorded in the header
  // Tells Serbo-Croatian from English (tei/language.hpp); none: not marked.
  const correct::Lexicon* lexicon = nullptr;
  // A body line narrower than this (code points) that ends with a full stop
  // or a closing mark ends its paragraph (StructureProfile::paragraph_end_width).
  size_t paragraph_end_width = 66;
  // dictionaries/persons.tsv (tei/persons.hpp), read with the lexicon's
  // names: persons marked and listed; empty, or no lexicon: none.
  std::string persons_file{};
  // The address of each scanned page's image, as pb/@facs: a template for
  // FacsimileAddress (tei/scanned_pages.hpp), "{n}" the page's place in the
  // scans ("facs/p{n:4}.png"). Used for page ends with a next_sheet (a text
  // from scans); empty: no @facs. A malformed template throws UsageError.
  std::string facsimiles{};
};

// The document, serialised as indented UTF-8 XML. Deterministic: the same
// input gives the same bytes (ids come from the structure, no dates or clocks).
std::string BuildTei(const std::vector<ReadingLine>& lines, const Structure& structure,
                     const Metadata& metadata, const TeiOptions& options);

}  // namespace emend::tei
