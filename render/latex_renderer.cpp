#include "render/latex_renderer.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/latex_escape.hpp"
#include "render/latex_preamble.hpp"
#include "render/readable_date.hpp"

namespace emend::render {
namespace {

using tei::Block;
using tei::BlockKind;
using tei::Choice;
using tei::Div;
using tei::Inline;
using tei::InlineKind;

bool IsNumber(std::string_view s) {
  if (s.empty() || s.size() > 9) return false;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// One line of plain text for a table of contents: runs of white space become
// one space, none at either end.
std::string OneLine(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

// A language tag usable in a control-sequence name (ru, sr-Latn), or "" when
// it holds anything else: the run is then printed without a language switch.
std::string LanguageName(std::string_view lang) {
  for (const char c : lang) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) return "";
  }
  return std::string(lang);
}

// What a division without a heading of its own is called, in the editor's words.
std::string EditorialLabel(const std::string& type) {
  if (type == "notice") return "Notice in the scanned copy";
  if (type.empty()) return "Untitled division";
  std::string label = type;
  if (label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
  return label;
}

// The reledmac sectioning command for a division at this depth (0: chapter).
const char* SectioningCommand(int depth) {
  static constexpr const char* kLevels[] = {"eledchapter", "eledsection", "eledsubsection",
                                            "eledsubsubsection"};
  return kLevels[depth < 3 ? depth : 3];
}

// Where inline content is written decides what a choice, a note or a page
// break can become there.
enum class Where {
  kText,     // numbered text: choices become \edtext, notes footnotes
  kHeading,  // a heading: as text, but footnotes cannot stand in it
  kNote,     // inside an author's note: reledmac numbers no lines here
};

// One emendation inside an author's note, keyed in the apparatus to the
// note's reference point.
struct NoteEmendation {
  std::string shown;  // the reading as printed in the note
  std::string entry;  // the apparatus entry
};

class LatexWriter {
 public:
  explicit LatexWriter(const tei::Document& document) : doc_(document) {
    for (const auto& [type, description] : doc_.header.silent_classes) silent_.insert(type);
    std::set<std::string> ids;
    for (const auto* part : {&doc_.front, &doc_.body, &doc_.back}) {
      for (const Div& div : *part) CollectTargets(div, ids);
    }
    // An anchor for every id some <ref> points at and that exists; a link
    // only to those.
    for (const std::string& id : ids) {
      if (referenced_.count(id)) anchors_.insert(id);
    }
  }

  std::string Write() {
    out_ = LatexPreamble(doc_.header);
    out_ += "\\begin{document}\n\\frontmatter\n";
    TitlePage();
    AboutThisEdition();
    const std::size_t contents_at = out_.size();
    for (const Div& div : doc_.front) TopDivision(div);
    out_ += "\\mainmatter\n";
    for (const Div& div : doc_.body) TopDivision(div);
    out_ += "\\backmatter\n";
    for (const Div& div : doc_.back) TopDivision(div);
    SilentEmendations();
    // The contents go before the divisions, once their headings are known:
    // with reledmac headings, every line of the contents from the first pass
    // on (\emendtableofcontents, in the preamble).
    out_.insert(contents_at, numbered_headings_ ? "\\emendtableofcontents{" + contents_ + "}\n"
                                                : std::string("\\tableofcontents\n"));
    out_ += "\\end{document}\n";
    return std::move(out_);
  }

 private:
  // Gathers the ids a link can land on (divisions, paragraphs, notes, list
  // items) into ids, and the targets of <ref>s into referenced_.
  void CollectTargets(const Div& div, std::set<std::string>& ids) {
    ids.insert(div.id);
    for (const Block& block : div.blocks) CollectTargets(block, ids);
    for (const Div& sub : div.divisions) CollectTargets(sub, ids);
  }
  void CollectTargets(const Block& block, std::set<std::string>& ids) {
    ids.insert(block.id);
    CollectTargets(block.content, ids);
    for (const Block& inner : block.blocks) CollectTargets(inner, ids);
    for (const tei::Item& item : block.items) {
      ids.insert(item.id);
      CollectTargets(item.content, ids);
    }
  }
  void CollectTargets(const std::vector<Inline>& content, std::set<std::string>& ids) {
    for (const Inline& in : content) {
      if (in.kind == InlineKind::kNote) ids.insert(in.id);
      if (in.kind == InlineKind::kRef && in.target.size() > 1 && in.target[0] == '#') {
        referenced_.insert(in.target.substr(1));
      }
      CollectTargets(in.content, ids);
    }
  }

  // The anchor for id, if a link points at it.
  std::string Anchor(const std::string& id) const {
    if (id.empty() || !anchors_.count(id)) return "";
    return "\\hypertarget{" + LatexAnchorName(id) + "}{}";
  }

  void TitlePage() {
    const tei::TitlePage& t = doc_.title_page;
    const std::string& title = t.title.empty() ? doc_.header.title : t.title;
    const std::string& author = t.author.empty() ? doc_.header.author : t.author;
    // A page of its own rather than the titlepage environment, which would
    // give two pages the number i (and hyperref two anchors of that name).
    out_ += "\\thispagestyle{empty}\n\\begin{center}\n\\vspace*{3cm}\n";
    out_ += "{\\LARGE\\bfseries " + EscapeLatex(title) + "\\par}\n\\vspace{2cm}\n";
    out_ += "{\\Large " + EscapeLatex(author) + "\\par}\n\\vspace{2cm}\n";
    if (!t.byline.empty()) out_ += EscapeLatex(t.byline) + "\\par\n\\vspace{1em}\n";
    if (!t.imprint.empty()) out_ += EscapeLatex(t.imprint) + "\\par\n\\vspace{1em}\n";
    const std::string& date = t.date.empty() ? doc_.header.date : t.date;
    if (!date.empty()) out_ += EscapeLatex(ReadableDate(date)) + "\\par\n";
    out_ += "\\end{center}\n\\clearpage\n";
  }

  // The editor's account of what the reader sees; not part of the thesis.
  void AboutThisEdition() {
    const tei::HeaderSummary& h = doc_.header;
    std::string source = "the scanned typescript";
    if (!h.source_id.empty()) source += " (" + EscapeLatex(h.source_id);
    if (!h.publisher.empty())
      source += (h.source_id.empty() ? " (" : ", ") + EscapeLatex(h.publisher);
    if (!h.source_id.empty() || !h.publisher.empty()) source += ")";
    const std::string tool =
        h.tool_version.empty() ? "emend" : "emend " + EscapeLatex(h.tool_version);
    out_ += "\\chapter*{About this edition}\n\\addcontentsline{toc}{chapter}{About this edition}\n";
    ContentsLine(0, "About this edition");
    out_ += "This edition gives the text of the thesis as recovered by OCR from " + source +
            " and emended by " + tool + ".\n\n";
    out_ +=
        "The author's footnotes stand at the foot of the page, numbered as in the thesis (afresh "
        "in "
        "each chapter). Below them, the apparatus lists every emendation, keyed by the line number "
        "on the same page (numbers restart on each page; every fifth is printed in the margin). "
        "An emendation made in the text reads `Tito's] \\emendapplied{Titos}': the reading "
        "printed, "
        "then what the OCR read. Where the text keeps the OCR reading and a correction is only "
        "proposed, for an editor to decide, the entry reads `Titos] \\emendproposed{Tito's}'. "
        "An emendation made with low certainty is marked (?), one an editor decided \\textit{ed.} "
        "Emendations inside a footnote are keyed to the line of the note's reference, as "
        "`\\emendnotelemma{12}{Tito's}] \\emendapplied{Titos}'.\n\n";
    if (!doc_.header.silent_classes.empty()) {
      out_ +=
          "To keep the apparatus for the repairs that matter (Cyrillic, names, numerals and the "
          "proposals), the edition's editorial policy makes some classes of emendation silent: ";
      for (std::size_t k = 0; k < doc_.header.silent_classes.size(); ++k) {
        out_ += (k == 0                                       ? ""
                 : k + 1 == doc_.header.silent_classes.size() ? " and "
                                                              : ", ") +
                EscapeLatex(doc_.header.silent_classes[k].second);
      }
      out_ += ". They are made in the text and listed after it, under Silent emendations.\n\n";
    }
    const std::string author = h.author.empty() ? "the author" : EscapeLatex(h.author);
    out_ +=
        "A grey bar \\emendpbbar{} marks a page break of the typescript (in the margin, beside a "
        "heading that starts a page), and the number of the typescript page that begins there "
        "stands in the margin in square brackets, [57]; the folios at the head of this PDF's pages "
        "are the edition's own. Cite the thesis by those typescript pages and by the author's note "
        "numbers: \\emph{cite as: " +
        author +
        ", thesis, p.~57, n.~12}. A note whose text the scan "
        "lost keeps its number and place and reads \\emendgap{text lost in the scan}. Words in "
        "square brackets and italics, such as \\emendeditorial{illegible}, are the editor's. The "
        "page "
        "numbers in the thesis's own table of contents are those of the typescript.\n";
  }

  // Each division of the front, body and back starts a page and numbers its
  // lines afresh (reledmac's sectioning commands do not start pages themselves).
  void TopDivision(const Div& div) {
    out_ += "\\clearpage\n\\beginnumbering\n";
    Division(div, 0);
    if (!pending_notes_.empty()) {
      out_ += "\\pstart\\relax " + TakeMarks() + std::exchange(pending_notes_, {}) + "\\pend\n";
    }
    out_ += "\\endnumbering\n";
    after_paragraph_ = false;
  }

  void Division(const Div& div, int depth) {
    pending_marks_ += Anchor(div.id);
    bool headed = false;
    for (const Block& block : div.blocks) {
      if (block.kind == BlockKind::kPageBreak) {
        pending_pages_.push_back(EscapeLatex(block.n));
        continue;
      }
      if (block.kind == BlockKind::kHead && !headed && block.type != "sub") {
        Heading(div, block, depth);
        headed = true;
        continue;
      }
      if (!headed && depth == 0) {
        EditorialHeading(div);
        headed = true;
      }
      BlockOf(block);
    }
    if (!headed && depth == 0) EditorialHeading(div);
    for (const Div& sub : div.divisions) Division(sub, depth + 1);
  }

  void Heading(const Div& div, const Block& head, int depth) {
    std::string toc = OneLine(tei::PlainText(head.content));
    if (depth == 0) {
      for (const Block& b : div.blocks) {
        if (b.kind == BlockKind::kHead && b.type == "sub") {
          toc += ": " + OneLine(tei::PlainText(b.content));
          break;
        }
      }
    }
    const std::string title = Inlines(head.content, Where::kHeading);
    out_ += "\\pstart\\relax " + TakeMarks(true) + "\\" + SectioningCommand(depth) + "[" +
            EscapeLatex(toc) + "]{" + title + "}\\pend\n";
    ContentsLine(depth, EscapeLatex(toc));
    numbered_headings_ = true;
    after_paragraph_ = false;
  }

  void EditorialHeading(const Div& div) {
    const std::string label = EscapeLatex(EditorialLabel(div.type));
    out_ += "\\pstart\\relax " + TakeMarks(true) + "\\eledchapter[" + label +
            "]{\\emendeditorial{" + label + "}}\\pend\n";
    ContentsLine(0, label);
    numbered_headings_ = true;
    after_paragraph_ = false;
  }

  void BlockOf(const Block& block) {
    switch (block.kind) {
      case BlockKind::kHead:
        Paragraph("\\emendsubhead ", block.id, block.content, Where::kHeading);
        after_paragraph_ = false;  // a note between blocks does not belong to a heading
        break;
      case BlockKind::kParagraph:
        Paragraph("", block.id, block.content, Where::kText);
        break;
      case BlockKind::kQuote:
        pending_marks_ += Anchor(block.id);
        for (const Block& inner : block.blocks) {
          if (inner.kind == BlockKind::kParagraph) {
            Paragraph("\\emendquote ", inner.id, inner.content, Where::kText);
          } else {
            BlockOf(inner);
          }
        }
        break;
      case BlockKind::kPageBreak:
        pending_pages_.push_back(EscapeLatex(block.n));
        break;
      case BlockKind::kGap:
        out_ += "\\pstart\\relax " + TakeMarks() + "\\emendgap{" +
                EscapeLatex(block.reason.empty() ? "gap" : block.reason) + "}\\pend\n";
        after_paragraph_ = false;
        break;
      case BlockKind::kNote:
        StandaloneNote(block);
        break;
      case BlockKind::kList:
      case BlockKind::kListBibl:
        for (const tei::Item& item : block.items) {
          Paragraph("\\emendhanging ", item.id, item.content, Where::kText);
        }
        break;
    }
  }

  // A note standing between paragraphs: its mark joins the end of the
  // paragraph before it, or, with none, the start of the next.
  void StandaloneNote(const Block& block) {
    std::string notes;
    for (const Inline& in : block.content) {
      if (in.kind == InlineKind::kNote) notes += Note(in);
    }
    static constexpr std::string_view kEnd = "\\pend\n";
    if (after_paragraph_ && out_.size() >= kEnd.size() &&
        std::string_view(out_).substr(out_.size() - kEnd.size()) == kEnd) {
      out_.insert(out_.size() - kEnd.size(), notes);
    } else {
      pending_notes_ += notes;
    }
  }

  void Paragraph(const std::string& shape, const std::string& id,
                 const std::vector<Inline>& content, Where where) {
    pending_marks_ += Anchor(id);
    const std::string text = Inlines(content, where);
    if (text.empty() && pending_notes_.empty()) return;  // marks wait for the next text
    out_ += "\\pstart\\relax " + shape + TakeMarks();
    if (where == Where::kText) out_ += std::exchange(pending_notes_, {});
    out_ += text + "\\pend\n";
    after_paragraph_ = true;
  }

  // The pending anchors and page breaks, for the start of a paragraph or, in
  // the margin, of a heading (reledmac prints a heading's line anew, keeping
  // only its side notes).
  std::string TakeMarks(bool heading = false) {
    std::string out = std::exchange(pending_marks_, {});
    for (const std::string& n : pending_pages_) {
      out += (heading ? "\\emendpbmargin{" : "\\emendpb{") + n + "}";
    }
    pending_pages_.clear();
    return out;
  }

  std::string Inlines(const std::vector<Inline>& content, Where where) {
    std::string out;
    for (const Inline& in : content) {
      switch (in.kind) {
        case InlineKind::kText:
          out += EscapeLatex(in.text);
          break;
        case InlineKind::kChoice:
          out += ChoiceOf(in.choice, where);
          break;
        case InlineKind::kNote:
          if (where == Where::kText) {
            out += Note(in);
          } else if (where == Where::kHeading) {
            pending_notes_ += Note(in);
          } else {  // a note inside a note cannot be a footnote: it stays in place
            out += "(" + Inlines(in.content, where) + ")";
          }
          break;
        case InlineKind::kPageBreak:
          out +=
              (where == Where::kText ? "\\emendpb{" : "\\emendpbinline{") + EscapeLatex(in.n) + "}";
          break;
        case InlineKind::kForeign:
          out += InLanguage(in.lang, Inlines(in.content, where));
          break;
        case InlineKind::kPersName:
          out += Inlines(in.content, where);
          break;
        case InlineKind::kRef: {
          const std::string inner = Inlines(in.content, where);
          if (in.target.size() > 1 && in.target[0] == '#' && anchors_.count(in.target.substr(1))) {
            out += "\\hyperlink{" + LatexAnchorName(in.target.substr(1)) + "}{" + inner + "}";
          } else {
            out += inner;
          }
          break;
        }
        case InlineKind::kGap:
          out += in.reason == "lost"
                     ? std::string("\\emendgap{text lost in the scan}")
                     : "\\emendgap{" + EscapeLatex(in.reason.empty() ? "gap" : in.reason) + "}";
          break;
      }
    }
    return out;
  }

  static std::string InLanguage(const std::string& lang, const std::string& tex) {
    const std::string name = LanguageName(lang);
    if (name.empty() || tex.empty()) return tex;
    return "\\emendlang{" + name + "}{" + tex + "}";
  }

  // The apparatus entry of an emendation (what follows the lemma).
  static std::string ApparatusEntry(const Choice& c) {
    std::string entry;
    if (c.proposed) {
      entry = "\\emendproposed{" + Reading(c.corr, c.lang) + "}";
    } else {
      entry = (c.cert == "low" ? "\\emendappliedunsure{" : "\\emendapplied{") + Reading(c.sic, "") +
              "}";
    }
    if (c.resp == "#editor") entry += "\\emendbyeditor{}";
    return entry;
  }

  static std::string Reading(const std::string& text, const std::string& lang) {
    if (text.empty()) return "\\emendomitted{}";
    return InLanguage(lang, EscapeLatex(text));
  }

  std::string ChoiceOf(const Choice& c, Where where) {
    // The text shows the reading for an applied emendation, the OCR's for a proposal.
    const std::string& shown = c.proposed ? c.sic : c.corr;
    const std::string shown_tex =
        shown.empty() ? "" : InLanguage(c.proposed ? "" : c.lang, EscapeLatex(shown));
    // A silent class (the TEI's editorial policy) leaves the line apparatus
    // for the list after the text.
    if (!c.proposed && silent_.count(c.type) != 0 && !shown_tex.empty()) {
      ++silent_forms_[c.type][{c.corr, c.sic}];
      return shown_tex;
    }
    const std::string entry = ApparatusEntry(c);
    if (where == Where::kNote) {
      note_emendations_.push_back({shown_tex.empty() ? "\\emendomitted{}" : shown_tex, entry});
      return shown_tex;
    }
    if (shown_tex.empty()) return "\\edtext{}{\\lemma{\\emendomitted{}}\\Afootnote{" + entry + "}}";
    return "\\edtext{" + shown_tex + "}{\\Afootnote{" + entry + "}}";
  }

  // The author's footnote with its number from the thesis, then its
  // emendations as apparatus entries keyed to the reference point.
  std::string Note(const Inline& note) {
    std::vector<NoteEmendation> outer = std::exchange(note_emendations_, {});
    std::string body = Anchor(note.id) + Inlines(note.content, Where::kNote);
    if (!note.cert.empty() && note.cert != "high") body += "\\emendnoteuncertain{}";
    const std::string number = EscapeLatex(note.n);
    std::string out = IsNumber(note.n) ? "\\footnoteA[" + note.n + "]{" + body + "}"
                                       : "\\emendmarkednote{" + number + "}{" + body + "}";
    for (const NoteEmendation& e : note_emendations_) {
      out += "\\edtext{}{\\lemma{\\emendnotelemma{" + number + "}{" + e.shown + "}}\\Afootnote{" +
             e.entry + "}}";
    }
    note_emendations_ = std::move(outer);
    return out;
  }

  // The line a heading at this depth (0: chapter) puts in the contents, as
  // the contents file has it but without a page number or link.
  void ContentsLine(int depth, const std::string& title) {
    static constexpr const char* kUnits[] = {"chapter", "section", "subsection", "subsubsection"};
    contents_ +=
        std::string("\\contentsline{") + kUnits[depth < 3 ? depth : 3] + "}{" + title + "}{}{}\n";
  }

  // The list of the silent emendations, after the text: per class, each
  // distinct pair of readings once, with how often it was made.
  void SilentEmendations() {
    if (silent_forms_.empty()) return;
    out_ += "\\chapter*{Silent emendations}\n\\addcontentsline{toc}{chapter}{Silent emendations}\n";
    ContentsLine(0, "Silent emendations");
    out_ +=
        "By the editorial policy declared in the edition's TEI, these emendations are made in the "
        "text "
        "without an entry in the apparatus. Each reads as in the apparatus, `Tito's] "
        "\\emendapplied{Titos}', followed by the number of times it was made.\n";
    for (const auto& [type, description] : doc_.header.silent_classes) {
      const auto forms = silent_forms_.find(type);
      if (forms == silent_forms_.end()) continue;
      out_ += "\\section*{" + EscapeLatex(description) + "}\n{\\small\\raggedright\n";
      bool first = true;
      for (const auto& [pair, count] : forms->second) {
        if (!first) out_ += "; ";
        first = false;
        out_ += EscapeLatex(pair.first) + "] \\emendapplied{" + Reading(pair.second, "") + "}";
        if (count > 1) out_ += " (" + std::to_string(count) + ")";
      }
      out_ += ".\\par}\n";
    }
  }

  const tei::Document& doc_;
  std::set<std::string> silent_;  // the emendation classes the apparatus leaves out
  std::map<std::string, std::map<std::pair<std::string, std::string>, int>>
      silent_forms_;                  // class -> (corr, sic) -> times
  std::set<std::string> referenced_;  // ids that <ref>s point at
  std::set<std::string> anchors_;     // ids that exist and are pointed at: they get anchors
  std::string out_;
  std::string pending_marks_;               // anchors, for the next heading or paragraph
  std::vector<std::string> pending_pages_;  // page breaks (escaped numbers) waiting for text
  std::string pending_notes_;     // notes that could not stand where they were (in a heading)
  bool after_paragraph_ = false;  // out_ ends with a paragraph a standalone note may join
  std::vector<NoteEmendation> note_emendations_;  // of the note being written
  std::string contents_;                          // the contents' lines, without page numbers
  bool numbered_headings_ = false;  // some heading is reledmac's (its contents line a pass late)
};

}  // namespace

std::vector<OutputFile> LatexRenderer::Render(const tei::Document& document) const {
  return {OutputFile{"thesis.tex", LatexWriter(document).Write()}};
}

}  // namespace emend::render
