// The typescript of an edition: one sheet per page of the TEI with its
// printed number, notes as footnotes with the author's numbers, lost notes
// left out, and the ground truth written beside it.
#include "render/typescript_renderer.hpp"

#include <gtest/gtest.h>

#include <map>

namespace emend::render {
namespace {

using tei::Block;
using tei::BlockKind;
using tei::Inline;
using tei::InlineKind;

Inline Text(std::string s) {
  Inline in;
  in.text = std::move(s);
  return in;
}

Inline Note(std::string n, std::vector<Inline> content) {
  Inline in;
  in.kind = InlineKind::kNote;
  in.n = std::move(n);
  in.content = std::move(content);
  return in;
}

Inline PageBreak(std::string n) {
  Inline in;
  in.kind = InlineKind::kPageBreak;
  in.n = std::move(n);
  return in;
}

Inline Emended(std::string sic, std::string corr, bool proposed) {
  Inline in;
  in.kind = InlineKind::kChoice;
  in.choice.sic = std::move(sic);
  in.choice.corr = std::move(corr);
  in.choice.proposed = proposed;
  return in;
}

tei::Document Sample() {
  tei::Document d;
  d.title_page.title = "A Title";
  d.title_page.author = "An Author";
  tei::Div chapter;
  chapter.type = "chapter";
  Block pb;
  pb.kind = BlockKind::kPageBreak;
  pb.n = "4";
  Block head;
  head.kind = BlockKind::kHead;
  head.content = {Text("CHAPTER I")};
  Block p1;
  p1.content = {Text("After "),
                Emended("Titos", "Tito's", false),
                Text(" visit "),
                Emended("Popovid", "Popović", true),
                Text(" wrote."),
                Note("1", {Text("Ibid., {50} & 100%.")}),
                Text(" Then "),
                PageBreak("5"),
                Text("the talks went on."),
                Note("2", {[] {
                       Inline gap;
                       gap.kind = InlineKind::kGap;
                       gap.reason = "lost";
                       return gap;
                     }()}),
                Text(" Фонд 2.")};
  chapter.blocks = {pb, head, p1};
  d.body.push_back(chapter);
  return d;
}

std::map<std::string, std::string> Files(const tei::Document& d) {
  std::map<std::string, std::string> out;
  for (const OutputFile& f : TypescriptRenderer().Render(d)) out[f.path] = f.contents;
  return out;
}

TEST(TypescriptRenderer, OneSheetPerPageWithItsNumberAndNotes) {
  const auto files = Files(Sample());
  ASSERT_EQ(files.size(), 5u);  // book.tex, pages.tsv, three sheets
  EXPECT_EQ(files.at("truth/pages.tsv"), "sheet\tpage\tnotes\n1\t\t\n2\t4\t1\n3\t5\t\n");
  EXPECT_EQ(files.at("truth/0001.txt"), "A Title\nAn Author\n\n");
  // The reading as the edition has it: applied emendations read, proposals
  // keep the OCR; the mark as its number after the word, the note below.
  EXPECT_EQ(files.at("truth/0002.txt"),
            "4\nCHAPTER I\nAfter Tito's visit Popovid wrote.1 Then\n\n1 Ibid., {50} & 100%.\n");
  // A lost note has no text to set: no mark, no footnote.
  EXPECT_EQ(files.at("truth/0003.txt"), "5\nthe talks went on. Фонд 2.\n\n");
  const std::string& tex = files.at("book.tex");
  EXPECT_NE(tex.find("\\footnote[1]{Ibid., \\{50\\} \\& 100\\%.}"), std::string::npos) << tex;
  // The number at the foot is typed on the line, as in the thesis ("1 Ibid."),
  // the mark in the text raised.
  EXPECT_NE(tex.find("\\renewcommand\\@makefntext[1]{\\noindent\\@thefnmark\\ #1}"),
            std::string::npos);
  EXPECT_EQ(tex.find("\\footnote[2]"), std::string::npos);
  EXPECT_NE(tex.find("\\newpage\n\\def\\sheetnumber{5}"), std::string::npos);
  EXPECT_NE(tex.find("Фонд 2."), std::string::npos);
  EXPECT_EQ(tex.rfind("\\end{document}\n"), tex.size() - 15);
}

TEST(TypescriptRenderer, AFullSheetIsSetTighter) {
  tei::Document d = Sample();
  Block long_paragraph;
  long_paragraph.content = {Text(std::string(4000, 'x'))};
  d.body[0].blocks.push_back(long_paragraph);
  const std::string tex = Files(d).at("book.tex");
  EXPECT_NE(tex.find("\\def\\sheetnumber{5}\\linespread{0.95}"), std::string::npos) << tex;
  EXPECT_NE(tex.find("\\def\\sheetnumber{4}\\linespread{1.30}"), std::string::npos);
}

TEST(TypescriptRenderer, SameDocumentSameBytes) {
  const auto a = Files(Sample()), b = Files(Sample());
  EXPECT_EQ(a, b);
}

}  // namespace
}  // namespace emend::render
