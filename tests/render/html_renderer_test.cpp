// The HTML edition of a small hand-written TEI (tests/data/html/sample.tei.xml),
// checked through XPath: the pages are HTML5 that is also well-formed XML.
#include "render/html_renderer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <pugixml.hpp>
#include <sstream>

#include "render/html_assets.hpp"
#include "render/html_search.hpp"
#include "render/readable_date.hpp"
#include "tei/tei_reader.hpp"
#include "tei/tei_writer.hpp"

namespace emend::render {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const std::string kSample = std::string(EMEND_SOURCE_DIR) + "/tests/data/html/sample.tei.xml";

class HtmlSite : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    const tei::Document document = tei::ReadTei(Slurp(kSample), kSample);
    for (const OutputFile& file : HtmlRenderer().Render(document))
      (*files_)[file.path] = file.contents;
  }

  // The page parsed as XML; fails the test when it is not well-formed.
  pugi::xml_document& Page(const std::string& name) {
    auto it = pages_.find(name);
    if (it == pages_.end()) {
      it = pages_.try_emplace(name).first;
      EXPECT_EQ(files_->count(name), 1u) << name;
      const std::string& html = (*files_)[name];
      const pugi::xml_parse_result parsed =
          it->second.load_buffer(html.data(), html.size(),
                                 pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata);
      EXPECT_TRUE(parsed) << name << ": " << parsed.description() << " at byte " << parsed.offset;
    }
    return it->second;
  }

  pugi::xml_node One(const std::string& page, const std::string& xpath) {
    const pugi::xpath_node_set found = Page(page).select_nodes(xpath.c_str());
    EXPECT_EQ(found.size(), 1u) << page << ": " << xpath;
    return found.empty() ? pugi::xml_node() : found.first().node();
  }

  size_t Count(const std::string& page, const std::string& xpath) {
    return Page(page).select_nodes(xpath.c_str()).size();
  }

  static std::string Text(pugi::xml_node node) {
    std::string out;
    for (const pugi::xpath_node& n : node.select_nodes(".//text()")) out += n.node().value();
    return out;
  }

  static inline auto* files_ = new std::map<std::string, std::string>();
  std::map<std::string, pugi::xml_document> pages_;
};

TEST_F(HtmlSite, HasAnIndexAPagePerBodyDivisionTheBibliographyAndItsAssets) {
  std::vector<std::string> names;
  for (const auto& [name, contents] : *files_) names.push_back(name);
  std::vector<std::string> expected = {"about.html",       "bibliography.html", "chapter-I.html",
                                       "edition.css",      "edition.js",        "index.html",
                                       "introduction.html"};
  if (!SearchLibraryJs().empty()) expected.insert(expected.end(), {"minisearch.js"});
  expected.push_back("persons.html");
  if (!SearchLibraryJs().empty()) expected.insert(expected.end(), {"search-index.js"});
  expected.insert(expected.end(), {"search.html", "thesis.tei.xml"});
  EXPECT_EQ(names, expected);
  EXPECT_NE((*files_)["edition.css"].find("@media print"), std::string::npos);
  EXPECT_NE((*files_)["edition.js"].find("view-toggle"), std::string::npos);
}

TEST_F(HtmlSite, EveryPageHasLandmarksOneH1AndHeadingsInOrder) {
  for (const char* page :
       {"index.html", "introduction.html", "chapter-I.html", "bibliography.html"}) {
    SCOPED_TRACE(page);
    EXPECT_EQ(Count(page, "/html[@lang='en']"), 1u);
    EXPECT_EQ(Count(page, "/html/body/header"), 1u);
    EXPECT_EQ(Count(page, "/html/body/header/nav[@aria-label]"), 1u);
    EXPECT_EQ(Count(page, "/html/body/main[@id='main']"), 1u);
    EXPECT_EQ(Count(page, "/html/body/footer"), 1u);
    EXPECT_EQ(Count(page, "//h1"), 1u);
    EXPECT_EQ(Count(page, "//a[@class='skip'][@href='#main']"), 1u);
    EXPECT_EQ(Count(page, "//button[@id='view-toggle'][@aria-pressed='false']"), 1u);
    int previous = 0;
    for (const pugi::xpath_node& h :
         Page(page).select_nodes("//main//*[self::h1 or self::h2 or self::h3]")) {
      const int level = h.node().name()[1] - '0';
      EXPECT_LE(level, previous + 1) << "a heading level skipped before " << Text(h.node());
      previous = level;
    }
  }
  EXPECT_EQ(Count("chapter-I.html",
                  "//nav[@class='site-nav']//a[@aria-current='page'][@href='chapter-I.html']"),
            1u);
}

TEST_F(HtmlSite, NoExternalResources) {
  for (const auto& [name, html] : *files_) {
    if (name.size() < 5 || name.substr(name.size() - 5) != ".html") continue;
    SCOPED_TRACE(name);
    for (const pugi::xpath_node& n : Page(name).select_nodes("//*[@src or @href]")) {
      std::string url = n.node().attribute("src") ? n.node().attribute("src").value()
                                                  : n.node().attribute("href").value();
      EXPECT_EQ(url.find("//"), std::string::npos) << url;
      EXPECT_NE(url.front(), '/') << url;
    }
  }
}

TEST_F(HtmlSite, ChapterHeadingGathersItsLinesAndItsOpeningPage) {
  const pugi::xml_node h1 = One("chapter-I.html", "//h1");
  EXPECT_EQ(Text(h1), "CHAPTER I OVERTURES");
  EXPECT_EQ(std::string(h1.previous_sibling("div").attribute("data-page").value()), "19");
}

TEST_F(HtmlSite, FootnoteReferenceLinksToTheNoteAndTheNoteLinksBack) {
  const pugi::xml_node ref = One("chapter-I.html", "//p[@id='chI.p1']//a[@role='doc-noteref']");
  EXPECT_EQ(std::string(ref.attribute("href").value()), "#chI.n1");
  EXPECT_EQ(std::string(ref.attribute("id").value()), "ref-chI.n1");
  EXPECT_EQ(Text(ref), "Note 1");
  const pugi::xml_node note =
      One("chapter-I.html", "//section[@class='footnotes']/aside[@id='chI.n1']");
  EXPECT_EQ(std::string(note.attribute("role").value()), "doc-footnote");
  EXPECT_EQ(Text(note.select_node(".//span[@class='fn-text']").node()), "See РГАНИPrAHM, Фонд 2.");
  const pugi::xml_node back = note.select_node(".//a[@role='doc-backlink']").node();
  EXPECT_EQ(std::string(back.attribute("href").value()), "#ref-chI.n1");
  // Notes are per page, in reference order; the page's headings stay in order.
  EXPECT_EQ(Count("chapter-I.html", "//aside[@role='doc-footnote']"), 3u);
  EXPECT_EQ(Count("introduction.html", "//aside[@role='doc-footnote'][@id='intro.n1']"), 1u);
}

TEST_F(HtmlSite, UncertainNoteAndNoteBetweenParagraphsAreMarked) {
  const pugi::xml_node ref =
      One("chapter-I.html", "//div[@class='note-place']//a[@role='doc-noteref']");
  EXPECT_EQ(std::string(ref.attribute("class").value()), "noteref uncertain");
  EXPECT_EQ(Text(ref), "Note 2 (number or place uncertain)");
  EXPECT_EQ(Count("chapter-I.html", "//aside[@id='chI.n2']//span[@class='fn-cert']"), 1u);
}

TEST_F(HtmlSite, EmendationCarriesBothReadingsItsClassAndCertainty) {
  const pugi::xml_node choice = One("chapter-I.html", "//span[@id='e65.5']");
  // The sample's header makes apostrophes silent: marked on request only, so not a tab stop.
  EXPECT_EQ(std::string(choice.attribute("class").value()), "choice silent");
  EXPECT_TRUE(choice.attribute("tabindex").empty());
  EXPECT_EQ(
      std::string(One("introduction.html", "//span[@id='e9.1']").attribute("tabindex").value()),
      "0");
  EXPECT_EQ(std::string(choice.attribute("data-type").value()), "apostrophe");
  EXPECT_EQ(std::string(choice.attribute("data-cert").value()), "high");
  EXPECT_EQ(std::string(choice.attribute("data-resp").value()), "emend");
  EXPECT_EQ(Text(choice.select_node("span[@class='corr']").node()), "Yugoslavia's");
  EXPECT_EQ(Text(choice.select_node("span[@class='sic']").node()), "Yugoslavias");
}

TEST_F(HtmlSite, ProposalIsMarkedApart) {
  const pugi::xml_node choice = One("chapter-I.html", "//span[@id='e66.5']");
  EXPECT_EQ(std::string(choice.attribute("class").value()), "choice proposed");
  EXPECT_EQ(std::string(choice.attribute("data-cert").value()), "low");
  EXPECT_EQ(Text(choice.select_node("span[@class='sic']").node()), "Khrushchevs");
  EXPECT_EQ(Text(choice.select_node("span[@class='corr']").node()), "Khrushchev's");
}

TEST_F(HtmlSite, LanguagesAreMarked) {
  EXPECT_EQ(Text(One("chapter-I.html", "//span[@id='e70.1']/span[@class='corr'][@lang='ru']")),
            "РГАНИ");
  EXPECT_EQ(Text(One("chapter-I.html", "//span[@lang='ru'][not(@class)]")), "Фонд 2");
  EXPECT_EQ(Text(One("chapter-I.html", "//p[@id='chI.p3']/span[@lang='sr-Latn']")), "Vruće leto");
  EXPECT_EQ(Count("bibliography.html", "//li[@id='bibl.b1']//span[@lang='sr-Latn']"), 1u);
}

TEST_F(HtmlSite, PageBreaksShowTheirNumber) {
  const pugi::xml_node pb = One("chapter-I.html", "//div[@role='doc-pagebreak'][@data-page='21']");
  EXPECT_EQ(std::string(pb.attribute("id").value()), "p21");
  EXPECT_EQ(std::string(pb.attribute("aria-label").value()), "Page 21");
  // The number in square brackets, a link to itself that says how to cite the page.
  EXPECT_EQ(Text(pb), "[21]");
  const pugi::xml_node link = pb.child("a");
  EXPECT_EQ(std::string(link.attribute("href").value()), "#p21");
  EXPECT_EQ(std::string(link.attribute("title").value()), "cite as: Rajak, thesis, p. 21");
  const pugi::xml_node unknown =
      One("chapter-I.html", "//p[@id='chI.p3']/span[@role='doc-pagebreak']");
  EXPECT_EQ(std::string(unknown.attribute("aria-label").value()), "Page break");
}

TEST_F(HtmlSite, EveryParagraphHasAnAnchorLinkingToItself) {
  for (const char* page : {"index.html", "introduction.html", "chapter-I.html"}) {
    for (const pugi::xpath_node& p :
         Page(page).select_nodes("//main//"
                                 "p[not(ancestor::aside)][not(ancestor::section[@id='downloads'])]["
                                 "not(@class)][not(parent::div[@class='title-page'])]")) {
      const std::string id = p.node().attribute("id").value();
      ASSERT_FALSE(id.empty()) << page << ": " << Text(p.node());
      const pugi::xml_node anchor = p.node().select_node("a[@class='anchor']").node();
      EXPECT_EQ(std::string(anchor.attribute("href").value()), "#" + id) << page;
    }
  }
  // A paragraph the TEI gives no id gets one from its division and place.
  EXPECT_EQ(Count("chapter-I.html", "//p[@id='chI.p3']"), 1u);
  EXPECT_EQ(Count("chapter-I.html", "//blockquote/p[@id='chI.q1.p1']"), 1u);
  EXPECT_EQ(Count("index.html", "//section[@class='div-notice']/p[@id='notice.p1']"), 1u);
}

TEST_F(HtmlSite, LinksResolveAcrossPagesAndUnknownTargetsKeepTheirWords) {
  EXPECT_EQ(Count("index.html", "//nav[@role='doc-toc']//a[@href='chapter-I.html']"), 1u);
  EXPECT_EQ(Count("index.html", "//nav[@role='doc-toc']//a[@href='chapter-I.html#chI.s1']"), 1u);
  EXPECT_EQ(Text(One("index.html", "//span[@class='ref-unresolved']")), "A lost entry");
  EXPECT_EQ(Count("chapter-I.html", "//a[@href='introduction.html#intro.p1']"), 1u);
  EXPECT_EQ(Count("chapter-I.html", "//a[@href='#chI.n1'][not(@role)]"), 1u);
  // The contents' page number shows once: not again after "... Overtures 19".
  EXPECT_EQ(Count("index.html", "//li[.//a[@href='chapter-I.html']]//span[@class='item-n']"), 0u);
  EXPECT_EQ(
      Text(One("index.html", "//li[.//a[@href='chapter-I.html#chI.s1']]//span[@class='item-n']")),
      "page 21");
}

TEST_F(HtmlSite, MarkupInTheTextShowsAsText) {
  const std::string& page = (*files_)["introduction.html"];
  EXPECT_EQ(page.find("<script>"), std::string::npos);
  EXPECT_EQ(Count("introduction.html", "//script"), 1u);  // edition.js only
  EXPECT_EQ(Count("introduction.html", "//b"), 0u);
  const pugi::xml_node p = One("introduction.html", "//p[@id='intro.p1']");
  EXPECT_NE(Text(p).find("the text said <script>alert(\"x\")</script> & more."), std::string::npos);
  EXPECT_EQ(Text(p.select_node("span[@id='e9.1']/span[@class='sic']").node()),
            "<script>alert(1)</script>");
  EXPECT_EQ(Text(p.select_node("span[@id='e9.1']/span[@class='corr']").node()), "<b>&amp;");
  EXPECT_EQ(Text(One("index.html", "//h1")), "A Sample <Thesis>");
  EXPECT_NE(Text(One("index.html", "/html/head/title")).find("<Thesis>"), std::string::npos);
}

TEST_F(HtmlSite, TheFrontMatterIsOnTheIndex) {
  EXPECT_EQ(Count("index.html", "//section[@id='abstract'][@role='doc-abstract']/h2"), 1u);
  EXPECT_EQ(Count("index.html", "//section[@class='div-notice']//span[@class='gap']"), 1u);
  // The scanned copy's notice has no head in the TEI: it gets one, after the contents.
  EXPECT_EQ(Text(One("index.html", "//section[@class='div-notice']/h2")),
            "Notice of the scanned copy");
  EXPECT_EQ(Count("index.html", "//section[@class='div-notice']/preceding::nav[@role='doc-toc']"),
            1u);
  EXPECT_EQ(Count("index.html", "//span[@id='e35.48']"), 1u);
}

TEST_F(HtmlSite, SearchIndexHoldsParagraphsNotesAndBibliographyWithTheirPages) {
  const std::string& index = (*files_)["search-index.js"];
  if (SearchLibraryJs().empty()) GTEST_SKIP() << "emend was built without MiniSearch";
  EXPECT_EQ(index.rfind("window.emendSearchData = {", 200) != std::string::npos, true);
  EXPECT_NE(index.find("[\"introduction.html\",\"Introduction\"]"), std::string::npos);
  EXPECT_NE(index.find(",\"intro.n1\",\"n\",\"\","), std::string::npos) << "a note, page unknown";
  EXPECT_NE(index.find(",\"chI.p1\",\"t\",\"19\","), std::string::npos) << "a paragraph on page 19";
  EXPECT_EQ(Count("search.html", "//script[@src='minisearch.js']"), 1u);
  EXPECT_EQ(Count("search.html", "//form[@role='search']//input[@id='search-q'][@name='q']"), 1u);
  EXPECT_EQ(Count("chapter-I.html",
                  "//header//form[@role='search'][@action='search.html']//input[@name='q']"),
            1u);
  EXPECT_EQ(Count("chapter-I.html", "//p[@id='chI.p1'][@data-page='19']"), 1u);
}

TEST_F(HtmlSite, IndexLinksTheDownloadsAndCarriesCitationTags) {
  for (const char* file : {"thesis.pdf", "thesis.tei.xml", "thesis.emendations.tsv"}) {
    EXPECT_EQ(
        Count("index.html", std::string("//ul[@class='download-list']//a[@href='") + file + "']"),
        1u)
        << file;
  }
  const auto meta = [&](const char* name) {
    return std::string(One("index.html", std::string("//meta[@name='") + name + "']")
                           .attribute("content")
                           .value());
  };
  EXPECT_EQ(meta("citation_title"), "A Sample <Thesis>");
  EXPECT_EQ(meta("citation_author"), "Svetozar Rajak");
  EXPECT_EQ(meta("citation_publication_date"), "2004/02");
  EXPECT_EQ(meta("citation_dissertation_institution"),
            "London School of Economics and Political Science");
  EXPECT_EQ(meta("citation_pdf_url"), "thesis.pdf");
  EXPECT_NE(Text(One("index.html", "//p[@class='cite-as']"))
                .find("(PhD thesis, London School of Economics and Political Science, 2004), p."),
            std::string::npos);
  const tei::Document document = tei::ReadTei(Slurp(kSample), kSample);
  EXPECT_EQ((*files_)["thesis.tei.xml"], tei::WriteTei(document));
}

TEST_F(HtmlSite, AboutPageStatesTheSilentClassesAndCountsTheEmendations) {
  EXPECT_NE(Text(One("about.html", "//main//ul[1]/li[1]"))
                .find("restored apostrophes (class apostrophe, 3)"),
            std::string::npos);
  EXPECT_EQ(Count("about.html", "//table[@class='counts']//tr[th='apostrophe'][td='silently']"),
            1u);
  EXPECT_EQ(Count("about.html", "//table[@class='counts']//tr[th='punct'][td='marked']"), 1u);
}

TEST_F(HtmlSite, PersonsPageLinksEveryMention) {
  EXPECT_EQ(Count("introduction.html",
                  "//aside[@id='intro.n1']//span[@class='persname'][@data-person='pers-tito']"),
            1u);
  const pugi::xml_node entry =
      One("persons.html", "//ul[@class='person-index']/li[@id='pers-tito']");
  EXPECT_EQ(Text(entry.select_node("span[@class='person-name']").node()), "Tito, Josip Broz");
  EXPECT_EQ(Text(entry.select_node("span[@class='person-count']").node()), "(1 passage)");
  const pugi::xml_node link = entry.select_node(".//a").node();
  EXPECT_EQ(std::string(link.attribute("href").value()), "introduction.html#intro.n1");
  EXPECT_EQ(Text(link),
            "n.\xC2\xA0"
            "1");
  EXPECT_EQ(Count("index.html", "//nav[@class='site-nav']//a[@href='persons.html']"), 1u);
}

TEST_F(HtmlSite, NoteLinksToItsBibliographyEntryWhichListsTheNote) {
  EXPECT_EQ(
      Count("introduction.html", "//aside[@id='intro.n1']//a[@href='bibliography.html#bibl.b1']"),
      1u);
  const pugi::xml_node cited =
      One("bibliography.html", "//li[@id='bibl.b1']/span[@class='cited-in']");
  EXPECT_EQ(Text(cited),
            "Cited in Introduction, n.\xC2\xA0"
            "1");
  EXPECT_EQ(std::string(cited.select_node("a").node().attribute("href").value()),
            "introduction.html#intro.n1");
}

TEST(HtmlRenderer, BuildDateComesFromSourceDateEpoch) {
  EXPECT_EQ(DateFromEpoch("1075593600"), "2004-02-01");
  EXPECT_EQ(DateFromEpoch("0"), "1970-01-01");
  EXPECT_EQ(DateFromEpoch("yesterday"), "");
  EXPECT_EQ(DateFromEpoch(""), "");
  tei::Document document;
  const std::vector<OutputFile> files = HtmlRenderer({"2026-12-01"}).Render(document);
  EXPECT_NE(files.front().contents.find("built 2026-12-01"), std::string::npos);
}

TEST(ReadableDate, TheSameInHtmlAndPdf) {
  EXPECT_EQ(ReadableDate("2004-02"), "February 2004");
  EXPECT_EQ(ReadableDate("2004-02-01"), "1 February 2004");
  EXPECT_EQ(ReadableDate("2004-13"), "2004-13");
  EXPECT_EQ(ReadableDate("spring 2004"), "spring 2004");
}

TEST(HtmlSearch, JsonStringEscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(JsonString("a\"b\\c\nd\x01 Mi\xC4\x87"), "\"a\\\"b\\\\c\\nd\\u0001 Mi\xC4\x87\"");
}

TEST(HtmlRenderer, IsDeterministic) {
  const tei::Document document = tei::ReadTei(Slurp(kSample), kSample);
  const std::vector<OutputFile> first = HtmlRenderer().Render(document);
  const std::vector<OutputFile> second =
      HtmlRenderer().Render(tei::ReadTei(Slurp(kSample), kSample));
  ASSERT_EQ(first.size(), second.size());
  for (size_t k = 0; k < first.size(); ++k) {
    EXPECT_EQ(first[k].path, second[k].path);
    EXPECT_EQ(first[k].contents, second[k].contents) << first[k].path;
  }
}

TEST(HtmlRenderer, FileNamesStayUniqueAndSafe) {
  tei::Document document;
  tei::Div a, b, c;
  a.type = "chapter";
  a.n = "I/../x";
  b.type = "chapter";
  b.n = "I/../x";
  c.type = "index";
  document.body = {a, b, c};
  std::vector<std::string> names;
  for (const OutputFile& file : HtmlRenderer().Render(document)) names.push_back(file.path);
  names.resize(std::min<std::size_t>(names.size(), 4));
  EXPECT_EQ(names, (std::vector<std::string>{"index.html", "chapter-I----x.html",
                                             "chapter-I----x-2.html", "index-2.html"}));
}

}  // namespace
}  // namespace emend::render

namespace emend::render {
namespace {

// A text read from scans (pb/@facs): the page's image beside its number, a
// link to the image at full size, with alternative text; a page break
// without an image is as before.
TEST(HtmlRenderer, PageBreakShowsTheScannedPage) {
  std::string tei = Slurp(kSample);
  const std::string pb = "<pb n=\"21\"/>";
  ASSERT_NE(tei.find(pb), std::string::npos);
  tei.replace(tei.find(pb), pb.size(), "<pb n=\"21\" facs=\"facs/p0023.png\"/>");
  std::string html;
  for (const OutputFile& file : HtmlRenderer().Render(tei::ReadTei(tei, kSample))) {
    if (file.path == "chapter-I.html") html = file.contents;
  }
  pugi::xml_document page;
  ASSERT_TRUE(
      page.load_buffer(html.data(), html.size(), pugi::parse_default | pugi::parse_doctype));
  const pugi::xpath_node_set facs =
      page.select_nodes("//*[@role='doc-pagebreak']/a[@class='pb-facs']");
  ASSERT_EQ(facs.size(), 1u);
  const pugi::xml_node link = facs.first().node();
  EXPECT_EQ(std::string(link.parent().attribute("data-page").value()), "21");
  EXPECT_EQ(std::string(link.attribute("href").value()), "facs/p0023.png");
  EXPECT_EQ(std::string(link.attribute("title").value()), "the scan of page 21");
  const pugi::xml_node img = link.child("img");
  EXPECT_EQ(std::string(img.attribute("src").value()), "facs/p0023.png");
  EXPECT_EQ(std::string(img.attribute("alt").value()), "Scan of page 21");
  EXPECT_EQ(std::string(img.attribute("loading").value()), "lazy");
  EXPECT_EQ(page.select_nodes("//img").size(), 1u) << "only the page with an image shows one";
}

}  // namespace
}  // namespace emend::render
