// The edition as the renderers see it: a typed tree of the project's TEI
// subset. tei/tei_reader.hpp fills it from a TEI file, tei/tei_writer.hpp
// writes it back, and writing what was read gives the same bytes.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace emend::tei {

// One emendation: <choice xml:id><sic>ocr</sic><corr type resp cert subtype
// xml:lang>reading</corr></choice>.
struct Choice {
  std::string id;         // stable: e<line>.<column> of the OCR text
  std::string sic;        // what the OCR read
  std::string corr;       // the emended reading
  std::string type;       // the corrector's class: apostrophe, split, diacritic, ...
  std::string resp;       // "#emend" (the corrector) or "#editor"
  std::string cert;       // high, medium, low
  bool proposed = false;  // flagged, not applied: the text keeps the OCR reading
  std::string lang;       // xml:lang of the reading when it differs (ru)
};

enum class InlineKind {
  kText,       // characters
  kChoice,     // an emendation
  kNote,       // the author's footnote, at its reference point
  kPageBreak,  // <pb n?>
  kForeign,    // <foreign xml:lang>: a run in another language
  kRef,        // <ref target>: a link (contents to divisions)
  kGap,        // <gap reason>: something not transcribed (scanner noise)
  kPersName,   // <persName ref>: a person named (tei/persons.hpp); target is the ref
};

struct Inline {
  InlineKind kind = InlineKind::kText;
  std::string text;             // kText
  std::string id;               // kNote
  std::string n;                // kNote: its number; kPageBreak: the page, empty if unknown
  std::string facs;             // kPageBreak: the address of the page's image, empty if none
  std::string lang;             // kForeign
  std::string target;           // kRef; kPersName: "#pers-..."
  std::string reason;           // kGap
  std::string cert, resp;       // kNote: set when its number or place is uncertain
  Choice choice;                // kChoice
  std::vector<Inline> content;  // kNote, kForeign, kRef, kPersName
};

enum class BlockKind {
  kHead,       // <head type?>: a division's heading (type "sub" for its further lines)
  kParagraph,  // <p xml:id>
  kQuote,      // <quote type="block" xml:id> holding paragraphs (and page breaks, notes)
  kPageBreak,  // <pb n?> between blocks
  kGap,        // <gap reason> between blocks
  kNote,       // a footnote standing between paragraphs: content holds the one kNote inline
  kList,       // <list> of items (the contents)
  kListBibl,   // <listBibl> of bibl entries
};

struct Item {  // a list item (<item n?>) or a bibliography entry (<bibl xml:id>)
  std::string id;
  std::string n;
  std::vector<Inline> content;
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string id;
  std::string type;             // kHead: "sub" for a subtitle line; kQuote: "block"
  std::string n;                // kPageBreak: the page
  std::string facs;             // kPageBreak: the address of the page's image, empty if none
  std::string reason;           // kGap
  std::vector<Inline> content;  // kHead, kParagraph
  std::vector<Block> blocks;    // kQuote: its paragraphs, page breaks and notes
  std::vector<Item> items;      // kList, kListBibl
};

struct Div {
  std::string type;  // introduction, chapter, section, conclusions, abstract, contents, notice,
                     // bibliography, ...
  std::string n;     // "I", "I.1"
  std::string id;
  std::vector<Block> blocks;
  std::vector<Div> divisions;  // after the blocks, as TEI has them
};

struct TitlePage {
  std::string title, author, byline, imprint, date;
};

// The header's facts the renderers print; the header itself is kept whole.
struct HeaderSummary {
  std::string title, author, degree_note, date, source_id, publisher, tool_version;
  // The emendation classes shown without a mark (tei/editorial_policy.hpp):
  // type and description, in the header's order; empty when none is declared.
  std::vector<std::pair<std::string, std::string>> silent_classes;
  // The persons the text names (profileDesc/particDesc/listPerson, see
  // tei/persons.hpp): xml:id and the name the index gives, in order.
  std::vector<std::pair<std::string, std::string>> persons;
};

struct Document {
  std::string lang = "en";  // the text's main language (xml:lang on <TEI>)
  std::string header_xml;   // the <teiHeader> element, exactly as it was written
  HeaderSummary header;
  TitlePage title_page;
  std::vector<Div> front, body, back;
};

// All characters of a run of inlines as the corrected edition reads (corr for
// an applied emendation, sic for a proposal; notes excluded).
std::string PlainText(const std::vector<Inline>& content);

}  // namespace emend::tei
