#include "render/html_site_plan.hpp"

#include <set>

#include "render/html_escape.hpp"

namespace emend::render {
namespace {

// "chapter" + "I" -> "chapter-I": letters, digits and '-' only, so the name is
// safe on every file system and in a URL without escaping.
std::string FileStem(const tei::Div& div, std::size_t position) {
  std::string stem;
  for (const std::string* part : {&div.type, &div.n}) {
    if (part->empty()) continue;
    if (!stem.empty()) stem += '-';
    for (const char c : *part) {
      const bool safe =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      stem += safe ? c : '-';
    }
  }
  if (stem.empty()) stem = "part-" + std::to_string(position + 1);
  return stem;
}

std::string Capitalised(std::string word) {
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z')
    word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

// What the navigation calls a division: its type and number ("Chapter I"),
// else its heading's text.
std::string LabelOf(const tei::Div& div, std::size_t position) {
  if (!div.type.empty()) return Capitalised(div.type) + (div.n.empty() ? "" : " " + div.n);
  for (const tei::Block& block : div.blocks) {
    if (block.kind == tei::BlockKind::kHead) return tei::PlainText(block.content);
  }
  return "Part " + std::to_string(position + 1);
}

}  // namespace

SitePlan::SitePlan(const tei::Document& document) {
  pages_.push_back({"index.html", "Contents", nullptr});
  // The names of the site's own files: index.html, edition.css/.js,
  // search.html, search-index.js, minisearch.js, about.html, persons.html, thesis.tei.xml/.pdf.
  std::set<std::string> taken = {"index",      "edition", "search", "search-index",
                                 "minisearch", "about",   "thesis", "persons"};
  std::size_t position = 0;
  for (const std::vector<tei::Div>* part : {&document.body, &document.back}) {
    for (const tei::Div& div : *part) {
      std::string stem = FileStem(div, position);
      for (int k = 2; taken.count(stem) != 0; ++k)
        stem = FileStem(div, position) + "-" + std::to_string(k);
      taken.insert(stem);
      pages_.push_back({stem + ".html", LabelOf(div, position), &div});
      ++position;
    }
  }
  for (const tei::Div& div : document.front) Place(div, "index.html");
  for (const SitePage& page : pages_) {
    if (page.div == nullptr) continue;
    Place(*page.div, page.file);
    if (!page.div->id.empty()) page_division_.emplace(page.div->id, page.file);
  }
}

void SitePlan::Place(const tei::Div& div, const std::string& file) {
  if (!div.id.empty()) file_of_id_.emplace(div.id, file);
  for (const tei::Block& block : div.blocks) {
    if (!block.id.empty()) file_of_id_.emplace(block.id, file);
    Place(block.content, file);
    for (const tei::Block& inner : block.blocks) {
      if (!inner.id.empty()) file_of_id_.emplace(inner.id, file);
      Place(inner.content, file);
    }
    for (const tei::Item& item : block.items) {
      if (!item.id.empty()) file_of_id_.emplace(item.id, file);
      Place(item.content, file);
    }
  }
  for (const tei::Div& child : div.divisions) Place(child, file);
}

void SitePlan::Place(const std::vector<tei::Inline>& content, const std::string& file) {
  for (const tei::Inline& in : content) {
    if (in.kind == tei::InlineKind::kNote && !in.id.empty()) file_of_id_.emplace(in.id, file);
    if (in.kind == tei::InlineKind::kChoice && !in.choice.id.empty())
      file_of_id_.emplace(in.choice.id, file);
    Place(in.content, file);
  }
}

std::string SitePlan::Href(std::string_view target, std::string_view from) const {
  if (target.size() < 2 || target.front() != '#') return "";
  const std::string_view id = target.substr(1);
  const auto page = page_division_.find(id);
  if (page != page_division_.end())
    return page->second == from ? "#" + FragmentOf(id) : page->second;
  const auto it = file_of_id_.find(id);
  if (it == file_of_id_.end()) return "";
  return (it->second == from ? "" : it->second) + "#" + FragmentOf(id);
}

std::vector<std::string> SitePlan::IdsOn(std::string_view file) const {
  std::vector<std::string> ids;
  for (const auto& [id, where] : file_of_id_) {
    if (where == file) ids.push_back(id);
  }
  return ids;
}

}  // namespace emend::render
