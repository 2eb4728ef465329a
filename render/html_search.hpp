// The HTML edition's search: what it finds (passages: paragraphs, footnotes,
// bibliography entries, each with its anchor and the thesis page it starts
// on) and the script that carries them to the browser, search-index.js. The
// search page (search.html) loads MiniSearch and that script and builds the
// index in the browser; a <script src> works from a web server and from
// disk (file://), where fetching a JSON file does not.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace emend::render {

// A piece of the edition the search finds.
struct Passage {
  std::string id;       // its anchor on its page
  char kind = 't';      // 't' text (a paragraph), 'n' a footnote, 'b' a bibliography entry
  std::string page;     // the thesis page it starts on (the last <pb n>), empty when not known
  std::string section;  // the heading of the division it is in, plain text
  std::string text;     // its words as the edition reads them
};

// The passages of one page of the site.
struct PagePassages {
  std::string file;   // "chapter-I.html"
  std::string label;  // "Chapter I": the results are grouped under it
  std::vector<Passage> passages;
};

// search-index.js: sets window.emendSearchData to
//   {parts: [[file, label], ...], sections: [heading, ...],
//    docs: [[part, id, kind, page, section, text], ...],
//    persons: [[id, name], ...]}
// (part and section are indexes into the two tables; persons, the index of
// persons' entries, for a query that names one). Deterministic.
std::string SearchIndexScript(const std::vector<PagePassages>& pages,
                              const std::vector<std::pair<std::string, std::string>>& persons = {});

// A JSON string literal (quotes included) for UTF-8 text: quotes,
// backslashes and control characters escaped, everything else as is.
std::string JsonString(std::string_view text);

}  // namespace emend::render
