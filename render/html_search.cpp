#include "render/html_search.hpp"

#include <map>

namespace emend::render {

std::string JsonString(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static constexpr char kHex[] = "0123456789abcdef";
          out += "\\u00";
          out += kHex[(c >> 4) & 0xf];
          out += kHex[c & 0xf];
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

std::string SearchIndexScript(const std::vector<PagePassages>& pages,
                              const std::vector<std::pair<std::string, std::string>>& persons) {
  std::string parts, sections, docs;
  std::map<std::string, std::size_t> section_index;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const PagePassages& page = pages[p];
    if (p > 0) parts += ",\n";
    parts += '[' + JsonString(page.file) + ',' + JsonString(page.label) + ']';
    for (const Passage& passage : page.passages) {
      if (passage.text.empty()) continue;
      auto [it, added] = section_index.emplace(passage.section, section_index.size());
      if (added) sections += (it->second == 0 ? "" : ",\n") + JsonString(passage.section);
      if (!docs.empty()) docs += ",\n";
      docs += '[' + std::to_string(p) + ',' + JsonString(passage.id) + ",\"" + passage.kind +
              "\"," + JsonString(passage.page) + ',' + std::to_string(it->second) + ',' +
              JsonString(passage.text) + ']';
    }
  }
  std::string people;
  for (const auto& [id, name] : persons) {
    people += (people.empty() ? "" : ",\n") + std::string("[") + JsonString(id) + ',' +
              JsonString(name) + ']';
  }
  return "// The passages the edition's search finds, written by emend render (see "
         "render/html_search.hpp).\n"
         "window.emendSearchData = {\nparts: [\n" +
         parts + "],\nsections: [\n" + sections + "],\ndocs: [\n" + docs + "],\npersons: [\n" +
         people + "]\n};\n";
}

}  // namespace emend::render
