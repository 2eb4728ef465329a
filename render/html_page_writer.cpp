#include "render/html_page_writer.hpp"

#include <utility>

#include "render/html_escape.hpp"

namespace emend::render {
namespace {

using tei::Block;
using tei::BlockKind;
using tei::Inline;
using tei::InlineKind;

// Ids the page skeleton and the script use; the text never takes them.
constexpr const char* kReservedIds[] = {"main", "notes-title", "view-toggle", "emend-tip",
                                        "note-popup"};

void Attribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  AppendEscapedAttribute(out, value);
  out += '"';
}

std::string WhoOf(const std::string& resp) {
  if (resp == "#emend") return "emend";
  if (resp == "#editor") return "the editor";
  return resp.empty() ? "" : resp;
}

}  // namespace

PageWriter::PageWriter(const SitePlan& plan, std::string file, std::set<std::string> silent_classes)
    : plan_(plan), file_(std::move(file)), silent_(std::move(silent_classes)) {
  for (std::string& id : plan_.IdsOn(file_)) ids_.insert(std::move(id));
  for (const char* id : kReservedIds) ids_.insert(id);
}

std::string PageWriter::UniqueId(const std::string& wanted) {
  std::string id = wanted;
  for (int k = 2; !ids_.insert(id).second; ++k) id = wanted + "-" + std::to_string(k);
  return id;
}

std::string PageWriter::TakeText() { return std::exchange(out_, std::string()); }

void PageWriter::Division(const tei::Div& div, int level, bool as_page,
                          const std::string& fallback_heading) {
  const bool contents = div.type == "contents";
  const char* tag = as_page ? "article" : contents ? "nav" : "section";
  // The leading heads make the heading; page breaks among them (a chapter
  // opening a page) are written just before it.
  std::vector<const Block*> heads, breaks;
  std::size_t first_body = 0;
  for (; first_body < div.blocks.size(); ++first_body) {
    const Block& block = div.blocks[first_body];
    if (block.kind == BlockKind::kHead) {
      heads.push_back(&block);
    } else if (block.kind == BlockKind::kPageBreak) {
      breaks.push_back(&block);
    } else {
      break;
    }
  }
  if (heads.empty()) {  // no heading to gather: the page breaks stay in the text
    first_body = 0;
    breaks.clear();
  }
  out_ += '<';
  out_ += tag;
  if (!div.id.empty()) Attribute(out_, "id", div.id);
  if (!div.type.empty()) Attribute(out_, "class", "div-" + div.type);
  if (contents) {
    out_ += " role=\"doc-toc\"";
    if (heads.empty()) out_ += " aria-label=\"Contents\"";
  }
  if (div.type == "abstract") out_ += " role=\"doc-abstract\"";
  out_ += ">\n";
  for (const Block* pb : breaks) {
    PageBreak(out_, pb->n, pb->facs, "div");
    out_ += '\n';
  }
  if (!div.id.empty()) {
    anchor_ = div.id;
    place_ = "heading";
  }
  if (!heads.empty() || as_page || !fallback_heading.empty())
    Heading(heads, level, fallback_heading);
  const std::string& owner = !div.id.empty() ? div.id : !div.type.empty() ? div.type : file_;
  Blocks(std::span<const Block>(div.blocks).subspan(first_body), owner);
  for (const tei::Div& child : div.divisions) Division(child, level < 6 ? level + 1 : 6, false, "");
  out_ += "</";
  out_ += tag;
  out_ += ">\n";
}

// The division's leading heads as one heading: its first line, then the
// further lines (head type="sub") as parts of the same heading, so that the
// document outline carries a chapter's title and not just "CHAPTER I".
void PageWriter::Heading(const std::vector<const Block*>& heads, int level,
                         const std::string& fallback) {
  const std::string h = "h" + std::to_string(level);
  out_ += '<' + h + '>';
  section_ = heads.empty() ? fallback : "";
  for (const Block* head : heads)
    section_ += (section_.empty() ? "" : " ") + tei::PlainText(head->content);
  if (heads.empty()) AppendEscapedText(out_, fallback);
  for (std::size_t k = 0; k < heads.size(); ++k) {
    if (k > 0) out_ += ' ';
    out_ += k == 0 ? "<span class=\"head\">" : "<span class=\"head-sub\">";
    Inlines(out_, heads[k]->content);
    out_ += "</span>";
  }
  out_ += "</" + h + ">\n";
}

void PageWriter::Blocks(std::span<const Block> blocks, const std::string& owner) {
  int paragraphs = 0;  // the place of a paragraph in its division, for one without an id
  for (const Block& block : blocks) {
    switch (block.kind) {
      case BlockKind::kHead:
        out_ += "<p class=\"head-sub\">";
        Inlines(out_, block.content);
        out_ += "</p>\n";
        break;
      case BlockKind::kParagraph:
        Paragraph(block, owner + ".p" + std::to_string(++paragraphs));
        break;
      case BlockKind::kQuote:
        out_ += "<blockquote";
        if (!block.id.empty()) Attribute(out_, "id", block.id);
        out_ += ">\n";
        for (const Block& inner : block.blocks)
          Paragraph(inner, owner + ".p" + std::to_string(++paragraphs));
        out_ += "</blockquote>\n";
        break;
      case BlockKind::kPageBreak:
        PageBreak(out_, block.n, block.facs, "div");
        out_ += '\n';
        break;
      case BlockKind::kGap: {
        out_ += "<p class=\"gap-block\">";
        Inline gap;
        gap.kind = InlineKind::kGap;
        gap.reason = block.reason;
        Inlines(out_, {gap});
        out_ += "</p>\n";
        break;
      }
      case BlockKind::kNote:
        out_ += "<div class=\"note-place\">";
        Inlines(out_, block.content);
        out_ += "</div>\n";
        break;
      case BlockKind::kList:
      case BlockKind::kListBibl:
        Items(block);
        break;
    }
  }
}

// A paragraph with a stable anchor: its TEI id (or, without one, fallback_id:
// its division's id and its place there) and a link to itself to copy.
void PageWriter::Paragraph(const Block& block, const std::string& fallback_id) {
  const std::string id = block.id.empty() ? UniqueId(fallback_id) : block.id;
  passages_.push_back({id, 't', page_, section_, tei::PlainText(block.content)});
  anchor_ = id;
  place_ = "\xC2\xB6\xC2\xA0" + std::to_string(++paragraphs_written_);  // "¶ 3"
  out_ += "<p";
  Attribute(out_, "id", id);
  // The thesis page the paragraph starts on, for "cite as p. N".
  if (!page_.empty()) Attribute(out_, "data-page", page_);
  out_ += '>';
  Inlines(out_, block.content);
  out_ += " <a class=\"anchor\" href=\"#";
  AppendEscapedAttribute(out_, FragmentOf(id));
  out_ += "\" aria-label=\"Link to paragraph ";
  AppendEscapedAttribute(out_, id);
  out_ += "\">\xC2\xB6</a></p>\n";  // U+00B6 PILCROW SIGN
}

// The contents (items with a page number) or the bibliography (entries with ids).
void PageWriter::Items(const Block& block) {
  const bool bibliography = block.kind == BlockKind::kListBibl;
  out_ += bibliography ? "<ul class=\"bibl-list\">\n" : "<ul class=\"item-list\">\n";
  for (const tei::Item& item : block.items) {
    out_ += "<li";
    if (!item.id.empty()) Attribute(out_, "id", item.id);
    if (bibliography && !item.id.empty()) {
      passages_.push_back({item.id, 'b', page_, section_, tei::PlainText(item.content)});
      anchor_ = item.id;
      place_ = "entry";
    }
    out_ += '>';
    out_ += bibliography ? "<span class=\"bibl\">" : "<span class=\"item\">";
    Inlines(out_, item.content);
    out_ += "</span>";
    // The page number, unless the entry's own words already end with it
    // (the typescript's contents line "Soviet Overtures 45" keeps its number).
    const std::string words = tei::PlainText(item.content);
    const bool said = words.size() >= item.n.size() &&
                      words.compare(words.size() - item.n.size(), item.n.size(), item.n) == 0;
    if (!item.n.empty() && !said) {
      out_ += " <span class=\"item-n\"><span class=\"vh\">page </span>";
      AppendEscapedText(out_, item.n);
      out_ += "</span>";
    }
    const auto citing =
        citations_ && bibliography ? citations_->find(item.id) : Citations::const_iterator();
    if (citations_ && bibliography && citing != citations_->end()) {
      out_ += " <span class=\"cited-in\">Cited in ";
      for (std::size_t k = 0; k < citing->second.size(); ++k) {
        if (k > 0) out_ += ", ";
        out_ += "<a";
        Attribute(out_, "href", citing->second[k].href);
        out_ += '>';
        AppendEscapedText(out_, citing->second[k].label);
        out_ += "</a>";
      }
      out_ += "</span>";
    }
    out_ += "</li>\n";
  }
  out_ += "</ul>\n";
}

void PageWriter::Inlines(std::string& out, const std::vector<Inline>& content) {
  for (const Inline& in : content) {
    switch (in.kind) {
      case InlineKind::kText:
        AppendEscapedText(out, in.text);
        break;
      case InlineKind::kChoice:
        Choice(out, in.choice);
        break;
      case InlineKind::kNote:
        NoteRef(out, in);
        break;
      case InlineKind::kPageBreak:
        PageBreak(out, in.n, in.facs, "span");
        break;
      case InlineKind::kForeign:
        if (in.lang.empty()) {
          Inlines(out, in.content);
        } else {
          out += "<span";
          Attribute(out, "lang", in.lang);
          out += '>';
          Inlines(out, in.content);
          out += "</span>";
        }
        break;
      case InlineKind::kRef: {
        const std::string href = plan_.Href(in.target, file_);
        if (href.empty()) {  // a pointer to nothing in the edition: keep the words, drop the link
          out += "<span class=\"ref-unresolved\">";
          Inlines(out, in.content);
          out += "</span>";
        } else {
          out += "<a";
          Attribute(out, "href", href);
          out += '>';
          Inlines(out, in.content);
          out += "</a>";
        }
        break;
      }
      case InlineKind::kPersName: {
        const std::string person = in.target.starts_with('#') ? in.target.substr(1) : in.target;
        mentions_.push_back(
            {person, anchor_, page_.empty() ? place_ : "p.\xC2\xA0" + page_ + ", " + place_});
        out += "<span class=\"persname\"";
        Attribute(out, "data-person", person);
        out += '>';
        Inlines(out, in.content);
        out += "</span>";
        break;
      }
      case InlineKind::kGap:
        if (in.reason == "lost") {  // a note whose text the scan lost: its number and place only
          out += "<span class=\"gap gap-lost\">text lost in the scan</span>";
          break;
        }
        out += "<span class=\"gap\">[\xE2\x80\xA6]<span class=\"vh\"> (not transcribed";  // U+2026
        if (!in.reason.empty()) {
          out += ": ";
          AppendEscapedText(out, in.reason);
        }
        out += ")</span></span>";
        break;
    }
  }
}

// An emendation: both readings, the edition's first; the stylesheet shows one
// of them (the corrected or the diplomatic view), the script shows the other,
// the class and the certainty on hover and focus. A proposal (flagged, not
// applied) keeps the OCR reading in both views.
void PageWriter::Choice(std::string& out, const tei::Choice& choice) {
  // A silent class's emendation is marked only when the reader asks for every
  // emendation (the script then makes it focusable); a proposal never is silent.
  const bool silent = !choice.proposed && silent_.count(choice.type) != 0;
  out += choice.proposed ? "<span class=\"choice proposed\""
         : silent        ? "<span class=\"choice silent\""
                         : "<span class=\"choice\"";
  if (!choice.id.empty()) Attribute(out, "id", choice.id);
  if (!silent) out += " tabindex=\"0\"";
  Attribute(out, "data-type", choice.type);
  Attribute(out, "data-cert", choice.cert);
  Attribute(out, "data-resp", WhoOf(choice.resp));
  out += "><span class=\"corr\"";
  if (!choice.lang.empty()) Attribute(out, "lang", choice.lang);
  out += '>';
  AppendEscapedText(out, choice.corr);
  out += "</span><span class=\"sic\">";
  AppendEscapedText(out, choice.sic);
  out += "</span></span>";
}

// The reference to a footnote: a link to the note at the page's end, which
// links back; the note's text is kept for Notes().
void PageWriter::NoteRef(std::string& out, const Inline& note) {
  Note entry;
  entry.number = note.n.empty() ? std::to_string(notes_.size() + 1) : note.n;
  entry.id = note.id.empty() ? UniqueId("note-" + entry.number) : note.id;
  entry.ref_id = UniqueId("ref-" + entry.id);
  entry.uncertain = !note.cert.empty() && note.cert != "high";
  passages_.push_back({entry.id, 'n', page_, section_, tei::PlainText(note.content)});
  const std::string outer_anchor = std::exchange(anchor_, entry.id);
  const std::string outer_place = std::exchange(place_, "n.\xC2\xA0" + entry.number);
  Inlines(entry.html, note.content);
  anchor_ = outer_anchor;
  place_ = outer_place;
  out += "<sup><a class=\"noteref";
  if (entry.uncertain) out += " uncertain";
  out += '"';
  Attribute(out, "id", entry.ref_id);
  Attribute(out, "href", "#" + FragmentOf(entry.id));
  out += " role=\"doc-noteref\"><span class=\"vh\">Note </span>";
  AppendEscapedText(out, entry.number);
  if (entry.uncertain) out += "<span class=\"vh\"> (number or place uncertain)</span>";
  out += "</a></sup>";
  notes_.push_back(std::move(entry));
}

void PageWriter::PageBreak(std::string& out, const std::string& n, const std::string& facs,
                           const char* tag) {
  out += '<';
  out += tag;
  out += " class=\"pb\" role=\"doc-pagebreak\"";
  page_ = n;  // an unnumbered break: the page is not known until the next number
  if (n.empty()) {
    out += " aria-label=\"Page break\">\xE2\x80\x96";  // U+2016 DOUBLE VERTICAL LINE
  } else {
    // The typescript's page number in the margin, [57], a link to itself
    // (#p57) that says how to cite the page.
    const bool first = ids_.count("p" + n) == 0;
    if (first) Attribute(out, "id", UniqueId("p" + n));
    Attribute(out, "aria-label", "Page " + n);
    Attribute(out, "data-page", n);
    out += "><a class=\"pb-n\" href=\"#p";
    AppendEscapedAttribute(out, n);
    out += '"';
    const size_t space = cited_author_.find_last_of(' ');
    const std::string surname =
        space == std::string::npos ? cited_author_ : cited_author_.substr(space + 1);
    Attribute(out, "title",
              "cite as: " + (surname.empty() ? std::string("thesis") : surname + ", thesis") +
                  ", p. " + n);
    out += ">[";
    AppendEscapedText(out, n);
    out += "]</a>";
  }
  if (!facs.empty()) {
    // The scanned page beside the text: its image, a link to it at full size.
    const std::string label = n.empty() ? std::string("the next page") : "page " + n;
    out += "<a class=\"pb-facs\"";
    Attribute(out, "href", facs);
    Attribute(out, "title", "the scan of " + label);
    out += "><img";
    Attribute(out, "src", facs);
    Attribute(out, "alt", "Scan of " + label);
    out += " loading=\"lazy\"/></a>";
  }
  out += "</";
  out += tag;
  out += '>';
}

std::string PageWriter::Notes(int level) const {
  if (notes_.empty()) return "";
  const std::string h = "h" + std::to_string(level);
  std::string out = "<section class=\"footnotes\" aria-labelledby=\"notes-title\">\n<" + h +
                    " id=\"notes-title\">Notes</" + h + ">\n";
  for (const Note& note : notes_) {
    out += "<aside class=\"footnote\"";
    Attribute(out, "id", note.id);
    out += " role=\"doc-footnote\"";
    Attribute(out, "aria-label", "Note " + note.number);
    out += "><p><span class=\"fn-n\">";
    AppendEscapedText(out, note.number);
    out += "</span> ";
    if (note.uncertain) out += "<span class=\"fn-cert\">[number or place inferred]</span> ";
    out += "<span class=\"fn-text\">";
    out += note.html;
    out += "</span> <a class=\"backlink\" role=\"doc-backlink\"";
    Attribute(out, "href", "#" + FragmentOf(note.ref_id));
    Attribute(out, "aria-label", "Back to the text at note " + note.number);
    out += ">\xE2\x86\xA9</a></p></aside>\n";  // U+21A9 LEFTWARDS ARROW WITH HOOK
  }
  out += "</section>\n";
  return out;
}

}  // namespace emend::render
