// The HTML edition of a small hand-written TEI (tests/data/html/sample.tei.xml),
// checked through XPath: the pages are HTML5 that is also well-formed XML.
#include "render/html_renderer.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "tei/tei_reader.hpp"

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
    for (const OutputFile& file : HtmlRenderer().Render(document)) (*files_)[file.path] = file.contents;
  }

  // The page parsed as XML; fails the test when it is not well-formed.
  pugi::xml_document& Page(const std::string& name) {
    auto it = pages_.find(name);
    if (it == pages_.end()) {
      it = pages_.try_emplace(name).first;
      EXPECT_EQ(files_->count(name), 1u) << name;
      const std::string& html = (*files_)[name];
      const pugi::xml_parse_result parsed = it->second.load_buffer(html.data(), html.size(), pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata);
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
  EXPECT_EQ(names, (std::vector<std::string>{"bibliography.html", "chapter-I.html", "edition.css", "edition.js",
                                             "index.html", "introduction.html"}));
  EXPECT_NE((*files_)["edition.css"].find("@media print"), std::string::npos);
  EXPECT_NE((*files_)["edition.js"].find("view-toggle"), std::string::npos);
}

TEST_F(HtmlSite, EveryPageHasLandmarksOneH1AndHeadingsInOrder) {
  for (const char* page : {"index.html", "introduction.html", "chapter-I.html", "bibliography.html"}) {
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
    for (const pugi::xpath_node& h : Page(page).select_nodes("//main//*[self::h1 or self::h2 or self::h3]")) {
      const int level = h.node().name()[1] - '0';
      EXPECT_LE(level, previous + 1) << "a heading level skipped before " << Text(h.node());
      previous = level;
    }
  }
  EXPECT_EQ(Count("chapter-I.html", "//nav[@class='site-nav']//a[@aria-current='page'][@href='chapter-I.html']"), 1u);
}

TEST_F(HtmlSite, NoExternalResources) {
  for (const auto& [name, html] : *files_) {
    if (name.size() < 5 || name.substr(name.size() - 5) != ".html") continue;
    SCOPED_TRACE(name);
    for (const pugi::xpath_node& n : Page(name).select_nodes("//*[@src or @href]")) {
      std::string url = n.node().attribute("src") ? n.node().attribute("src").value() : n.node().attribute("href").value();
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
  const pugi::xml_node note = One("chapter-I.html", "//section[@class='footnotes']/aside[@id='chI.n1']");
  EXPECT_EQ(std::string(note.attribute("role").value()), "doc-footnote");
  EXPECT_EQ(Text(note.select_node(".//span[@class='fn-text']").node()), "See РГАНИPrAHM, Фонд 2.");
  const pugi::xml_node back = note.select_node(".//a[@role='doc-backlink']").node();
  EXPECT_EQ(std::string(back.attribute("href").value()), "#ref-chI.n1");
  // Notes are per page, in reference order; the page's headings stay in order.
  EXPECT_EQ(Count("chapter-I.html", "//aside[@role='doc-footnote']"), 3u);
  EXPECT_EQ(Count("introduction.html", "//aside[@role='doc-footnote'][@id='intro.n1']"), 1u);
}

TEST_F(HtmlSite, UncertainNoteAndNoteBetweenParagraphsAreMarked) {
  const pugi::xml_node ref = One("chapter-I.html", "//div[@class='note-place']//a[@role='doc-noteref']");
  EXPECT_EQ(std::string(ref.attribute("class").value()), "noteref uncertain");
  EXPECT_EQ(Text(ref), "Note 2 (number or place uncertain)");
  EXPECT_EQ(Count("chapter-I.html", "//aside[@id='chI.n2']//span[@class='fn-cert']"), 1u);
}

TEST_F(HtmlSite, EmendationCarriesBothReadingsItsClassAndCertainty) {
  const pugi::xml_node choice = One("chapter-I.html", "//span[@id='e65.5']");
  EXPECT_EQ(std::string(choice.attribute("class").value()), "choice");
  EXPECT_EQ(std::string(choice.attribute("tabindex").value()), "0");
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
  EXPECT_EQ(Text(One("chapter-I.html", "//span[@id='e70.1']/span[@class='corr'][@lang='ru']")), "РГАНИ");
  EXPECT_EQ(Text(One("chapter-I.html", "//span[@lang='ru'][not(@class)]")), "Фонд 2");
  EXPECT_EQ(Text(One("chapter-I.html", "//p[@id='chI.p3']/span[@lang='sr-Latn']")), "Vruće leto");
  EXPECT_EQ(Count("bibliography.html", "//li[@id='bibl.b1']//span[@lang='sr-Latn']"), 1u);
}

TEST_F(HtmlSite, PageBreaksShowTheirNumber) {
  const pugi::xml_node pb = One("chapter-I.html", "//div[@role='doc-pagebreak'][@data-page='21']");
  EXPECT_EQ(std::string(pb.attribute("id").value()), "page-21");
  EXPECT_EQ(std::string(pb.attribute("aria-label").value()), "Page 21");
  EXPECT_EQ(Text(pb), "\xE2\x80\x96 21");
  const pugi::xml_node unknown = One("chapter-I.html", "//p[@id='chI.p3']/span[@role='doc-pagebreak']");
  EXPECT_EQ(std::string(unknown.attribute("aria-label").value()), "Page break");
}

TEST_F(HtmlSite, EveryParagraphHasAnAnchorLinkingToItself) {
  for (const char* page : {"index.html", "introduction.html", "chapter-I.html"}) {
    for (const pugi::xpath_node& p : Page(page).select_nodes("//main//p[not(ancestor::aside)][not(@class)][not(parent::div[@class='title-page'])]")) {
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
  EXPECT_EQ(Text(One("index.html", "//li[.//a[@href='chapter-I.html#chI.s1']]//span[@class='item-n']")), "page 21");
}

TEST_F(HtmlSite, MarkupInTheTextShowsAsText) {
  const std::string& page = (*files_)["introduction.html"];
  EXPECT_EQ(page.find("<script>"), std::string::npos);
  EXPECT_EQ(Count("introduction.html", "//script"), 1u);  // edition.js only
  EXPECT_EQ(Count("introduction.html", "//b"), 0u);
  const pugi::xml_node p = One("introduction.html", "//p[@id='intro.p1']");
  EXPECT_NE(Text(p).find("the text said <script>alert(\"x\")</script> & more."), std::string::npos);
  EXPECT_EQ(Text(p.select_node("span[@id='e9.1']/span[@class='sic']").node()), "<script>alert(1)</script>");
  EXPECT_EQ(Text(p.select_node("span[@id='e9.1']/span[@class='corr']").node()), "<b>&amp;");
  EXPECT_EQ(Text(One("index.html", "//h1")), "A Sample <Thesis>");
  EXPECT_NE(Text(One("index.html", "/html/head/title")).find("<Thesis>"), std::string::npos);
}

TEST_F(HtmlSite, TheFrontMatterIsOnTheIndex) {
  EXPECT_EQ(Count("index.html", "//section[@id='abstract'][@role='doc-abstract']/h2"), 1u);
  EXPECT_EQ(Count("index.html", "//section[@class='div-notice']//span[@class='gap']"), 1u);
  // The scanned copy's notice has no head in the TEI: it gets one, after the contents.
  EXPECT_EQ(Text(One("index.html", "//section[@class='div-notice']/h2")), "Notice of the scanned copy");
  EXPECT_EQ(Count("index.html", "//section[@class='div-notice']/preceding::nav[@role='doc-toc']"), 1u);
  EXPECT_EQ(Count("index.html", "//span[@id='e35.48']"), 1u);
}

TEST(HtmlRenderer, IsDeterministic) {
  const tei::Document document = tei::ReadTei(Slurp(kSample), kSample);
  const std::vector<OutputFile> first = HtmlRenderer().Render(document);
  const std::vector<OutputFile> second = HtmlRenderer().Render(tei::ReadTei(Slurp(kSample), kSample));
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
  EXPECT_EQ(names, (std::vector<std::string>{"index.html", "chapter-I----x.html", "chapter-I----x-2.html",
                                             "index-2.html", "edition.css", "edition.js"}));
}

}  // namespace
}  // namespace emend::render
