#include "render/latex_preamble.hpp"

#include "render/latex_escape.hpp"

namespace emend::render {
namespace {

// The fixed part. Notes on the choices:
// - Ligatures=TeXOff: the text's `--`, `'` and `` ` `` print as typed (the
//   escaper relies on it); an edition does not turn the OCR's two hyphens
//   into a dash.
// - Linux Libertine O covers Latin Extended-A (č ć š ž đ) and Cyrillic;
//   DejaVu Serif is the fallback when it is missing.
// - reledmac: the author's notes are familiar footnotes (series A, given
//   their numbers from the thesis), the emendations a critical series A in
//   run-in paragraphs, keyed by line number; line numbers restart on every
//   page, so a key is read against the page it stands on.
constexpr const char* kDesign = R"(\documentclass[11pt,a4paper,oneside,openany]{book}
\usepackage[a4paper,top=25mm,bottom=25mm,left=30mm,right=30mm,marginparwidth=20mm]{geometry}
\usepackage{fontspec}
\IfFontExistsTF{Linux Libertine O}%
  {\setmainfont{Linux Libertine O}[Ligatures=TeXOff]}%
  {\setmainfont{DejaVu Serif}[Ligatures=TeXOff]}
\usepackage{polyglossia}
\setdefaultlanguage{english}
\setotherlanguage{russian}
\usepackage{xcolor}
\usepackage{hyperref}
\usepackage{reledmac}
\fnpos{familiar-critical}
\lineation{page}
\linenummargin{left}
\firstlinenum{5}
\linenumincrement{5}
\Xarrangement[A]{paragraph}
\Xnotenumfont[A]{\bfseries}
\Xragged[A]{R}
\setcounter{secnumdepth}{-1}
\setcounter{tocdepth}{2}
\raggedbottom
\setlength{\emergencystretch}{3em}
\makeatletter
% The apparatus. An applied emendation: lemma (the reading in the text), then
% what the OCR read. A proposal the corrector was unsure of: lemma (the OCR
% reading, still in the text), then the proposed reading, in italics.
\newcommand{\emendocr}{OCR}
\newcommand{\emendapplied}[1]{#1~\emendocr}
\newcommand{\emendappliedunsure}[1]{#1~\emendocr~(?)}
\newcommand{\emendproposed}[1]{\textit{proposed:}~#1}
\newcommand{\emendbyeditor}{~\textit{ed.}}
\newcommand{\emendomitted}{\textit{om.}}
\newcommand{\emendnotelemma}[2]{n.\,#1\enspace#2}
% The author's notes whose number or reference point was inferred.
\newcommand{\emendnoteuncertain}{\enspace\textit{[number or place of this note inferred]}}
% A note whose number is not a plain number: its mark is given as text.
\newcommand{\emendmarkednote}[2]{{\renewcommand{\thefootnoteA}{#1}\footnoteA{#2}}}
% A page break of the typescript: a grey bar, and the page's number in the
% margin, [57], where the thesis gives it (the PDF's own folios stay).
\newcommand{\emendpbbar}{\textcolor{gray}{\textbar}}
\newcommand{\emendpb}[1]{\emendpbbar\if\relax\detokenize{#1}\relax\else
  \ledrightnote{\footnotesize\textcolor{gray}{[#1]}}\fi}
\newcommand{\emendpbmargin}[1]{\ledrightnote{\footnotesize\textcolor{gray}{%
  \if\relax\detokenize{#1}\relax\textbar\else [#1]\fi}}}
\newcommand{\emendpbinline}[1]{\emendpbbar\if\relax\detokenize{#1}\relax\else
  {\footnotesize\textcolor{gray}{[#1]}}\fi}
% Words of the editor, not of the author; what was not transcribed.
\newcommand{\emendeditorial}[1]{[\textit{#1}]}
\newcommand{\emendgap}[1]{[\textit{#1}]}
% A run in another language: Russian gets its hyphenation; other languages
% (Serbo-Croatian has no patterns installed) print as they are.
\newcommand{\emendlang}[2]{\ifcsname emend@lang@#1\endcsname
  \csname emend@lang@#1\endcsname{#2}\else#2\fi}
% A Russian run sets what polyglossia's \textrussian sets for a run of text
% (its font, the Cyrillic script of the main family, taken from \textrussian
% itself once; its hyphenation patterns and minima; French spacing), and
% prints the same: \textrussian itself costs 5 ms a run (font features
% parsed anew each time), 4 s of each XeLaTeX pass over the 800 runs of the
% thesis. Runs are plain text in the main (roman) family. \languagename
% tells reledmac the language of a lemma inside the run, as \textrussian did.
\newcommand{\emend@lang@ru}[1]{{\fontfamily{\emend@ru@family}\selectfont
  \def\languagename{russian}\language=\l@russian\lefthyphenmin=2 \righthyphenmin=2
  \frenchspacing#1}}
\AtBeginDocument{\sbox\z@{\textrussian{\xdef\emend@ru@family{\f@family}}}}
% The bracket after a lemma in the apparatus. reledmac's own (\rbracket)
% prints it through polyglossia's \text<lemma's language>, which costs as
% much as \textrussian above, once for every entry: 3 s of each pass. The
% same bracket, set in the lemma's language the cheap way; a language other
% than these two goes to \rbracket.
\newcommand*{\emend@lemmaseparator}{\ifdefstring{\footnote@lang}{english}%
  {\textnormal{\thinspace]}}{\ifdefstring{\footnote@lang}{russian}%
  {\textnormal{\emend@lang@ru{\thinspace]}}}{\rbracket}}}
\Xlemmaseparator[A]{\emend@lemmaseparator}
% An apparatus entry's line number takes a fixed width: that of two of the
% note font's widest digit (lines restart on each page, so no more are
% needed; a longer number keeps its own width), the number flush right.
% reledmac takes the numbers from the previous pass and, breaking the page,
% counts a paragraph note as high as its width makes it. With numbers of
% their own width, a line moved to the next page has its entries read 1
% instead of 38, narrower: the line fits again and the next pass moves it
% back, without end (latexmk's too many passes). Of fixed width, what a pass
% measures no longer depends on where the previous pass broke the pages.
\newdimen\emend@digitwd
\newcommand*{\emend@notelinenum}[1]{{\emend@digitwd\z@
  \@for\emend@digit:=0,1,2,3,4,5,6,7,8,9\do{\setbox\z@\hbox{\emend@digit}%
    \ifdim\wd\z@>\emend@digitwd \emend@digitwd\wd\z@\fi}%
  \setbox\z@\hbox{\@arabic{#1}}%
  \ifdim\wd\z@<\tw@\emend@digitwd \hbox to\tw@\emend@digitwd{\hss\box\z@}\else\box\z@\fi}}
\Xbhooknote[A]{\let\linenumrep\emend@notelinenum}
% reledmac checks that no \edtext holds \pstart or \pend with xstring's
% \IfSubStr, four times an \edtext: 10,000 macro expansions each time, a
% second of each pass. The same check (on the arguments' top-level tokens,
% as \IfSubStr looks) with a delimited macro.
\long\def\emend@ifholds#1#2{\long\def\emend@scan##1#2##2\emend@stop{%
  \if\relax\detokenize{##2}\relax\expandafter\@secondoftwo\else\expandafter\@firstoftwo\fi}%
  \emend@scan#1#2\emend@stop}
\renewcommand{\@check@edtext@args}[2]{%
  \emend@ifholds{#1}{\pstart}{\led@err@PstartInEdtext{first}}{}%
  \emend@ifholds{#1}{\pend}{\led@err@PendInEdtext{first}}{}%
  \emend@ifholds{#2}{\pstart}{\led@err@PstartInEdtext{second}}{}%
  \emend@ifholds{#2}{\pend}{\led@err@PendInEdtext{second}}{}}
% reledmac keeps its per-line and per-note queues (line numbers, notes to
% insert and their lines, annotations) as token lists: each item taken from
% the front copies the rest, each added at the end copies the whole, so a
% chapter with a thousand notes costs a million copies (a third of each
% pass). These four become queues of numbered macros, with the same
% operations (\xright@appenditem adds, expanded as before; \gl@p takes the
% first; the list macro is \empty exactly when nothing is queued, so
% reledmac's \ifx...\empty tests and \list@clear keep working); every other
% list goes the old way.
\let\emend@append@list\xright@appenditem
\let\emend@pop@list\gl@p
\def\emend@queue@marker{\emend@queue@marker}
\def\emend@queue#1{%
  \expandafter\newcount\csname emend@qh\string#1\endcsname
  \expandafter\newcount\csname emend@qt\string#1\endcsname}
\emend@queue\line@list \emend@queue\annot@list
\emend@queue\inserts@list \emend@queue\insertlines@list
\long\def\xright@appenditem#1\to#2{\ifcsname emend@qt\string#2\endcsname
  \expandafter\@firstoftwo\else\expandafter\@secondoftwo\fi
  {\emend@push{#1}#2}{\emend@append@list{#1}\to#2}}
\def\gl@p#1\to#2{\ifcsname emend@qt\string#1\endcsname
  \expandafter\@firstoftwo\else\expandafter\@secondoftwo\fi
  {\emend@pop#1#2}{\emend@pop@list#1\to#2}}
\long\def\emend@push#1#2{%
  \ifx#2\empty
    \global\csname emend@qh\string#2\endcsname\z@
    \global\csname emend@qt\string#2\endcsname\z@
  \fi
  \expandafter\xdef\csname emend@qi\string#2@\the\csname emend@qt\string#2\endcsname\endcsname{#1}%
  \global\advance\csname emend@qt\string#2\endcsname\@ne
  \global\let#2\emend@queue@marker}
\def\emend@pop#1#2{%
  \expandafter\global\expandafter\let\expandafter#2%
    \csname emend@qi\string#1@\the\csname emend@qh\string#1\endcsname\endcsname
  \global\advance\csname emend@qh\string#1\endcsname\@ne
  \ifnum\csname emend@qh\string#1\endcsname=\csname emend@qt\string#1\endcsname
    \global\let#1\empty
  \fi}
% reledmac asks two questions at every line with tools made for rarer use:
% whether the page is printed in columns, with etoolbox's \ifboolexpr (an
% expression parser: about a hundred macro expansions a question), and which
% side of a page break a line goes to, by comparing \led@pb@setting with
% xstring's \IfStrEq (about fifty), five times a line. The same questions
% with \ifbool and \ifdefstring (\led@pb@setting holds the word that
% \ledpbsetting was given): 9 % of each pass, the same output. Each patch
% finds reledmac's own text or leaves the macro as it is.
\def\emend@patch#1#2#3{\patchcmd#1{#2}{#3}{}%
  {\typeout{emend: reledmac's \string#1 is not as expected; left as it is}}}
\def\emend@ifbools#1#2{\ifbool{#1}{\ifbool{#2}{\@firstoftwo}{\@secondoftwo}}{\@secondoftwo}}
\def\emend@ifboolnot#1#2{\ifbool{#1}{\ifbool{#2}{\@secondoftwo}{\@firstoftwo}}{\@secondoftwo}}
% "bool{X} and ...": false at once when X is false, as \ifboolexpr finds.
\def\emend@whenbool#1#2#3{\ifbool{#1}{#2{#3}}{\@secondoftwo}}
\def\emend@ifpbother[#1]{\ifdefstring{\led@pb@setting}{before}{\relax}%
  {\ifdefstring{\led@pb@setting}{after}{\relax}{#1}}}
\emend@patch\l@dlsn@te{\ifboolexpr{bool {l@dprintingcolumns}and bool {ledRcol@}}}
  {\emend@ifbools{l@dprintingcolumns}{ledRcol@}}
\emend@patch\l@drsn@te{\ifboolexpr{bool {l@dprintingcolumns}and not bool {ledRcol@}}}
  {\emend@ifboolnot{l@dprintingcolumns}{ledRcol@}}
\emend@patch\do@line{\IfStrEq{\led@pb@setting}{before}}{\ifdefstring{\led@pb@setting}{before}}
\emend@patch\do@line{\IfStrEq{\led@pb@setting}{after}}{\ifdefstring{\led@pb@setting}{after}}
\emend@patch\led@check@nopb{\IfStrEq{\led@pb@setting}{before}}{\ifdefstring{\led@pb@setting}{before}}
\emend@patch\led@check@nopb{\IfStrEq{\led@pb@setting}{after}}{\ifdefstring{\led@pb@setting}{after}}
\emend@patch\new@line{\IfStrEq{\led@pb@setting}{after}}{\ifdefstring{\led@pb@setting}{after}}
\emend@patch\new@line{\IfStrEq{\led@pb@setting}{before}}{\ifdefstring{\led@pb@setting}{before}}
\emend@patch\new@line{\IfStrEqCase{\led@pb@setting}{{before}{\relax}{after}{\relax}}[}
  {\emend@ifpbother[}
\emend@patch\affixline@num
  {\ifboolexpr{bool {l@dprintingcolumns} and test {\ifnumgreater{\line@margin@columns}{\m@ne}}}}
  {\emend@whenbool{l@dprintingcolumns}\ifboolexpr{bool {l@dprintingcolumns} and test {\ifnumgreater{\line@margin@columns}{\m@ne}}}}
\emend@patch\affixline@num
  {\ifboolexpr{bool {l@dprintingcolumns}and ((test {\ifdefstring{\linenum@OnlyPages@ForColumns}{left}}and test {\ifnumodd{\page@num}})or(test {\ifdefstring{\linenum@OnlyPages@ForColumns}{right}}and not test {\ifnumodd{\page@num}}))}}
  {\emend@whenbool{l@dprintingcolumns}\ifboolexpr{bool {l@dprintingcolumns}and ((test {\ifdefstring{\linenum@OnlyPages@ForColumns}{left}}and test {\ifnumodd{\page@num}})or(test {\ifdefstring{\linenum@OnlyPages@ForColumns}{right}}and not test {\ifnumodd{\page@num}}))}}
% The table of contents at its full length from the first pass. reledmac
% writes a heading's contents line only in the pass after the one that met
% the heading (from the NAME.eledsecN files), so the contents read by the
% second pass still lack them: on the thesis it was a page short, the pages
% after it moved in the third pass (edition.1-4, the contents' own numbers)
% and latexmk needed a fourth to settle. \emendtableofcontents{LINES} prints
% LINES, the \contentsline of every entry without page numbers (these stand
% in boxes of fixed width), as long as the contents file is incomplete: the
% second pass lays the pages out as the last, and three passes settle where
% four did, the PDF the same byte for byte. A pass that starts with
% NAME.eledsec1 at hand writes the whole contents and says so in the .aux
% (\emend@tocwhole). The incomplete file is still read, its lines dropped,
% so that latexmk sees it changed and runs the next pass.
\newif\ifemend@tocwhole
\def\emend@tocwhole{\global\emend@tocwholetrue}
\AtBeginDocument{\IfFileExists{\jobname.eledsec1}%
  {\immediate\write\@auxout{\string\emend@tocwhole}}{}}
\newcommand{\emendtableofcontents}[1]{\ifemend@tocwhole\else
  \let\emend@input\@input
  \def\@input##1{\let\@input\emend@input
    {\let\contentsline\@gobblefour\emend@input{##1}}#1}%
  \fi\tableofcontents}
% Paragraph shapes inside \pstart ... \pend.
\newcommand{\emendsubhead}{\noindent\large\bfseries}
\newcommand{\emendquote}{\leftskip=2.5em\rightskip=2.5em\small}
\newcommand{\emendhanging}{\noindent\hangindent=2em\hangafter=1}
\makeatother
)";

}  // namespace

std::string LatexPreamble(const tei::HeaderSummary& header) {
  std::string out = kDesign;
  out += "\\hypersetup{hidelinks,pdftitle={" + EscapeLatex(header.title) + "},pdfauthor={" +
         EscapeLatex(header.author) + "},pdfcreator={emend";
  if (!header.tool_version.empty()) out += " " + EscapeLatex(header.tool_version);
  out += "}}\n";
  return out;
}

}  // namespace emend::render
