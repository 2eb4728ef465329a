#include "render/html_renderer.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "render/html_assets.hpp"
#include "render/html_escape.hpp"
#include "render/html_page_writer.hpp"
#include "render/html_search.hpp"
#include "render/html_site_plan.hpp"
#include "render/readable_date.hpp"
#include "tei/persons.hpp"
#include "tei/tei_writer.hpp"

namespace emend::render {
namespace {

// The files the site offers for download, beside the pages. The renderer
// writes the TEI; `make` copies the other two in (see the Makefile).
constexpr const char* kTeiFile = "thesis.tei.xml";
constexpr const char* kPdfFile = "thesis.pdf";
constexpr const char* kEmendationsFile = "thesis.emendations.tsv";

// What a page is made of besides its text.
struct PageParts {
  std::string title;        // for <title>, plain text
  std::string main;         // the inside of <main>, HTML
  std::string scripts;      // <script> elements to load before edition.js
  bool search_form = true;  // the header's search box (not on the search page itself)
};

// An entry of the site's navigation: the plan's pages, then the site's own.
struct NavEntry {
  std::string file, label;
};

std::string ShortTitle(const tei::Document& d) {
  if (!d.title_page.title.empty()) return d.title_page.title;
  if (!d.header.title.empty()) return d.header.title;
  return "The edition";
}

std::string Author(const tei::Document& d) {
  return d.header.author.empty() ? d.title_page.author : d.header.author;
}

std::string Title(const tei::Document& d) {
  return d.header.title.empty() ? ShortTitle(d) : d.header.title;
}

// The awarding institution: the title page's imprint, else what follows the
// degree in the source's note ("PhD thesis (...), London School ...").
std::string Institution(const tei::Document& d) {
  if (!d.title_page.imprint.empty()) return d.title_page.imprint;
  const std::string& note = d.header.degree_note;
  const std::size_t comma = note.find(", ");
  return comma == std::string::npos ? "" : note.substr(comma + 2);
}

// The year of the thesis ("2004" of "2004-02").
std::string Year(const tei::Document& d) {
  const std::string& date = d.header.date.empty() ? d.title_page.date : d.header.date;
  return date.substr(0, date.find('-'));
}

std::string SiteNav(const std::vector<NavEntry>& nav, const std::string& current) {
  std::string out = "<nav class=\"site-nav\" aria-label=\"Parts of the thesis\">\n<ul>\n";
  for (const NavEntry& entry : nav) {
    out += "<li><a href=\"" + EscapeAttribute(entry.file) + "\"";
    if (entry.file == current) out += " aria-current=\"page\"";
    out += '>' + EscapeText(entry.label) + "</a></li>\n";
  }
  return out + "</ul>\n</nav>\n";
}

// Links to the previous and the next page of the thesis, for reading straight through.
std::string Pager(const SitePlan& plan, std::size_t current) {
  const auto& pages = plan.pages();
  std::string out = "<nav class=\"pager\" aria-label=\"Previous and next\">\n";
  if (current > 0) {
    out += "<a rel=\"prev\" href=\"" + EscapeAttribute(pages[current - 1].file) +
           "\"><span class=\"vh\">Previous: </span>\xE2\x86\x90 " +
           EscapeText(pages[current - 1].label) + "</a>\n";
  }
  if (current + 1 < pages.size()) {
    out += "<a rel=\"next\" href=\"" + EscapeAttribute(pages[current + 1].file) +
           "\"><span class=\"vh\">Next: </span>" + EscapeText(pages[current + 1].label) +
           " \xE2\x86\x92</a>\n";
  }
  return out + "</nav>\n";
}

std::string Footer(const tei::Document& d, const HtmlOptions& options) {
  const tei::HeaderSummary& h = d.header;
  std::string out = "<footer class=\"site-footer\">\n<p>";
  out += EscapeText(Author(d));
  out += ", <cite>" + EscapeText(Title(d)) + "</cite>";
  if (!h.degree_note.empty()) out += ", " + EscapeText(h.degree_note);
  if (!h.date.empty()) out += ", " + EscapeText(ReadableDate(h.date));
  out += '.';
  if (!h.source_id.empty() || !h.publisher.empty()) {
    out += " Source: " + EscapeText(h.source_id);
    if (!h.publisher.empty()) out += (h.source_id.empty() ? "" : ", ") + EscapeText(h.publisher);
    out += '.';
  }
  out += "</p>\n<p>Text recovered from the OCR by emend";
  if (!h.tool_version.empty()) out += ' ' + EscapeText(h.tool_version);
  if (!options.build_date.empty()) out += ", built " + EscapeText(options.build_date);
  out +=
      ": every emendation is kept and shows what the OCR read (<a href=\"about.html\">about this "
      "edition</a>).</p>\n</footer>\n";
  return out;
}

void Meta(std::string& out, const char* name, const std::string& content) {
  if (content.empty()) return;
  out += "<meta name=\"";
  out += name;
  out += "\" content=\"" + EscapeAttribute(content) + "\" />\n";
}

// The tags reference managers (Zotero, Google Scholar's conventions) read. The
// PDF's address is relative here; the script makes it absolute.
std::string CitationMeta(const tei::Document& d) {
  std::string out;
  Meta(out, "citation_title", Title(d));
  Meta(out, "citation_author", Author(d));
  std::string date = d.header.date.empty() ? d.title_page.date : d.header.date;
  for (char& c : date) c = c == '-' ? '/' : c;
  Meta(out, "citation_publication_date", date);
  Meta(out, "citation_dissertation_institution", Institution(d));
  Meta(out, "citation_language", d.lang);
  Meta(out, "citation_pdf_url", kPdfFile);
  return out;
}

// The controls of the text's marks: which emendations are underlined (the
// apparatus views) and the diplomatic view. Hidden until the script runs.
constexpr const char* kControls =
    "<div class=\"controls\">\n"
    "<fieldset class=\"marks\" id=\"marks\" hidden=\"hidden\">\n<legend>Marked "
    "emendations</legend>\n"
    "<label><input type=\"radio\" name=\"marks\" value=\"reading\" /> None</label>\n"
    "<label><input type=\"radio\" name=\"marks\" value=\"substantive\" checked=\"checked\" /> "
    "Substantive</label>\n"
    "<label><input type=\"radio\" name=\"marks\" value=\"all\" /> All</label>\n"
    "</fieldset>\n"
    "<button type=\"button\" id=\"view-toggle\" class=\"view-toggle\" aria-pressed=\"false\" "
    "hidden=\"hidden\">"
    "Diplomatic view <span class=\"view-state\" aria-hidden=\"true\"></span></button>\n"
    "</div>\n";

constexpr const char* kSearchForm =
    "<form class=\"site-search\" role=\"search\" action=\"search.html\" method=\"get\">\n"
    "<label for=\"site-q\" class=\"vh\">Search the edition</label>\n"
    "<input id=\"site-q\" name=\"q\" type=\"search\" placeholder=\"Search the edition\" />\n"
    "<button type=\"submit\">Search</button>\n</form>\n";

// Pages are HTML5 written so that they are also well-formed XML (void
// elements closed, attributes with values): any XML tool can check them.
std::string Page(const tei::Document& d, const HtmlOptions& options,
                 const std::vector<NavEntry>& nav, const std::string& file,
                 const std::string& pager, const PageParts& parts) {
  std::string out;
  out.reserve(parts.main.size() + 6144);
  out += "<!DOCTYPE html>\n<html";
  out += " lang=\"" + EscapeAttribute(d.lang.empty() ? "en" : d.lang) + "\">\n<head>\n";
  out += "<meta charset=\"utf-8\" />\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n";
  // Nothing is loaded from elsewhere, and nothing but the site's own script runs.
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'self'; "
      "script-src 'self'; img-src 'self'\" />\n";
  out += "<title>" + EscapeText(parts.title) + "</title>\n";
  out += CitationMeta(d);
  out += "<link rel=\"stylesheet\" href=\"edition.css\" />\n";
  out += parts.scripts;
  out += "<script src=\"edition.js\" defer=\"defer\"></script>\n</head>\n<body>\n";
  out += "<a class=\"skip\" href=\"#main\">Skip to the text</a>\n";
  out += "<header class=\"site-header\">\n<p class=\"site-title\"><a href=\"index.html\">" +
         EscapeText(ShortTitle(d)) + "</a>";
  const std::string& author = d.title_page.author.empty() ? d.header.author : d.title_page.author;
  if (!author.empty()) out += " <span class=\"site-author\">" + EscapeText(author) + "</span>";
  out += "</p>\n";
  if (parts.search_form) out += kSearchForm;
  out += kControls;
  out += SiteNav(nav, file);
  out += "</header>\n<main id=\"main\" tabindex=\"-1\">\n";
  out += parts.main;
  out += pager;
  out += "</main>\n";
  out += Footer(d, options);
  out += "</body>\n</html>\n";
  return out;
}

// The downloads, how to cite, the version and the source, on the index.
std::string DownloadsAndCitation(const tei::Document& d, const HtmlOptions& options) {
  const tei::HeaderSummary& h = d.header;
  std::string out =
      "<section class=\"downloads\" id=\"downloads\" aria-labelledby=\"downloads-title\">\n"
      "<h2 id=\"downloads-title\">Download and cite</h2>\n<ul class=\"download-list\">\n";
  out += std::string("<li><a href=\"") + kPdfFile +
         "\" type=\"application/pdf\">The edition as PDF</a>: the text typeset with the author's "
         "footnotes "
         "and a line-numbered apparatus of emendations.</li>\n";
  out += std::string("<li><a href=\"") + kTeiFile +
         "\" type=\"application/tei+xml\">The TEI P5 source</a> (XML): the one document every "
         "edition is made from, each emendation marked with the OCR's reading.</li>\n";
  out += std::string("<li><a href=\"") + kEmendationsFile +
         "\" type=\"text/tab-separated-values\">The emendations</a> (tab-separated): every repair "
         "the corrector made or proposed, with its place, class, certainty and "
         "evidence.</li>\n</ul>\n";
  out +=
      "<h3>How to cite</h3>\n<p>Cite the thesis by the page numbers of its typescript, which the "
      "text shows as \xE2\x80\x96\xC2\xA0"
      "57 where page 57 begins (a link to a page: "
      "<code>chapter-II.html#page-57</code>), and the search and the index give with every "
      "passage:</p>\n<p class=\"cite-as\">";
  out += EscapeText(Author(d)) + ", <cite>" + EscapeText(Title(d)) + "</cite> (PhD thesis";
  const std::string institution = Institution(d);
  if (!institution.empty()) out += ", " + EscapeText(institution);
  if (!Year(d).empty()) out += ", " + EscapeText(Year(d));
  out += "), p.\xC2\xA0<var>N</var>";
  if (!h.source_id.empty()) out += " (" + EscapeText(h.source_id) + ")";
  out += ".</p>\n<p>To cite this edition itself, add: ";
  out += "edited from the OCR by emend";
  if (!h.tool_version.empty()) out += ' ' + EscapeText(h.tool_version);
  if (!options.build_date.empty()) out += " (built " + EscapeText(options.build_date) + ")";
  out += ", and the paragraph's link (\xC2\xB6).</p>\n";
  out += "<h3>Version</h3>\n<p>emend " +
         EscapeText(h.tool_version.empty() ? "(version not recorded)" : h.tool_version);
  out += options.build_date.empty() ? ", build date not recorded"
                                    : ", built " + EscapeText(options.build_date);
  out +=
      " (the date is that of the sources, so two builds of one version are the same bytes).</p>\n";
  out += "<h3>Licence and source</h3>\n<p>The thesis is the work of " + EscapeText(Author(d)) +
         ", who holds its copyright; it is reproduced here for study.";
  if (!h.source_id.empty() || !h.publisher.empty()) {
    out += " The text comes from the scanned copy " + EscapeText(h.source_id);
    if (!h.publisher.empty()) out += " published by " + EscapeText(h.publisher);
    out += " (its notice is given below).";
  }
  out +=
      " The markup, the emendations and this site are made by emend from that "
      "scan.</p>\n</section>\n";
  return out;
}

// The index; `found` gets what the search finds there (the abstract).
PageParts IndexPage(const tei::Document& d, const SitePlan& plan,
                    const std::set<std::string>& silent, const HtmlOptions& options,
                    std::vector<Passage>& found, std::vector<PageWriter::Mention>& mentions) {
  PageWriter writer(plan, "index.html", silent);
  writer.SetCitedAuthor(Author(d));
  const tei::TitlePage& t = d.title_page;
  std::string main = "<div class=\"title-page\">\n<h1>" + EscapeText(ShortTitle(d)) + "</h1>\n";
  for (const std::string* line : {&t.author, &t.byline, &t.imprint}) {
    if (!line->empty()) main += "<p>" + EscapeText(*line) + "</p>\n";
  }
  // The date as the PDF prints it: "February 2004".
  if (!t.date.empty()) main += "<p>" + EscapeText(ReadableDate(t.date)) + "</p>\n";
  main += "</div>\n";
  main +=
      "<p class=\"about-link\">How the text was recovered, what is marked and what is not: "
      "<a href=\"about.html\">about this edition</a>.</p>\n";
  // The abstract and the contents first; the scanned copy's notice (the
  // library's and the microfilm publisher's boilerplate) after the downloads.
  for (const tei::Div& div : d.front) {
    if (div.type != "notice") writer.Division(div, 2, false, "");
  }
  main += writer.TakeText();
  main += DownloadsAndCitation(d, options);
  for (const tei::Div& div : d.front) {
    if (div.type == "notice") writer.Division(div, 2, false, "Notice of the scanned copy");
  }
  main += writer.TakeText();
  main += writer.Notes(2);
  found = writer.Passages();
  mentions = writer.Mentions();
  return {ShortTitle(d), std::move(main), "", true};
}

// How many emendations of each class the text has, and how many are proposals.
void CountChoices(const std::vector<tei::Inline>& content, std::map<std::string, int>& applied,
                  int& proposed) {
  for (const tei::Inline& in : content) {
    if (in.kind == tei::InlineKind::kChoice) {
      if (in.choice.proposed) {
        ++proposed;
      } else {
        ++applied[in.choice.type.empty() ? "unclassified" : in.choice.type];
      }
    }
    CountChoices(in.content, applied, proposed);
  }
}

void CountChoices(const tei::Div& div, std::map<std::string, int>& applied, int& proposed) {
  for (const tei::Block& block : div.blocks) {
    CountChoices(block.content, applied, proposed);
    for (const tei::Block& inner : block.blocks) CountChoices(inner.content, applied, proposed);
    for (const tei::Item& item : block.items) CountChoices(item.content, applied, proposed);
  }
  for (const tei::Div& child : div.divisions) CountChoices(child, applied, proposed);
}

// What the About page counts: page breaks with and without their number,
// footnotes, and footnotes whose text the scan lost.
struct Tally {
  int pages_numbered = 0, pages_unnumbered = 0, notes = 0, notes_lost = 0;

  void Count(const std::vector<tei::Inline>& content) {
    for (const tei::Inline& in : content) {
      if (in.kind == tei::InlineKind::kPageBreak)
        ++(in.n.empty() ? pages_unnumbered : pages_numbered);
      if (in.kind == tei::InlineKind::kNote) {
        ++notes;
        if (in.content.size() == 1 && in.content[0].kind == tei::InlineKind::kGap &&
            in.content[0].reason == "lost") {
          ++notes_lost;
        }
      }
      Count(in.content);
    }
  }

  void Count(const std::vector<tei::Block>& blocks) {
    for (const tei::Block& block : blocks) {
      if (block.kind == tei::BlockKind::kPageBreak)
        ++(block.n.empty() ? pages_unnumbered : pages_numbered);
      Count(block.content);
      Count(block.blocks);
    }
  }

  void Count(const tei::Div& div) {
    Count(div.blocks);
    for (const tei::Div& child : div.divisions) Count(child);
  }
};

// "About this edition": the source, the editorial policy (which classes are
// silent), the marks and views, what the OCR lost.
PageParts AboutPage(const tei::Document& d) {
  std::map<std::string, int> applied;
  int proposed = 0;
  for (const std::vector<tei::Div>* part : {&d.front, &d.body, &d.back}) {
    for (const tei::Div& div : *part) CountChoices(div, applied, proposed);
  }
  std::set<std::string> silent;
  for (const auto& [type, description] : d.header.silent_classes) silent.insert(type);
  Tally tally;
  for (const std::vector<tei::Div>* part : {&d.front, &d.body, &d.back}) {
    for (const tei::Div& div : *part) tally.Count(div);
  }

  std::string main = "<article class=\"about-page\">\n<h1>About this edition</h1>\n";
  main += "<p>This is a critical edition of " + EscapeText(Author(d)) + "'s thesis <cite>" +
          EscapeText(Title(d)) +
          "</cite>, made from the text that optical character recognition (OCR) read "
          "from the scanned typescript";
  if (!d.header.source_id.empty()) main += " (" + EscapeText(d.header.source_id) + ")";
  main +=
      ". The OCR was made with an English-only engine; emend repaired what it could "
      "and marks every repair, so that the OCR's reading can always be seen.</p>\n";

  main += "<h2>Editorial policy</h2>\n";
  if (silent.empty()) {
    main += "<p>The edition's TEI declares no silent classes: every emendation is marked.</p>\n";
  } else {
    main +=
        "<p>Declared in the TEI header (<code>editorialDecl</code>): emendations of these classes "
        "are applied without a mark in the reading text, because they are many, mechanical and "
        "sure, and would bury the repairs that matter:</p>\n<ul>\n";
    for (const auto& [type, description] : d.header.silent_classes) {
      const auto count = applied.find(type);
      main += "<li>" + EscapeText(description) + " (class <code>" + EscapeText(type) + "</code>, " +
              std::to_string(count == applied.end() ? 0 : count->second) + ")</li>\n";
    }
    main +=
        "</ul>\n<p>They stay marked in the TEI. The HTML edition marks them when the reader asks "
        "(\xE2\x80\x9C"
        "All\xE2\x80\x9D below); the PDF lists them after the text instead of in the "
        "line apparatus.</p>\n";
  }
  main +=
      "<p>Marked: every other emendation, that is the substantive ones (Cyrillic read as Latin, "
      "names and words with Serbo-Croatian letters, numerals and the rest), and the proposals an "
      "editor has still to decide.</p>\n";
  main +=
      "<table class=\"counts\">\n<caption>Emendations by class</caption>\n"
      "<thead><tr><th scope=\"col\">Class</th><th scope=\"col\">Applied</th><th "
      "scope=\"col\">Shown</th></tr>"
      "</thead>\n<tbody>\n";
  for (const auto& [type, count] : applied) {
    main += "<tr><th scope=\"row\">" + EscapeText(type) + "</th><td>" + std::to_string(count) +
            "</td><td>" + (silent.count(type) ? "silently" : "marked") + "</td></tr>\n";
  }
  main += "<tr><th scope=\"row\">proposals (not applied)</th><td>" + std::to_string(proposed) +
          "</td><td>marked</td></tr>\n</tbody>\n</table>\n";

  main +=
      "<h2>Reading the marks</h2>\n<ul>\n"
      "<li><span class=\"key-corr\">Dotted underlines</span> are emendations of the OCR: hover "
      "over one "
      "or focus it (Tab) to see what the OCR read, the kind of repair and how certain it is.</li>\n"
      "<li><span class=\"key-proposed\">Wavy underlines</span> mark proposals not applied: the "
      "text keeps "
      "what the OCR read until an editor decides.</li>\n"
      "<li><em>Marked emendations</em>, at the top of every page: <em>None</em> gives a clean "
      "reading "
      "text; <em>Substantive</em> (the default) marks all but the silent classes; <em>All</em> "
      "marks "
      "every emendation. The <em>Diplomatic view</em> switch shows the whole text as the OCR read "
      "it, "
      "with every emendation marked. The choice is remembered from page to page.</li>\n"
      "<li>\xE2\x80\x96 12 marks the start of page 12 of the typescript (\xE2\x80\x96 alone: a "
      "page "
      "break whose number is not known); \xC2\xB6 links to a paragraph; footnotes open in place "
      "and "
      "are listed at the end of each chapter.</li>\n</ul>\n";

  main +=
      "<h2>What the OCR lost</h2>\n<p>Some things the scan held did not survive the OCR and cannot "
      "be restored from the text alone:</p>\n<ul>\n"
      "<li>Most quotation marks: the engine dropped them or read them as letters, so quotations "
      "are "
      "often not marked as such; block quotations are recognised from their indentation.</li>\n"
      "<li>The text of some footnotes" +
      (tally.notes_lost > 0
           ? " (" + std::to_string(tally.notes_lost) + " of " + std::to_string(tally.notes) + ")"
           : std::string()) +
      ", and some note numbers: a note whose number or place had to be inferred is marked "
      "\xE2\x80\x9C?\xE2\x80\x9D; a note whose text is lost keeps its number and place and reads "
      "\xE2\x80\x9Ctext lost in the scan\xE2\x80\x9D.</li>\n"
      "<li>Page numbers: " +
      std::to_string(tally.pages_numbered) + " of " +
      std::to_string(tally.pages_numbered + tally.pages_unnumbered) +
      " page breaks carry the number of the typescript's page" +
      (tally.pages_unnumbered > 0 ? "; the others are marked \xE2\x80\x96 alone" : "") +
      ".</li>\n"
      "<li>The library's stamps and scanner noise, left out and marked [\xE2\x80\xA6] where they "
      "stood.</li>\n</ul>\n";
  if (!d.header.persons.empty()) {
    main +=
        "<h2>Persons and citations</h2>\n<p>The <a href=\"persons.html\">index of persons</a> "
        "lists the "
        "persons the TEI marks (<code>persName</code>, listed in its <code>listPerson</code>) with "
        "every "
        "passage naming them. A short title in a note links to its entry in the bibliography, and "
        "each "
        "entry lists the notes that cite it. Both are found by emend from the text, so a name or a "
        "title "
        "the OCR garbled beyond repair is missed.</p>\n";
  }
  main +=
      "<h2>Search</h2>\n<p>The <a href=\"search.html\">search</a> runs in the browser, also from "
      "a copy on disk. It ignores accents and case (<em>Micunovic</em> finds "
      "<em>Mi\xC4\x87unovi\xC4\x87</em>); "
      "Latin and Cyrillic are searched each in its own script (<em>Khrushchev</em>, "
      "<em>\xD0\xA5\xD1\x80\xD1\x83\xD1\x89\xD0\xB5\xD0\xB2</em>). It uses MiniSearch (MIT "
      "licence).</p>\n";
  main += "</article>\n";
  return {"About this edition \xC2\xB7 " + ShortTitle(d), std::move(main), "", true};
}

PageParts SearchPage(const tei::Document& d, bool has_library) {
  std::string main = "<article class=\"search-page\">\n<h1>Search</h1>\n";
  main +=
      "<form id=\"search-form\" class=\"search-form\" role=\"search\" action=\"search.html\" "
      "method=\"get\">\n"
      "<label for=\"search-q\">Words to find</label>\n"
      "<input id=\"search-q\" name=\"q\" type=\"search\" autocomplete=\"off\" "
      "aria-describedby=\"search-help\" />\n"
      "<button type=\"submit\">Search</button>\n</form>\n";
  main +=
      "<p id=\"search-help\" class=\"search-help\">The text, the footnotes and the bibliography. "
      "Accents "
      "and case do not matter (<em>Micunovic</em> finds <em>Mi\xC4\x87unovi\xC4\x87</em>); a "
      "word's "
      "beginning finds the whole word. Results are grouped by chapter, with the page of the "
      "typescript "
      "where it is known.</p>\n";
  main +=
      "<p id=\"search-status\" class=\"search-status\" role=\"status\" aria-live=\"polite\"></p>\n"
      "<div id=\"search-results\" class=\"search-results\" data-ready=\"false\"></div>\n";
  main += has_library
              ? "<noscript><p>The search runs in the browser: it needs JavaScript.</p></noscript>\n"
              : "<p class=\"search-missing\">This build of the edition has no search: emend was "
                "built without MiniSearch (scripts/install-deps.sh installs it).</p>\n";
  main += "</article>\n";
  std::string scripts;
  if (has_library) {
    scripts =
        "<script src=\"minisearch.js\" defer=\"defer\"></script>\n"
        "<script src=\"search-index.js\" defer=\"defer\"></script>\n";
  }
  return {"Search \xC2\xB7 " + ShortTitle(d), std::move(main), std::move(scripts), false};
}

// The notes citing each bibliography entry: every <ref> inside a note.
void CollectCitations(const std::vector<tei::Inline>& content, const SitePlan& plan,
                      PageWriter::Citations& out);

void CitationsInNote(const tei::Inline& note, const std::vector<tei::Inline>& content,
                     const SitePlan& plan, PageWriter::Citations& out) {
  for (const tei::Inline& in : content) {
    if (in.kind == tei::InlineKind::kRef && in.target.size() > 1) {
      const std::string href = plan.Href("#" + note.id, "");
      std::string label;
      for (const SitePage& page : plan.pages()) {
        if (href.starts_with(page.file + "#")) label = page.label;
      }
      label += (label.empty() ? "n.\xC2\xA0" : ", n.\xC2\xA0") + note.n;
      std::vector<PageWriter::CitingNote>& notes = out[in.target.substr(1)];
      if (!href.empty() && (notes.empty() || notes.back().href != href))
        notes.push_back({href, label});
    }
    CitationsInNote(note, in.content, plan, out);
  }
}

void CollectCitations(const std::vector<tei::Inline>& content, const SitePlan& plan,
                      PageWriter::Citations& out) {
  for (const tei::Inline& in : content) {
    if (in.kind == tei::InlineKind::kNote && !in.id.empty())
      CitationsInNote(in, in.content, plan, out);
  }
}

void CollectCitations(const tei::Div& div, const SitePlan& plan, PageWriter::Citations& out) {
  for (const tei::Block& block : div.blocks) {
    CollectCitations(block.content, plan, out);
    for (const tei::Block& inner : block.blocks) CollectCitations(inner.content, plan, out);
  }
  for (const tei::Div& child : div.divisions) CollectCitations(child, plan, out);
}

// The mentions of one page of the site, for the index of persons.
struct PageMentions {
  std::string file, label;
  std::vector<PageWriter::Mention> mentions;
};

// The index of persons: each person of the TEI's listPerson, sorted by name
// without diacritics, with a link to every passage naming them, by part.
PageParts PersonsPage(const tei::Document& d, const std::vector<PageMentions>& pages) {
  std::vector<std::pair<std::string, std::pair<std::string, std::string>>>
      persons;  // sort key, (id, name)
  for (const auto& person : d.header.persons)
    persons.push_back({tei::Folded(person.second), person});
  std::sort(persons.begin(), persons.end());

  std::string main = "<article class=\"persons-page\">\n<h1>Index of persons</h1>\n";
  main +=
      "<p>The persons the thesis names, with every passage that names them: the text, the "
      "footnotes "
      "and the bibliography. A passage is given by the page of the typescript where it is known, "
      "and "
      "by its paragraph (\xC2\xB6, counted in its chapter) or its note (n.). Names are found in "
      "every "
      "spelling the thesis uses (<em>Micunovic</em> and <em>Mi\xC4\x87unovi\xC4\x87</em>), and "
      "names "
      "the OCR garbled under the corrected form.</p>\n";
  main += "<ul class=\"person-index\">\n";
  for (const auto& [key, person] : persons) {
    const auto& [id, name] = person;
    std::string parts;
    int count = 0;
    for (const PageMentions& page : pages) {
      std::string links;
      std::set<std::string> anchors;
      for (const PageWriter::Mention& m : page.mentions) {
        if (m.person != id || !anchors.insert(m.anchor).second) continue;
        ++count;
        links += (links.empty() ? "" : ", ") + std::string("<a href=\"") +
                 EscapeAttribute(page.file) + "#" + EscapeAttribute(FragmentOf(m.anchor)) + "\">" +
                 EscapeText(m.label) + "</a>";
      }
      if (!links.empty()) {
        parts += "<li><span class=\"mention-part\">" + EscapeText(page.label) + ":</span> " +
                 links + "</li>\n";
      }
    }
    if (count == 0) continue;
    main += "<li";
    main += " id=\"" + EscapeAttribute(id) + "\"><span class=\"person-name\">" + EscapeText(name) +
            "</span> <span class=\"person-count\">(" + std::to_string(count) +
            (count == 1 ? " passage" : " passages") + ")</span>\n<ul class=\"mentions\">\n" +
            parts + "</ul></li>\n";
  }
  main += "</ul>\n</article>\n";
  return {"Index of persons \xC2\xB7 " + ShortTitle(d), std::move(main), "", true};
}

}  // namespace

std::string DateFromEpoch(std::string_view seconds) {
  long long value = 0;
  const auto [end, error] = std::from_chars(seconds.data(), seconds.data() + seconds.size(), value);
  if (error != std::errc() || end != seconds.data() + seconds.size()) return "";
  const std::chrono::sys_days day =
      std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(value)));
  const std::chrono::year_month_day date(day);
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return out;
}

std::vector<OutputFile> HtmlRenderer::Render(const tei::Document& document) const {
  const SitePlan plan(document);
  std::set<std::string> silent;
  for (const auto& [type, description] : document.header.silent_classes) silent.insert(type);
  const std::string_view library = SearchLibraryJs();

  std::vector<NavEntry> nav;
  for (const SitePage& page : plan.pages()) nav.push_back({page.file, page.label});
  const bool has_persons = !document.header.persons.empty();
  if (has_persons) nav.push_back({"persons.html", "Persons"});
  nav.push_back({"about.html", "About"});
  nav.push_back({"search.html", "Search"});

  std::vector<OutputFile> files;
  std::vector<PagePassages> passages;
  std::vector<PageMentions> mentions;
  PageWriter::Citations citations;
  for (const std::vector<tei::Div>* part : {&document.front, &document.body}) {
    for (const tei::Div& div : *part) CollectCitations(div, plan, citations);
  }
  for (std::size_t k = 0; k < plan.pages().size(); ++k) {
    const SitePage& page = plan.pages()[k];
    PageParts parts;
    PageWriter writer(plan, page.file, silent);
    writer.SetCitedAuthor(Author(document));
    writer.SetCitations(&citations);
    if (page.div == nullptr) {
      std::vector<Passage> found;
      std::vector<PageWriter::Mention> index_mentions;
      parts = IndexPage(document, plan, silent, options_, found, index_mentions);
      passages.push_back({page.file, "Front matter", std::move(found)});
      mentions.push_back({page.file, "Front matter", std::move(index_mentions)});
    } else {
      writer.Division(*page.div, 1, true, page.label);
      parts.title = page.label + " \xC2\xB7 " + ShortTitle(document);
      parts.main = writer.TakeText();
      parts.main += writer.Notes(2);
      passages.push_back({page.file, page.label, writer.Passages()});
      mentions.push_back({page.file, page.label, writer.Mentions()});
    }
    files.push_back({page.file, Page(document, options_, nav, page.file, Pager(plan, k), parts)});
  }
  if (has_persons) {
    files.push_back({"persons.html", Page(document, options_, nav, "persons.html", "",
                                          PersonsPage(document, mentions))});
  }
  files.push_back(
      {"about.html", Page(document, options_, nav, "about.html", "", AboutPage(document))});
  files.push_back({"search.html", Page(document, options_, nav, "search.html", "",
                                       SearchPage(document, !library.empty()))});
  files.push_back({"edition.css", std::string(EditionCss())});
  files.push_back({"edition.js", std::string(EditionJs())});
  if (!library.empty()) {
    files.push_back({"minisearch.js", std::string(library)});
    files.push_back({"search-index.js", SearchIndexScript(passages, document.header.persons)});
  }
  files.push_back({kTeiFile, tei::WriteTei(document)});
  return files;
}

}  // namespace emend::render
