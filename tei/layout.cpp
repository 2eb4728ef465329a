#include "tei/layout.hpp"

#include <set>
#include <string>

namespace emend::tei {
namespace {

// Elements whose content is running text (even when it happens to be only
// elements, as a paragraph holding one emendation).
bool HoldsText(const char* name) {
  static const std::set<std::string> text = {
      "p",       "head",  "note",   "item",      "bibl",      "ref",       "foreign",
      "choice",  "sic",   "corr",   "titlePart", "docAuthor", "byline",    "docImprint",
      "docDate", "title", "author", "resp",      "name",      "publisher", "idno",
      "date",    "label", "desc",   "language",  "hi",        "q"};
  return text.count(name) > 0;
}

}  // namespace

void BreakLines(pugi::xml_node node) {
  if (node.type() != pugi::node_element || HoldsText(node.name())) return;
  bool element_only = static_cast<bool>(node.first_child());
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_pcdata) element_only = false;
  }
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element) BreakLines(child);
  }
  if (!element_only) return;
  for (pugi::xml_node child = node.first_child(); child;) {
    pugi::xml_node next = child.next_sibling();
    node.insert_child_before(pugi::node_pcdata, child).set_value("\n");
    child = next;
  }
  node.append_child(pugi::node_pcdata).set_value("\n");
}

}  // namespace emend::tei
