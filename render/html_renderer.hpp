// The edition as a static HTML site: an index with the contents, downloads
// and how to cite; a page per chapter; the bibliography; "About this
// edition" (the editorial policy); a client-side search. Footnotes and
// emendations are readable in place.
#pragma once

#include <string>

#include "render/renderer.hpp"

namespace emend::render {

struct HtmlOptions {
  // The edition's build date as shown to readers ("2026-12-01"); empty: not
  // shown. MakeRenderer("html") takes it from SOURCE_DATE_EPOCH, so that two
  // builds of one commit give the same bytes.
  std::string build_date;
};

class HtmlRenderer : public Renderer {
 public:
  explicit HtmlRenderer(HtmlOptions options = {}) : options_(std::move(options)) {}
  std::string_view name() const override { return "html"; }
  bool writes_folder() const override { return true; }
  // The pages, edition.css/.js, search-index.js and minisearch.js (when
  // emend was built with it), and the TEI itself as thesis.tei.xml. The site
  // links thesis.pdf and thesis.emendations.tsv too: `make html` and `make`
  // copy them in beside the pages.
  std::vector<OutputFile> Render(const tei::Document& document) const override;

 private:
  HtmlOptions options_;
};

// "2026-12-01" for a SOURCE_DATE_EPOCH value (seconds since 1970, UTC);
// empty when the value is not a whole number of seconds.
std::string DateFromEpoch(std::string_view seconds);

}  // namespace emend::render
