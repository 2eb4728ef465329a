// Which page of the HTML edition each part of the TEI lands on: the index
// (title page and front matter), one page per top-level body division, one per
// back division (the bibliography); and so where a TEI link ("#chI.s1") points.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tei/document.hpp"

namespace emend::render {

struct SitePage {
  std::string file;   // "index.html", "chapter-I.html": a plain name, unique in the site
  std::string label;  // for navigation: "Contents", "Introduction", "Chapter I", "Bibliography"
  const tei::Div* div = nullptr;  // the division the page shows; nullptr for the index
};

class SitePlan {
 public:
  // The document must outlive the plan (pages point into it).
  explicit SitePlan(const tei::Document& document);

  // The index first, then the body's divisions, then the back's, in order.
  const std::vector<SitePage>& pages() const { return pages_; }

  // The href for a TEI pointer seen from the page `from`: "#x" on the same
  // page, "other.html#x" elsewhere, "other.html" for a page's own division.
  // Empty when the pointer names nothing in the document (or is not "#...").
  std::string Href(std::string_view target, std::string_view from) const;

  // The TEI ids that land on a page, so generated ids can avoid them.
  std::vector<std::string> IdsOn(std::string_view file) const;

 private:
  void Place(const tei::Div& div, const std::string& file);
  void Place(const std::vector<tei::Inline>& content, const std::string& file);

  std::vector<SitePage> pages_;
  std::map<std::string, std::string, std::less<>> file_of_id_;
  std::map<std::string, std::string, std::less<>>
      page_division_;  // a page's division id -> its file
};

}  // namespace emend::render
