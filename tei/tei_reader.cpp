#include "tei/tei_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <initializer_list>
#include <pugixml.hpp>
#include <sstream>
#include <string_view>

#include "core/error.hpp"
#include "core/text_file.hpp"
#include "core/utf8.hpp"
#include "tei/editorial_policy.hpp"

namespace emend::tei {
namespace {

constexpr std::string_view kTeiNamespace = "http://www.tei-c.org/ns/1.0";

// Divisions and inline elements are read (and later rendered) recursively; a
// document nested deeper than this is refused instead of exhausting the stack.
// What emend writes nests a handful of levels.
constexpr int kMaxDepth = 100;

// Whether XML 1.0 allows code point c in a document, as text or through a
// character reference; the C1 controls and DEL are refused too, as no text of
// the edition has them.
bool AllowedCharacter(char32_t c) {
  if (c == 0x9 || c == 0xA) return true;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  if (c == 0xFFFE || c == 0xFFFF) return false;
  return c <= 0x10FFFF;
}

std::string CodePoint(char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

bool IsSpace(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

class Reader {
 public:
  Reader(const std::string& xml, const std::string& path) : xml_(xml), path_(path) {
    for (size_t i = 0; i < xml.size(); ++i) {
      if (xml[i] == '\n') line_starts_.push_back(i + 1);
    }
  }

  Document Read() {
    CheckCharacters();
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_buffer(
        xml_.data(), xml_.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!parsed) Fail(parsed.offset, std::string("not well-formed XML: ") + parsed.description());
    pugi::xml_node tei = doc.document_element();
    if (std::string_view(tei.name()) != "TEI")
      Fail(tei, "the root element is <" + std::string(tei.name()) + ">, not <TEI>");
    if (kTeiNamespace != tei.attribute("xmlns").value()) {
      Fail(tei, "<TEI> is not in the TEI namespace (" + std::string(kTeiNamespace) + ")");
    }
    Attributes(tei, {"xmlns", "xml:lang"});
    Document result;
    result.lang = tei.attribute("xml:lang").value();
    pugi::xml_node header, text;
    for (pugi::xml_node child : Elements(tei)) {
      const std::string_view name = child.name();
      if (name == "teiHeader" && !header && !text) {
        header = child;
      } else if (name == "text" && header && !text) {
        text = child;
      } else {
        Unexpected(child, tei);
      }
    }
    if (!header) Fail(tei, "<TEI> has no <teiHeader>");
    if (!text) Fail(tei, "<TEI> has no <text>");
    std::ostringstream out;
    header.print(out, "", pugi::format_raw, pugi::encoding_utf8);
    result.header_xml = out.str();
    result.header = Summary(header);
    Text(text, result);
    return result;
  }

 private:
  // The bytes before the parser sees them: a BOM, CR, invalid UTF-8, control
  // characters, and character references to what XML cannot hold (&#0; would
  // otherwise end the text where it stands) are errors with their place.
  void CheckCharacters() const {
    if (xml_.rfind("\xEF\xBB\xBF", 0) == 0) {
      Fail(0, "starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM");
    }
    for (size_t i = 0; i < xml_.size();) {
      if (xml_.compare(i, 4, "<!--") == 0 || xml_.compare(i, 9, "<![CDATA[") == 0) {
        // No references are expanded inside; the characters are still checked.
        const bool comment = xml_[i + 2] == '-';
        const size_t end = xml_.find(comment ? "-->" : "]]>", i);
        const size_t stop = end == std::string::npos ? xml_.size() : end + 3;
        for (size_t j = i; j < stop;) CheckOne(j);
        i = stop;
        continue;
      }
      if (xml_[i] == '&' && i + 1 < xml_.size() && xml_[i + 1] == '#') CheckReference(i);
      CheckOne(i);
    }
  }

  // Checks the character at i and moves past it.
  void CheckOne(size_t& i) const {
    const unsigned char byte = static_cast<unsigned char>(xml_[i]);
    if (byte < 0x80) {
      if (byte == '\r')
        Fail(i, "carriage return (CRLF line ends?); save the file with LF line ends");
      if (!AllowedCharacter(byte))
        Fail(i, "control character " + CodePoint(byte) + " is not allowed");
      ++i;
      return;
    }
    const size_t bad =
        utf8::FindInvalid(std::string_view(xml_).substr(i, std::min<size_t>(4, xml_.size() - i)));
    if (bad == 0) Fail(i, "invalid UTF-8; the TEI must be UTF-8");
    const size_t at = i;
    const char32_t c = utf8::Next(xml_, i);
    if (!AllowedCharacter(c)) Fail(at, "character " + CodePoint(c) + " is not allowed");
  }

  // A character reference (&#N; or &#xH;) to a character XML cannot hold.
  void CheckReference(size_t at) const {
    size_t i = at + 2;
    const bool hex = i < xml_.size() && xml_[i] == 'x';
    if (hex) ++i;
    unsigned long long value = 0;
    size_t digits = 0;
    for (; i < xml_.size() && std::isxdigit(static_cast<unsigned char>(xml_[i])); ++i, ++digits) {
      const char c = xml_[i];
      if (!hex && !std::isdigit(static_cast<unsigned char>(c))) break;
      const unsigned d =
          std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (std::tolower(c) - 'a' + 10);
      value = value * (hex ? 16 : 10) + d;
      if (value > 0x10FFFF) value = 0x110000;  // stays out of range without overflowing
    }
    if (digits == 0 || i >= xml_.size() || xml_[i] != ';') return;  // malformed: the parser says so
    if (!AllowedCharacter(static_cast<char32_t>(value))) {
      Fail(at, "character reference " + xml_.substr(at, i + 1 - at) +
                   " is to a character XML does not allow");
    }
  }

  // Counts the nesting of divisions and running text while one is read.
  class Nesting {
   public:
    Nesting(const Reader& reader, pugi::xml_node node) : reader_(reader) {
      if (++reader_.depth_ > kMaxDepth) {
        reader_.Fail(node, "nesting deeper than " + std::to_string(kMaxDepth) + " elements");
      }
    }
    ~Nesting() { --reader_.depth_; }
    Nesting(const Nesting&) = delete;
    Nesting& operator=(const Nesting&) = delete;

   private:
    const Reader& reader_;
  };

  [[noreturn]] void Fail(ptrdiff_t offset, const std::string& message) const {
    const size_t at = offset < 0 ? 0 : static_cast<size_t>(offset);
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), at);
    const size_t line = static_cast<size_t>(it - line_starts_.begin());
    // The column in code points, as every diagnostic counts it.
    const size_t start = line_starts_[line - 1];
    const std::string_view before(xml_.data() + start, std::min(at, xml_.size()) - start);
    const size_t column = utf8::FindInvalid(before) == std::string_view::npos
                              ? utf8::Length(before) + 1
                              : before.size() + 1;
    throw InputError(path_, static_cast<int>(line), static_cast<int>(column), message);
  }
  [[noreturn]] void Fail(pugi::xml_node node, const std::string& message) const {
    ptrdiff_t offset = node.offset_debug();
    // pugixml points at an element's name; the column is its '<'.
    if (node.type() == pugi::node_element && offset > 0 &&
        xml_[static_cast<size_t>(offset) - 1] == '<')
      --offset;
    Fail(offset, message);
  }
  [[noreturn]] void Unexpected(pugi::xml_node child, pugi::xml_node parent) const {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      Fail(child, "unexpected text in <" + std::string(parent.name()) + ">");
    }
    Fail(child, "unexpected <" + std::string(child.name()) + "> in <" + parent.name() + ">");
  }

  // The element children of a node that holds only elements; comments and
  // processing instructions are skipped, white space is layout, text is an error.
  std::vector<pugi::xml_node> Elements(pugi::xml_node node) const {
    std::vector<pugi::xml_node> out;
    for (pugi::xml_node child : node.children()) {
      switch (child.type()) {
        case pugi::node_element:
          out.push_back(child);
          break;
        case pugi::node_pcdata:
        case pugi::node_cdata:
          if (!IsSpace(child.value())) Unexpected(child, node);
          break;
        default:
          break;
      }
    }
    return out;
  }

  void Attributes(pugi::xml_node node, std::initializer_list<std::string_view> allowed) const {
    for (pugi::xml_attribute a : node.attributes()) {
      if (std::find(allowed.begin(), allowed.end(), std::string_view(a.name())) == allowed.end()) {
        Fail(node, "unexpected attribute " + std::string(a.name()) + " on <" + node.name() + ">");
      }
    }
  }

  // The characters of an element that holds only text.
  std::string PlainContent(pugi::xml_node node) const {
    std::string out;
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        out += child.value();
      } else if (child.type() == pugi::node_element) {
        Unexpected(child, node);
      }
    }
    return out;
  }

  static std::string Descendant(pugi::xml_node node, const char* path) {
    return node.first_element_by_path(path).text().get();
  }

  HeaderSummary Summary(pugi::xml_node header) const {
    HeaderSummary h;
    h.title = Descendant(header, "fileDesc/titleStmt/title");
    h.author = Descendant(header, "fileDesc/titleStmt/author");
    pugi::xml_node bibl = header.first_element_by_path("fileDesc/sourceDesc/bibl");
    h.degree_note = bibl.child("note").text().get();
    h.date = bibl.child("date").text().get();
    h.source_id = bibl.child("idno").text().get();
    h.publisher = bibl.child("publisher").text().get();
    h.tool_version = header.first_element_by_path("encodingDesc/appInfo/application")
                         .attribute("version")
                         .value();
    for (const SilentClass& c : ReadSilentPolicy(header))
      h.silent_classes.emplace_back(c.type, c.description);
    for (pugi::xml_node person :
         header.first_element_by_path("profileDesc/particDesc/listPerson").children("person")) {
      h.persons.emplace_back(
          person.attribute("xml:id").value(),
          person.find_child_by_attribute("persName", "type", "index").text().get());
    }
    return h;
  }

  void Text(pugi::xml_node text, Document& d) const {
    Attributes(text, {});
    int stage = 0;  // front, body, back in that order
    for (pugi::xml_node part : Elements(text)) {
      const std::string_view name = part.name();
      Attributes(part, {});
      if (name == "front" && stage < 1) {
        stage = 1;
        for (pugi::xml_node child : Elements(part)) {
          if (std::string_view(child.name()) == "titlePage" && d.front.empty()) {
            d.title_page = TitlePageOf(child);
          } else if (std::string_view(child.name()) == "div") {
            d.front.push_back(DivOf(child));
          } else {
            Unexpected(child, part);
          }
        }
      } else if (name == "body" && stage < 2) {
        stage = 2;
        d.body = Divs(part);
      } else if (name == "back" && stage < 3) {
        stage = 3;
        d.back = Divs(part);
      } else {
        Unexpected(part, text);
      }
    }
  }

  TitlePage TitlePageOf(pugi::xml_node node) const {
    Attributes(node, {});
    TitlePage t;
    for (pugi::xml_node child : Elements(node)) {
      const std::string_view name = child.name();
      Attributes(child, {});
      if (name == "docTitle") {
        for (pugi::xml_node part : Elements(child)) {
          if (std::string_view(part.name()) != "titlePart") Unexpected(part, child);
          Attributes(part, {});
          t.title = PlainContent(part);
        }
      } else if (name == "docAuthor") {
        t.author = PlainContent(child);
      } else if (name == "byline") {
        t.byline = PlainContent(child);
      } else if (name == "docImprint") {
        t.imprint = PlainContent(child);
      } else if (name == "docDate") {
        t.date = PlainContent(child);
      } else {
        Unexpected(child, node);
      }
    }
    return t;
  }

  std::vector<Div> Divs(pugi::xml_node node) const {
    std::vector<Div> out;
    for (pugi::xml_node child : Elements(node)) {
      if (std::string_view(child.name()) != "div") Unexpected(child, node);
      out.push_back(DivOf(child));
    }
    return out;
  }

  Div DivOf(pugi::xml_node node) const {
    const Nesting nesting(*this, node);
    Attributes(node, {"type", "n", "xml:id"});
    Div div;
    div.type = node.attribute("type").value();
    div.n = node.attribute("n").value();
    div.id = node.attribute("xml:id").value();
    for (pugi::xml_node child : Elements(node)) {
      if (std::string_view(child.name()) == "div") {
        div.divisions.push_back(DivOf(child));
      } else if (!div.divisions.empty()) {
        Fail(child, "<" + std::string(child.name()) + "> after a <div> in <div>");
      } else {
        div.blocks.push_back(BlockOf(child, node));
      }
    }
    return div;
  }

  Block BlockOf(pugi::xml_node node, pugi::xml_node parent) const {
    const std::string_view name = node.name();
    Block b;
    if (name == "head") {
      Attributes(node, {"type"});
      b.kind = BlockKind::kHead;
      b.type = node.attribute("type").value();
      b.content = Mixed(node);
    } else if (name == "p") {
      Attributes(node, {"xml:id"});
      b.kind = BlockKind::kParagraph;
      b.id = node.attribute("xml:id").value();
      b.content = Mixed(node);
    } else if (name == "quote") {
      Attributes(node, {"type", "xml:id"});
      b.kind = BlockKind::kQuote;
      b.type = node.attribute("type").value();
      b.id = node.attribute("xml:id").value();
      for (pugi::xml_node child : Elements(node)) {
        const std::string_view inner = child.name();
        if (inner != "p" && inner != "pb" && inner != "note") Unexpected(child, node);
        b.blocks.push_back(BlockOf(child, node));
      }
    } else if (name == "pb") {
      Attributes(node, {"n", "facs"});
      Empty(node);
      b.kind = BlockKind::kPageBreak;
      b.n = node.attribute("n").value();
      b.facs = node.attribute("facs").value();
    } else if (name == "gap") {
      Attributes(node, {"reason"});
      Empty(node);
      b.kind = BlockKind::kGap;
      b.reason = node.attribute("reason").value();
    } else if (name == "note") {
      b.kind = BlockKind::kNote;
      b.content.push_back(NoteOf(node));
    } else if (name == "list" || name == "listBibl") {
      Attributes(node, {});
      const bool bibliography = name == "listBibl";
      b.kind = bibliography ? BlockKind::kListBibl : BlockKind::kList;
      for (pugi::xml_node child : Elements(node)) {
        if (std::string_view(child.name()) != (bibliography ? "bibl" : "item"))
          Unexpected(child, node);
        Attributes(child, {"xml:id", "n"});
        Item item;
        item.id = child.attribute("xml:id").value();
        item.n = child.attribute("n").value();
        item.content = Mixed(child);
        b.items.push_back(std::move(item));
      }
    } else {
      Unexpected(node, parent);
    }
    return b;
  }

  void Empty(pugi::xml_node node) const {
    if (node.first_child())
      Fail(node.first_child(), "<" + std::string(node.name()) + "> must be empty");
  }

  Inline NoteOf(pugi::xml_node node) const {
    Attributes(node, {"place", "n", "xml:id", "cert", "resp"});
    if (std::string_view(node.attribute("place").value()) != "foot") {
      Fail(node, "a <note> must have place=\"foot\"");
    }
    Inline note;
    note.kind = InlineKind::kNote;
    note.n = node.attribute("n").value();
    note.id = node.attribute("xml:id").value();
    note.cert = node.attribute("cert").value();
    note.resp = node.attribute("resp").value();
    note.content = Mixed(node);
    return note;
  }

  Choice ChoiceOf(pugi::xml_node node) const {
    Attributes(node, {"xml:id"});
    Choice c;
    c.id = node.attribute("xml:id").value();
    pugi::xml_node sic, corr;
    for (pugi::xml_node child : Elements(node)) {
      const std::string_view name = child.name();
      if (name == "sic" && !sic && !corr) {
        sic = child;
      } else if (name == "corr" && sic && !corr) {
        corr = child;
      } else {
        Unexpected(child, node);
      }
    }
    if (!sic || !corr) Fail(node, "<choice> needs a <sic> followed by a <corr>");
    Attributes(sic, {});
    Attributes(corr, {"type", "resp", "cert", "subtype", "xml:lang"});
    c.sic = PlainContent(sic);
    c.corr = PlainContent(corr);
    c.type = corr.attribute("type").value();
    c.resp = corr.attribute("resp").value();
    c.cert = corr.attribute("cert").value();
    const std::string_view subtype = corr.attribute("subtype").value();
    if (!subtype.empty() && subtype != "proposed")
      Fail(corr, "unknown <corr> subtype \"" + std::string(subtype) + "\"");
    c.proposed = subtype == "proposed";
    c.lang = corr.attribute("xml:lang").value();
    return c;
  }

  // Running text: characters and the inline elements, in order.
  std::vector<Inline> Mixed(pugi::xml_node node) const {
    const Nesting nesting(*this, node);
    std::vector<Inline> out;
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        if (!out.empty() && out.back().kind == InlineKind::kText) {
          out.back().text += child.value();
        } else {
          Inline text;
          text.text = child.value();
          out.push_back(std::move(text));
        }
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = child.name();
      Inline in;
      if (name == "choice") {
        in.kind = InlineKind::kChoice;
        in.choice = ChoiceOf(child);
      } else if (name == "note") {
        in = NoteOf(child);
      } else if (name == "pb") {
        Attributes(child, {"n", "facs"});
        Empty(child);
        in.kind = InlineKind::kPageBreak;
        in.n = child.attribute("n").value();
        in.facs = child.attribute("facs").value();
      } else if (name == "foreign") {
        Attributes(child, {"xml:lang"});
        in.kind = InlineKind::kForeign;
        in.lang = child.attribute("xml:lang").value();
        in.content = Mixed(child);
      } else if (name == "ref") {
        Attributes(child, {"target"});
        in.kind = InlineKind::kRef;
        in.target = child.attribute("target").value();
        in.content = Mixed(child);
      } else if (name == "persName") {
        Attributes(child, {"ref"});
        in.kind = InlineKind::kPersName;
        in.target = child.attribute("ref").value();
        in.content = Mixed(child);
      } else if (name == "gap") {
        Attributes(child, {"reason"});
        Empty(child);
        in.kind = InlineKind::kGap;
        in.reason = child.attribute("reason").value();
      } else {
        Unexpected(child, node);
      }
      out.push_back(std::move(in));
    }
    return out;
  }

  const std::string& xml_;
  const std::string& path_;
  std::vector<size_t> line_starts_{0};
  mutable int depth_ = 0;
};

}  // namespace

Document ReadTei(const std::string& xml, const std::string& path) {
  return Reader(xml, path).Read();
}

Document ReadTeiFile(const std::string& path) {
  const std::string xml = ReadFileBytes(path);
  return ReadTei(xml, path == "-" ? "<stdin>" : path);
}

std::string PlainText(const std::vector<Inline>& content) {
  std::string out;
  for (const Inline& in : content) {
    switch (in.kind) {
      case InlineKind::kText:
        out += in.text;
        break;
      case InlineKind::kChoice:
        out += in.choice.proposed ? in.choice.sic : in.choice.corr;
        break;
      case InlineKind::kForeign:
      case InlineKind::kRef:
      case InlineKind::kPersName:
        out += PlainText(in.content);
        break;
      default:
        break;
    }
  }
  return out;
}

}  // namespace emend::tei
