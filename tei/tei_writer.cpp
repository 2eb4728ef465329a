#include "tei/tei_writer.hpp"

#include <pugixml.hpp>
#include <sstream>

#include "tei/layout.hpp"

namespace emend::tei {
namespace {

void SetIf(pugi::xml_node node, const char* name, const std::string& value) {
  if (!value.empty()) node.append_attribute(name) = value.c_str();
}

void AddText(pugi::xml_node node, const std::string& text) {
  if (!text.empty()) node.append_child(pugi::node_pcdata).set_value(text.c_str());
}

void AddElementText(pugi::xml_node parent, const char* name, const std::string& text) {
  AddText(parent.append_child(name), text);
}

void AddInlines(pugi::xml_node node, const std::vector<Inline>& content);

void AddNote(pugi::xml_node parent, const Inline& note) {
  pugi::xml_node n = parent.append_child("note");
  n.append_attribute("place") = "foot";
  SetIf(n, "n", note.n);
  SetIf(n, "xml:id", note.id);
  SetIf(n, "cert", note.cert);
  SetIf(n, "resp", note.resp);
  AddInlines(n, note.content);
}

void AddChoice(pugi::xml_node parent, const Choice& c) {
  pugi::xml_node choice = parent.append_child("choice");
  SetIf(choice, "xml:id", c.id);
  AddElementText(choice, "sic", c.sic);
  pugi::xml_node corr = choice.append_child("corr");
  SetIf(corr, "type", c.type);
  SetIf(corr, "resp", c.resp);
  SetIf(corr, "cert", c.cert);
  if (c.proposed) corr.append_attribute("subtype") = "proposed";
  SetIf(corr, "xml:lang", c.lang);
  AddText(corr, c.corr);
}

void AddInlines(pugi::xml_node node, const std::vector<Inline>& content) {
  for (const Inline& in : content) {
    switch (in.kind) {
      case InlineKind::kText:
        AddText(node, in.text);
        break;
      case InlineKind::kChoice:
        AddChoice(node, in.choice);
        break;
      case InlineKind::kNote:
        AddNote(node, in);
        break;
      case InlineKind::kPageBreak: {
        pugi::xml_node pb = node.append_child("pb");
        SetIf(pb, "n", in.n);
        SetIf(pb, "facs", in.facs);
        break;
      }
      case InlineKind::kForeign: {
        pugi::xml_node foreign = node.append_child("foreign");
        SetIf(foreign, "xml:lang", in.lang);
        AddInlines(foreign, in.content);
        break;
      }
      case InlineKind::kRef: {
        pugi::xml_node ref = node.append_child("ref");
        SetIf(ref, "target", in.target);
        AddInlines(ref, in.content);
        break;
      }
      case InlineKind::kGap:
        SetIf(node.append_child("gap"), "reason", in.reason);
        break;
      case InlineKind::kPersName: {
        pugi::xml_node name = node.append_child("persName");
        SetIf(name, "ref", in.target);
        AddInlines(name, in.content);
        break;
      }
    }
  }
}

void AddBlock(pugi::xml_node parent, const Block& b) {
  switch (b.kind) {
    case BlockKind::kHead: {
      pugi::xml_node head = parent.append_child("head");
      SetIf(head, "type", b.type);
      AddInlines(head, b.content);
      break;
    }
    case BlockKind::kParagraph: {
      pugi::xml_node p = parent.append_child("p");
      SetIf(p, "xml:id", b.id);
      AddInlines(p, b.content);
      break;
    }
    case BlockKind::kQuote: {
      pugi::xml_node quote = parent.append_child("quote");
      SetIf(quote, "type", b.type);
      SetIf(quote, "xml:id", b.id);
      for (const Block& inner : b.blocks) AddBlock(quote, inner);
      break;
    }
    case BlockKind::kPageBreak: {
      pugi::xml_node pb = parent.append_child("pb");
      SetIf(pb, "n", b.n);
      SetIf(pb, "facs", b.facs);
      break;
    }
    case BlockKind::kGap:
      SetIf(parent.append_child("gap"), "reason", b.reason);
      break;
    case BlockKind::kNote:
      for (const Inline& note : b.content) AddNote(parent, note);
      break;
    case BlockKind::kList:
    case BlockKind::kListBibl: {
      const bool bibliography = b.kind == BlockKind::kListBibl;
      pugi::xml_node list = parent.append_child(bibliography ? "listBibl" : "list");
      for (const Item& item : b.items) {
        pugi::xml_node node = list.append_child(bibliography ? "bibl" : "item");
        SetIf(node, "xml:id", item.id);
        SetIf(node, "n", item.n);
        AddInlines(node, item.content);
      }
      break;
    }
  }
}

void AddDiv(pugi::xml_node parent, const Div& div) {
  pugi::xml_node node = parent.append_child("div");
  SetIf(node, "type", div.type);
  SetIf(node, "n", div.n);
  SetIf(node, "xml:id", div.id);
  for (const Block& b : div.blocks) AddBlock(node, b);
  for (const Div& inner : div.divisions) AddDiv(node, inner);
}

}  // namespace

std::string WriteTei(const Document& d) {
  pugi::xml_document doc;
  pugi::xml_node tei = doc.append_child("TEI");
  tei.append_attribute("xmlns") = "http://www.tei-c.org/ns/1.0";
  SetIf(tei, "xml:lang", d.lang);
  AddText(tei, "\n");
  if (!d.header_xml.empty()) {
    // The header as it was read: its own layout is kept.
    tei.append_buffer(d.header_xml.data(), d.header_xml.size(),
                      pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    AddText(tei, "\n");
  }
  pugi::xml_node text = tei.append_child("text");
  AddText(tei, "\n");
  pugi::xml_node front = text.append_child("front");
  const TitlePage& t = d.title_page;
  pugi::xml_node title_page = front.append_child("titlePage");
  AddElementText(title_page.append_child("docTitle"), "titlePart", t.title);
  AddElementText(title_page, "docAuthor", t.author);
  AddElementText(title_page, "byline", t.byline);
  AddElementText(title_page, "docImprint", t.imprint);
  AddElementText(title_page, "docDate", t.date);
  for (const Div& div : d.front) AddDiv(front, div);
  pugi::xml_node body = text.append_child("body");
  for (const Div& div : d.body) AddDiv(body, div);
  pugi::xml_node back = text.append_child("back");
  for (const Div& div : d.back) AddDiv(back, div);
  BreakLines(text);

  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  tei.print(out, "", pugi::format_raw, pugi::encoding_utf8);
  out << "\n";
  return out.str();
}

}  // namespace emend::tei
