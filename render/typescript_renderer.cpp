#include "render/typescript_renderer.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "render/latex_escape.hpp"

namespace emend::render {
namespace {

using tei::Block;
using tei::BlockKind;
using tei::Div;
using tei::Inline;
using tei::InlineKind;

// The preamble: XeLaTeX, A4, a monospaced face with Latin, Cyrillic and the
// Serbo-Croatian letters, one-and-a-half spacing, the page number at the top
// right and nothing at the foot; footnotes numbered as the author numbered
// them, the number at the foot typed on the line ("45 Memorandum ...") as a
// typist did, the mark in the text raised.
constexpr const char* kPreamble = R"(\documentclass[11pt,a4paper]{article}
\usepackage[top=2.5cm,bottom=2.5cm,left=3cm,right=2.5cm]{geometry}
\usepackage{fontspec}
\setmonofont{DejaVu Sans Mono}[Scale=0.85]
\renewcommand{\familydefault}{\ttdefault}
\defaultfontfeatures{Ligatures=NoCommon}
\setlength{\parskip}{0pt}
\setlength{\footnotesep}{1.2em}
\raggedright
\setlength{\parindent}{2.5em}
\makeatletter
\def\sheetnumber{}
\def\@oddhead{\hfil\sheetnumber}
\def\@oddfoot{}
\def\@evenhead{\hfil\sheetnumber}
\def\@evenfoot{}
\renewcommand\@makefntext[1]{\noindent\@thefnmark\ #1}
\makeatother
\newenvironment{typedquote}{\par\begingroup\linespread{1.0}\selectfont\leftskip=3em\rightskip=2em\noindent}{\par\endgroup}
\begin{document}
)";

// What fits on a sheet at the usual spacing (1.3): body lines of about 70
// characters at 17.7 pt, note lines of about 85 at 14.3 pt, in 640 pt. A fuller
// sheet is set tighter, so that every sheet stays one printed page.
constexpr double kBodyChars = 70, kBodyLine = 17.7, kNoteChars = 85, kNoteLine = 14.3,
                 kHeight = 640;
constexpr double kSpacing = 1.3, kTightest = 0.95;

// One sheet as the ground truth records it.
struct Sheet {
  std::string tex;     // the sheet's LaTeX
  double height = 0;   // its estimated height at the usual spacing, in points
  std::string number;  // printed page number, "" for none
  std::string body;    // the text, marks as digits after their words
  std::vector<std::pair<std::string, std::string>> notes;  // number, text
};

class Writer {
 public:
  std::vector<Sheet> sheets;
  std::string* tex;  // the current sheet's LaTeX

  Writer() {
    sheets.emplace_back();
    tex = &sheets.back().tex;
  }

  // A page break: a new sheet with its printed number.
  void Break(const std::string& n) {
    if (!sheets.back().body.empty() || !sheets.back().notes.empty()) {
      sheets.emplace_back();
      tex = &sheets.back().tex;
    }
    sheets.back().number = n;
  }

  // The whole book: each sheet on a page of its own, set tighter when full.
  std::string Book() const {
    std::string out = kPreamble;
    for (size_t k = 0; k < sheets.size(); ++k) {
      const Sheet& s = sheets[k];
      if (k > 0) out += "\n\\newpage\n";
      out += "\\def\\sheetnumber{" + EscapeLatex(s.number) + "}";
      double spacing = kSpacing;
      if (s.height > kHeight) spacing = std::max(kTightest, kSpacing * kHeight / s.height);
      char buf[64];
      std::snprintf(buf, sizeof buf, "\\linespread{%.2f}\\selectfont\n", spacing);
      out += buf + s.tex;
    }
    return out + "\n\\end{document}\n";
  }

  void Div(const tei::Div& div) {
    for (const Block& b : div.blocks) WriteBlock(b);
    for (const tei::Div& d : div.divisions) Div(d);
  }

  void WriteBlock(const Block& b) {
    switch (b.kind) {
      case BlockKind::kPageBreak:
        Break(b.n);
        return;
      case BlockKind::kHead:
        *tex += "\n\\par\\bigskip{\\centering ";
        Inlines(b.content, /*in_note=*/false);
        *tex += "\\par}\\bigskip\n";
        Text("\n");
        return;
      case BlockKind::kParagraph:
        *tex += "\n\\par ";
        Inlines(b.content, false);
        *tex += "\n";
        Text("\n");
        return;
      case BlockKind::kQuote:
        *tex += "\n\\begin{typedquote}";
        for (const Block& inner : b.blocks) {
          if (inner.kind == BlockKind::kParagraph) {
            Inlines(inner.content, false);
            *tex += "\\par ";
            Text("\n");
          } else {
            WriteBlock(inner);
          }
        }
        *tex += "\\end{typedquote}\n";
        return;
      case BlockKind::kNote:
        Inlines(b.content, false);
        return;
      case BlockKind::kList:
      case BlockKind::kListBibl:
        for (const tei::Item& item : b.items) {
          *tex += "\n\\par\\noindent\\hangindent=2em\\hangafter=1 ";
          Inlines(item.content, false);
          if (!item.n.empty()) {
            // A contents entry's page after its title, as the thesis types it.
            *tex += " " + EscapeLatex(item.n);
            Text(" " + item.n);
          }
          *tex += "\n";
          Text("\n");
        }
        return;
      case BlockKind::kGap:
        return;
    }
  }

  void Inlines(const std::vector<Inline>& content, bool in_note) {
    for (const Inline& in : content) {
      switch (in.kind) {
        case InlineKind::kText:
          Out(in.text, in_note);
          break;
        case InlineKind::kChoice:
          Out(in.choice.proposed ? in.choice.sic : in.choice.corr, in_note);
          break;
        case InlineKind::kForeign:
        case InlineKind::kRef:
        case InlineKind::kPersName:
          Inlines(in.content, in_note);
          break;
        case InlineKind::kPageBreak:
          if (!in_note) Break(in.n);
          break;
        case InlineKind::kGap:
          break;
        case InlineKind::kNote:
          if (!in_note) Note(in);
          break;
      }
    }
  }

 private:
  std::string note_text_;

  void Text(const std::string& s) {
    sheets.back().body += s;
    // A paragraph's end: its lines at the usual spacing.
    if (s == "\n") {
      const std::string& body = sheets.back().body;
      const size_t start = body.rfind('\n', body.size() - 2);
      const double chars =
          static_cast<double>(body.size() - (start == std::string::npos ? 0 : start + 1));
      sheets.back().height += (1 + static_cast<int>(chars / kBodyChars)) * kBodyLine;
    }
  }

  void Out(const std::string& s, bool in_note) {
    *tex += EscapeLatex(s);
    if (in_note) {
      note_text_ += s;
    } else {
      Text(s);
    }
  }

  void Note(const Inline& note) {
    // A lost note has nothing but a gap: its text is unknown, so it is left out.
    bool has_text = false;
    for (const Inline& in : note.content) has_text |= in.kind != InlineKind::kGap;
    if (!has_text || note.n.empty()) return;
    *tex += "\\footnote[" + EscapeLatex(note.n) + "]{";
    note_text_.clear();
    Inlines(note.content, true);
    *tex += "}";
    Text(note.n);
    sheets.back().notes.emplace_back(note.n, note_text_);
    sheets.back().height += (1.4 + static_cast<int>(note_text_.size() / kNoteChars)) * kNoteLine;
  }
};

// Runs of white space as one space, none at a line's ends; paragraphs one a line.
std::string Tidy(const std::string& text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == '\n') {
      if (!out.empty() && out.back() != '\n') out += '\n';
      space = false;
    } else if (c == ' ' || c == '\t') {
      space = !out.empty() && out.back() != '\n';
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

}  // namespace

std::vector<OutputFile> TypescriptRenderer::Render(const tei::Document& document) const {
  Writer w;
  // The title page as a sheet of its own.
  const tei::TitlePage& t = document.title_page;
  *w.tex += "\\begin{center}\\vspace*{3cm}\n";
  for (const std::string* line : {&t.title, &t.author, &t.byline, &t.imprint, &t.date}) {
    if (line->empty()) continue;
    *w.tex += EscapeLatex(*line) + "\\par\\bigskip\n";
    w.sheets.back().body += *line + "\n";
  }
  *w.tex += "\\end{center}\n";
  w.Break("");
  for (const Div& d : document.front) {
    if (d.type != "notice") w.Div(d);
  }
  for (const Div& d : document.body) w.Div(d);
  for (const Div& d : document.back) w.Div(d);
  std::vector<OutputFile> files;
  files.push_back({"book.tex", w.Book()});
  std::string pages = "sheet\tpage\tnotes\n";
  for (size_t k = 0; k < w.sheets.size(); ++k) {
    const Sheet& s = w.sheets[k];
    // The printed number first, where the sheet shows it at its top.
    std::string notes, text = (s.number.empty() ? "" : s.number + "\n") + Tidy(s.body) + "\n";
    for (const auto& [n, note] : s.notes) {
      notes += (notes.empty() ? "" : " ") + n;
      text += n + " " + Tidy(note);
    }
    char name[32];
    std::snprintf(name, sizeof name, "truth/%04zu.txt", k + 1);
    files.push_back({name, text});
    pages += std::to_string(k + 1) + "\t" + s.number + "\t" + notes + "\n";
  }
  files.push_back({"truth/pages.tsv", pages});
  return files;
}

}  // namespace emend::render
