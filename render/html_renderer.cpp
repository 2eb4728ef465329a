#include "render/html_renderer.hpp"

#include <string>

#include "render/html_assets.hpp"
#include "render/html_escape.hpp"
#include "render/html_page_writer.hpp"
#include "render/html_site_plan.hpp"

namespace emend::render {
namespace {

// What a page is made of besides its text.
struct PageParts {
  std::string title;  // for <title>, plain text
  std::string main;   // the inside of <main>, HTML
};

std::string ShortTitle(const tei::Document& d) {
  if (!d.title_page.title.empty()) return d.title_page.title;
  if (!d.header.title.empty()) return d.header.title;
  return "The edition";
}

std::string SiteNav(const SitePlan& plan, std::size_t current) {
  std::string out = "<nav class=\"site-nav\" aria-label=\"Parts of the thesis\">\n<ul>\n";
  for (std::size_t k = 0; k < plan.pages().size(); ++k) {
    const SitePage& page = plan.pages()[k];
    out += "<li><a href=\"" + EscapeAttribute(page.file) + "\"";
    if (k == current) out += " aria-current=\"page\"";
    out += '>' + EscapeText(page.label) + "</a></li>\n";
  }
  return out + "</ul>\n</nav>\n";
}

// Links to the previous and the next page, for reading straight through.
std::string Pager(const SitePlan& plan, std::size_t current) {
  const auto& pages = plan.pages();
  std::string out = "<nav class=\"pager\" aria-label=\"Previous and next\">\n";
  if (current > 0) {
    out += "<a rel=\"prev\" href=\"" + EscapeAttribute(pages[current - 1].file) +
           "\"><span class=\"vh\">Previous: </span>\xE2\x86\x90 " + EscapeText(pages[current - 1].label) + "</a>\n";
  }
  if (current + 1 < pages.size()) {
    out += "<a rel=\"next\" href=\"" + EscapeAttribute(pages[current + 1].file) +
           "\"><span class=\"vh\">Next: </span>" + EscapeText(pages[current + 1].label) + " \xE2\x86\x92</a>\n";
  }
  return out + "</nav>\n";
}

std::string Footer(const tei::Document& d) {
  const tei::HeaderSummary& h = d.header;
  std::string out = "<footer class=\"site-footer\">\n<p>";
  out += EscapeText(h.author.empty() ? d.title_page.author : h.author);
  out += ", <cite>" + EscapeText(h.title.empty() ? ShortTitle(d) : h.title) + "</cite>";
  for (const std::string* part : {&h.degree_note, &h.date}) {
    if (!part->empty()) out += ", " + EscapeText(*part);
  }
  out += '.';
  if (!h.source_id.empty() || !h.publisher.empty()) {
    out += " Source: " + EscapeText(h.source_id);
    if (!h.publisher.empty()) out += (h.source_id.empty() ? "" : ", ") + EscapeText(h.publisher);
    out += '.';
  }
  out += "</p>\n<p>Text recovered from the OCR by emend";
  if (!h.tool_version.empty()) out += ' ' + EscapeText(h.tool_version);
  out += ": every emendation is marked and shows what the OCR read.</p>\n</footer>\n";
  return out;
}

// Pages are HTML5 written so that they are also well-formed XML (void
// elements closed, attributes with values): any XML tool can check them.
std::string Page(const tei::Document& d, const SitePlan& plan, std::size_t current, const PageParts& parts) {
  std::string out;
  out.reserve(parts.main.size() + 4096);
  out += "<!DOCTYPE html>\n<html";
  out += " lang=\"" + EscapeAttribute(d.lang.empty() ? "en" : d.lang) + "\">\n<head>\n";
  out += "<meta charset=\"utf-8\" />\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n";
  // Nothing is loaded from elsewhere, and nothing but the site's own script runs.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; "
         "script-src 'self'; img-src 'self'\" />\n";
  out += "<title>" + EscapeText(parts.title) + "</title>\n";
  out += "<link rel=\"stylesheet\" href=\"edition.css\" />\n";
  out += "<script src=\"edition.js\" defer=\"defer\"></script>\n</head>\n<body>\n";
  out += "<a class=\"skip\" href=\"#main\">Skip to the text</a>\n";
  out += "<header class=\"site-header\">\n<p class=\"site-title\"><a href=\"index.html\">" +
         EscapeText(ShortTitle(d)) + "</a>";
  const std::string& author = d.title_page.author.empty() ? d.header.author : d.title_page.author;
  if (!author.empty()) out += " <span class=\"site-author\">" + EscapeText(author) + "</span>";
  out += "</p>\n";
  out += "<button type=\"button\" id=\"view-toggle\" class=\"view-toggle\" aria-pressed=\"false\" hidden=\"hidden\">"
         "Diplomatic view <span class=\"view-state\" aria-hidden=\"true\"></span></button>\n";
  out += SiteNav(plan, current);
  out += "</header>\n<main id=\"main\" tabindex=\"-1\">\n";
  out += parts.main;
  out += Pager(plan, current);
  out += "</main>\n";
  out += Footer(d);
  out += "</body>\n</html>\n";
  return out;
}

// The key to the marks, on the index.
constexpr const char* kAbout =
    "<section class=\"about\">\n<h2>Reading this edition</h2>\n<ul>\n"
    "<li><span class=\"key-corr\">Underlined</span> words are emendations of the OCR: hover over one or "
    "focus it (Tab) to see what the OCR read, the kind of repair and how certain it is.</li>\n"
    "<li><span class=\"key-proposed\">Wavy underlines</span> mark proposals not applied: the text keeps "
    "what the OCR read until an editor decides.</li>\n"
    "<li>The <em>Diplomatic view</em> switch at the top shows the whole text as the OCR read it.</li>\n"
    "<li>\xE2\x80\x96 12 marks the start of page 12 of the thesis (\xE2\x80\x96 alone: a page break "
    "whose number is not known); \xC2\xB6 links to a paragraph; footnotes open in place and are listed "
    "at the end of each chapter.</li>\n</ul>\n</section>\n";

PageParts IndexPage(const tei::Document& d, const SitePlan& plan) {
  PageWriter writer(plan, "index.html");
  const tei::TitlePage& t = d.title_page;
  std::string main = "<div class=\"title-page\">\n<h1>" + EscapeText(ShortTitle(d)) + "</h1>\n";
  for (const std::string* line : {&t.author, &t.byline, &t.imprint, &t.date}) {
    if (!line->empty()) main += "<p>" + EscapeText(*line) + "</p>\n";
  }
  main += "</div>\n";
  // The abstract and the contents first; the scanned copy's notice (the
  // library's and the microfilm publisher's boilerplate) after the key.
  for (const tei::Div& div : d.front) {
    if (div.type != "notice") writer.Division(div, 2, false, "");
  }
  main += writer.TakeText();
  main += kAbout;
  for (const tei::Div& div : d.front) {
    if (div.type == "notice") writer.Division(div, 2, false, "Notice of the scanned copy");
  }
  main += writer.TakeText();
  main += writer.Notes(2);
  return {ShortTitle(d), std::move(main)};
}

PageParts DivisionPage(const tei::Document& d, const SitePlan& plan, const SitePage& page) {
  PageWriter writer(plan, page.file);
  writer.Division(*page.div, 1, true, page.label);
  std::string main = writer.TakeText();
  main += writer.Notes(2);
  return {page.label + " \xC2\xB7 " + ShortTitle(d), std::move(main)};
}

}  // namespace

std::vector<OutputFile> HtmlRenderer::Render(const tei::Document& document) const {
  const SitePlan plan(document);
  std::vector<OutputFile> files;
  for (std::size_t k = 0; k < plan.pages().size(); ++k) {
    const SitePage& page = plan.pages()[k];
    const PageParts parts = page.div == nullptr ? IndexPage(document, plan) : DivisionPage(document, plan, page);
    files.push_back({page.file, Page(document, plan, k, parts)});
  }
  files.push_back({"edition.css", std::string(EditionCss())});
  files.push_back({"edition.js", std::string(EditionJs())});
  return files;
}

}  // namespace emend::render
