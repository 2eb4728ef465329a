// The LaTeX edition of a small hand-written TEI (tests/data/latex/sample.tei.xml)
// and of documents built here: the author's notes with their numbers, the
// apparatus (applied and proposed emendations, those inside notes), headings,
// page breaks, links, and text that tries to be markup.
#include "render/latex_renderer.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "tei/tei_reader.hpp"

namespace emend::render {
namespace {

using tei::Block;
using tei::BlockKind;
using tei::Div;
using tei::Inline;
using tei::InlineKind;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const std::string kSample = std::string(EMEND_SOURCE_DIR) + "/tests/data/latex/sample.tei.xml";

std::string Render(const tei::Document& document) {
  const std::vector<OutputFile> files = LatexRenderer().Render(document);
  EXPECT_EQ(files.size(), 1u);
  return files.empty() ? std::string() : files.front().contents;
}

// The body: what follows \begin{document}.
std::string Body(const std::string& latex) {
  const size_t at = latex.find("\\begin{document}");
  EXPECT_NE(at, std::string::npos);
  return at == std::string::npos ? latex : latex.substr(at);
}

// Checks that braces balance, counting neither \{ nor \} (escaped text) and
// skipping any other control symbol, and returns the deepest nesting.
::testing::AssertionResult BracesBalance(const std::string& latex) {
  int depth = 0;
  for (size_t i = 0; i < latex.size(); ++i) {
    if (latex[i] == '\\') {
      ++i;  // the next character belongs to the control sequence
    } else if (latex[i] == '{') {
      ++depth;
    } else if (latex[i] == '}') {
      if (--depth < 0) return ::testing::AssertionFailure() << "unmatched } at byte " << i;
    } else if (latex[i] == '%') {
      return ::testing::AssertionFailure() << "unescaped % (a comment) at byte " << i;
    }
  }
  if (depth != 0) return ::testing::AssertionFailure() << depth << " { left open";
  return ::testing::AssertionSuccess();
}

Inline Text(const std::string& text) {
  Inline in;
  in.text = text;
  return in;
}

Inline NoteOf(const std::string& n, std::vector<Inline> content) {
  Inline in;
  in.kind = InlineKind::kNote;
  in.n = n;
  in.content = std::move(content);
  return in;
}

Block BlockOf(BlockKind kind, std::vector<Inline> content, const std::string& type = "") {
  Block b;
  b.kind = kind;
  b.type = type;
  b.content = std::move(content);
  return b;
}

class LatexSample : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    latex_ = new std::string(Render(tei::ReadTei(Slurp(kSample), kSample)));
  }
  static void TearDownTestSuite() {
    delete latex_;
    latex_ = nullptr;
  }
  static const std::string& Latex() { return *latex_; }
  static bool Has(const std::string& piece) { return Latex().find(piece) != std::string::npos; }

  static std::string* latex_;
};
std::string* LatexSample::latex_ = nullptr;

TEST_F(LatexSample, IsOneFileForXeLaTeXWithReledmac) {
  EXPECT_EQ(Latex().rfind("\\documentclass", 0), 0u);
  EXPECT_TRUE(Has("\\usepackage{fontspec}"));
  EXPECT_TRUE(Has("\\usepackage{reledmac}"));
  EXPECT_TRUE(Has("[Ligatures=TeXOff]")) << "the escaper relies on TeX ligatures being off";
  EXPECT_TRUE(Has("\\begin{document}"));
  EXPECT_EQ(Latex().substr(Latex().size() - 15), "\\end{document}\n");
}

TEST_F(LatexSample, TitlePageAndEditionContents) {
  EXPECT_TRUE(Has("{\\LARGE\\bfseries Yugoslav-Soviet Relations, 1953-1957 \\& a\\_test\\par}"));
  EXPECT_TRUE(Has("{\\Large Svetozar Rajak\\par}"));
  EXPECT_TRUE(Has("February 2004\\par"));
  EXPECT_TRUE(Has("\\emendtableofcontents{"));
  EXPECT_TRUE(Has("pdftitle={Sample 100\\% \\& \\{Braces\\}, \\$5 \\#1}"));
}

TEST_F(LatexSample, AuthorsFootnoteKeepsItsNumberFromTheThesis) {
  EXPECT_TRUE(
      Has("letter arrived.\\footnoteA[12]{See \\emendlang{ru}{РГАНИ}, "
          "\\emendlang{ru}{Фонд 2, Опись 1}.}"));
  EXPECT_TRUE(Has("\\footnoteA[15]{Third.}"));
  // A note whose text the scan lost keeps its number and says so.
  EXPECT_TRUE(Has("\\footnoteA[16]{\\emendgap{text lost in the scan}}"));
}

TEST_F(LatexSample, AppliedEmendationShowsTheReadingWithTheOcrInTheApparatus) {
  EXPECT_TRUE(Has("After \\edtext{Tito's}{\\Afootnote{\\emendapplied{Titos}}} visit"));
  EXPECT_TRUE(Has("\\edtext{Mićunović}{\\Afootnote{\\emendapplied{Mi6unovi6}}}"));
}

TEST_F(LatexSample, ProposalShowsTheOcrWithTheProposedReadingInTheApparatus) {
  EXPECT_TRUE(Has("\\edtext{Khrushchevs}{\\Afootnote{\\emendproposed{Khrushchev's}}} letter"));
}

TEST_F(LatexSample, EmendationInsideANoteIsKeyedToTheNotesReference) {
  EXPECT_TRUE(
      Has("}\\edtext{}{\\lemma{\\emendnotelemma{12}{\\emendlang{ru}{РГАНИ}}}"
          "\\Afootnote{\\emendapplied{PrAHM}}}"));
}

TEST_F(LatexSample, EmptyReadingIsAnOmission) {
  EXPECT_TRUE(
      Has("\\edtext{}{\\lemma{\\emendomitted{}}\\Afootnote{\\emendapplied{\\textasciicircum{}7\\&"
          "2io}}}stamp."));
}

TEST_F(LatexSample, ChapterHeadingWithItsPageAndSubtitle) {
  EXPECT_TRUE(
      Has("\\pstart\\relax \\hypertarget{chI}{}\\emendpbmargin{19}"
          "\\eledchapter[CHAPTER I: OVERTURES]{CHAPTER I}\\pend\n"
          "\\pstart\\relax \\emendsubhead OVERTURES\\pend\n"));
}

TEST_F(LatexSample, SectionHeadingCarriesItsEmendationAndAPlainContentsEntry) {
  EXPECT_TRUE(
      Has("\\pstart\\relax \\hypertarget{chI.s1}{}\\emendpbmargin{}"
          "\\eledsection[I.1 The Crisis]{\\edtext{I.1}{\\Afootnote{\\emendapplied{1.1}}} The "
          "Crisis}\\pend"));
}

// The contents list every heading from the first XeLaTeX pass on (reledmac
// writes its headings' lines a pass late): each heading's contents line, in
// order, with the entries of \addcontentsline, before the first division.
TEST_F(LatexSample, ContentsListEveryHeadingAheadOfTheText) {
  EXPECT_TRUE(
      Has("\\emendtableofcontents{\\contentsline{chapter}{About this edition}{}{}\n"
          "\\contentsline{chapter}{Notice in the scanned copy}{}{}\n"
          "\\contentsline{chapter}{TABLE OF CONTENTS}{}{}\n"
          "\\contentsline{chapter}{CHAPTER I: OVERTURES}{}{}\n"
          "\\contentsline{section}{I.1 The Crisis}{}{}\n"
          "\\contentsline{chapter}{BIBLIOGRAPHY}{}{}\n"
          "\\contentsline{section}{Archives}{}{}\n}\n\\clearpage\n\\beginnumbering\n"));
}

TEST_F(LatexSample, PageBreakInsideAParagraph) {
  EXPECT_TRUE(Has("and a page end\\emendpb{}on the next page.\\emendgap{illegible}\\pend"));
}

TEST_F(LatexSample, EveryTeXSpecialInTheTextIsEscaped) {
  EXPECT_TRUE(
      Has("Specials: 100\\% \\& \\$5 \\#3 a\\_b \\textasciitilde{}x\\textasciicircum{}2 "
          "\\textbackslash{}input\\{evil\\} \\} stray \\{ and {[}General{]} *star.\\pend"));
  EXPECT_EQ(Latex().find("\\input"), std::string::npos);
  EXPECT_TRUE(BracesBalance(Body(Latex())));
}

TEST_F(LatexSample, DiacriticsQuotesAndDashesPassThrough) {
  EXPECT_TRUE(Has("\\pstart\\relax *Starred, then"));
  EXPECT_TRUE(
      Has("Đilas, Čačak, šž ČĆŠŽĐ; quotes 'single' \"double\" `grave'; dashes 1953-1957 -- ---"));
}

TEST_F(LatexSample, BlockQuotationAndANoteBetweenParagraphs) {
  // The note whose reference was lost joins the end of the paragraph before it.
  EXPECT_TRUE(
      Has("\\pstart\\relax \\emendquote We shall never give in.\\footnoteA[13]{Ibid.}"
          "\\footnoteA[14]{A note whose reference was lost.\\emendnoteuncertain{}}\\pend"));
}

TEST_F(LatexSample, LanguagesOfForeignRuns) {
  EXPECT_TRUE(Has("About \\emendlang{sr-Latn}{Vruće leto} and"));
}

TEST_F(LatexSample, ContentsLinkOnlyToWhatExists) {
  EXPECT_TRUE(Has("\\emendhanging \\hyperlink{chI}{CHAPTER I: Overtures 19}\\pend"));
  EXPECT_TRUE(
      Has("\\hyperlink{chI.s1}{\\edtext{I.1}{\\Afootnote{\\emendapplied{1.1}}} The Crisis 21}"));
  EXPECT_TRUE(Has("\\pstart\\relax \\emendhanging A lost entry\\pend"));
}

TEST_F(LatexSample, DivisionWithoutHeadingGetsTheEditorsLabel) {
  EXPECT_TRUE(Has(
      "\\eledchapter[Notice in the scanned copy]{\\emendeditorial{Notice in the scanned copy}}"));
}

TEST_F(LatexSample, FrontBodyAndBackEachNumberTheirLines) {
  const std::string& l = Latex();
  const size_t main = l.find("\\mainmatter"), back = l.find("\\backmatter");
  ASSERT_NE(main, std::string::npos);
  ASSERT_NE(back, std::string::npos);
  EXPECT_LT(l.find("\\frontmatter"), main);
  EXPECT_LT(main, back);
  EXPECT_TRUE(
      Has("\\backmatter\n\\clearpage\n\\beginnumbering\n\\pstart\\relax "
          "\\eledchapter[BIBLIOGRAPHY]{BIBLIOGRAPHY}\\pend\n\\pstart\\relax "
          "\\eledsection[Archives]{Archives}\\pend"));
  size_t begins = 0, ends = 0;
  for (size_t at = 0; (at = l.find("\\beginnumbering", at)) != std::string::npos; ++at) ++begins;
  for (size_t at = 0; (at = l.find("\\endnumbering", at)) != std::string::npos; ++at) ++ends;
  EXPECT_EQ(begins, 4u);  // notice, contents, chapter, bibliography
  EXPECT_EQ(ends, begins);
}

TEST_F(LatexSample, SameDocumentSameBytes) {
  EXPECT_EQ(Render(tei::ReadTei(Slurp(kSample), kSample)), Latex());
}

// Every field a TEI can carry, filled with markup: nothing reaches TeX as a
// command, and the braces still balance.
TEST(LatexRenderer, HostileTextInEveryFieldStaysText) {
  const std::string evil = "}\\input{x}%$&#^_~[{";
  tei::Document d;
  d.header.title = d.header.author = d.header.source_id = d.header.publisher = evil;
  d.header.tool_version = evil;
  d.title_page = {evil, evil, evil, evil, evil};
  Div div;
  div.type = evil;
  div.id = evil;
  Block head = BlockOf(BlockKind::kHead, {Text(evil)});
  Block sub = BlockOf(BlockKind::kHead, {Text(evil)}, "sub");
  Inline choice;
  choice.kind = InlineKind::kChoice;
  choice.choice = {evil, evil, evil, evil, "#editor", "low", false, evil};
  Inline proposal = choice;
  proposal.choice.proposed = true;
  Inline foreign;
  foreign.kind = InlineKind::kForeign;
  foreign.lang = evil;
  foreign.content = {Text(evil)};
  Inline ref;
  ref.kind = InlineKind::kRef;
  ref.target = "#" + evil;
  ref.content = {Text(evil)};
  Inline pb;
  pb.kind = InlineKind::kPageBreak;
  pb.n = evil;
  Inline gap;
  gap.kind = InlineKind::kGap;
  gap.reason = evil;
  Inline note = NoteOf(evil, {Text(evil), choice, pb, NoteOf("1", {Text(evil)})});
  note.id = evil;
  note.cert = "low";
  Block p =
      BlockOf(BlockKind::kParagraph, {Text(evil), choice, proposal, foreign, ref, pb, gap, note});
  p.id = evil;
  Block page;
  page.kind = BlockKind::kPageBreak;
  page.n = evil;
  Block gap_block;
  gap_block.kind = BlockKind::kGap;
  gap_block.reason = evil;
  Block list;
  list.kind = BlockKind::kList;
  list.items = {{evil, evil, {Text(evil), ref}}};
  div.blocks = {page, head, sub, p, gap_block, list, BlockOf(BlockKind::kNote, {note})};
  d.body = {div};
  const std::string latex = Render(d);
  const std::string body = Body(latex);
  EXPECT_EQ(body.find("\\input"), std::string::npos);
  EXPECT_TRUE(BracesBalance(body));
  // The preamble's own part that holds document text: the PDF's metadata.
  const size_t setup = latex.find("\\hypersetup{");
  ASSERT_NE(setup, std::string::npos);
  EXPECT_TRUE(BracesBalance(latex.substr(setup, latex.find('\n', setup) - setup)));
  // A link to the id, since it exists (the division), through a safe name.
  EXPECT_NE(body.find("\\hyperlink{+7D+5Cinput+7Bx+7D+25+24+26+23+5E+5F+7E+5B+7B}{"),
            std::string::npos);
  // A language tag that is not a tag: the run is printed without a switch.
  EXPECT_EQ(body.find("\\emendlang"), std::string::npos);
  // A note number that is not a number is given as the note's mark.
  EXPECT_NE(body.find("\\emendmarkednote{\\}\\textbackslash{}input"), std::string::npos);
}

TEST(LatexRenderer, NoteInAHeadingMovesToTheNextParagraph) {
  tei::Document d;
  Div div;
  div.type = "chapter";
  div.blocks = {BlockOf(BlockKind::kHead, {Text("CHAPTER V"), NoteOf("9", {Text("Head note.")})}),
                BlockOf(BlockKind::kParagraph, {Text("First words.")})};
  d.body = {div};
  const std::string latex = Render(d);
  EXPECT_NE(latex.find("\\eledchapter[CHAPTER V]{CHAPTER V}\\pend\n"
                       "\\pstart\\relax \\footnoteA[9]{Head note.}First words.\\pend"),
            std::string::npos)
      << Body(latex);
}

TEST(LatexRenderer, NoteWithNothingAroundItStillPrints) {
  tei::Document d;
  Div div;
  div.type = "chapter";
  div.blocks = {BlockOf(BlockKind::kHead, {Text("CHAPTER V")}),
                BlockOf(BlockKind::kNote, {NoteOf("3", {Text("Alone.")})})};
  d.body = {div};
  const std::string latex = Render(d);
  EXPECT_NE(latex.find("\\pstart\\relax \\footnoteA[3]{Alone.}\\pend\n\\endnumbering"),
            std::string::npos)
      << Body(latex);
}

TEST(LatexRenderer, EditorsDecisionAndLowCertaintyAreMarked) {
  tei::Document d;
  Div div;
  div.type = "chapter";
  Inline choice;
  choice.kind = InlineKind::kChoice;
  choice.choice = {"e1.1", "Popovid", "Popović", "diacritic", "#editor", "low", false, ""};
  div.blocks = {BlockOf(BlockKind::kParagraph, {choice})};
  d.body = {div};
  EXPECT_NE(Render(d).find(
                "\\edtext{Popović}{\\Afootnote{\\emendappliedunsure{Popovid}\\emendbyeditor{}}}"),
            std::string::npos);
}

}  // namespace
}  // namespace emend::render
