#include "tei/tei_builder.hpp"

#include <algorithm>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <string_view>

#include "core/trim.hpp"
#include "core/utf8.hpp"
#include "tei/citations.hpp"
#include "tei/editorial_policy.hpp"
#include "tei/language.hpp"
#include "tei/layout.hpp"
#include "tei/persons.hpp"
#include "tei/scan_notice.hpp"
#include "tei/scanned_pages.hpp"
#include "tei/tei_reader.hpp"
#include "tei/tei_writer.hpp"

namespace emend::tei {
namespace {

using correct::Emendation;
using correct::EmendationClass;
using correct::EmendationStatus;

const char* const kCorrector = "#emend";
const char* const kEditor = "#editor";

// Runs of white space become one space (the typescript's spacing is not text).
std::string Collapse(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (space) out += ' ';
  return out;
}

using utf8::HasCyrillic;

std::string Cert(double confidence) {
  return confidence >= 0.85 ? "high" : confidence >= 0.6 ? "medium" : "low";
}

std::string DivisionId(const Division& d) {
  switch (d.kind) {
    case DivisionKind::kIntroduction:
      return "intro";
    case DivisionKind::kConclusions:
      return "concl";
    case DivisionKind::kBibliography:
      return "bibl";
    case DivisionKind::kChapter:
      return "ch" + d.n;
    case DivisionKind::kSection: {
      const size_t dot = d.n.find('.');
      return "ch" + d.n.substr(0, dot) + ".s" + d.n.substr(dot + 1);
    }
  }
  return "div";
}

// Appends text to a node: to its last text child if it has one.
void AppendText(pugi::xml_node node, const std::string& text) {
  if (text.empty()) return;
  pugi::xml_node last = node.last_child();
  if (last && last.type() == pugi::node_pcdata) {
    last.set_value((std::string(last.value()) + text).c_str());
  } else {
    node.append_child(pugi::node_pcdata).set_value(text.c_str());
  }
}

// Text with its Cyrillic words marked as Russian.
void AppendMarkedText(pugi::xml_node node, const std::string& text) {
  if (!HasCyrillic(text)) {
    AppendText(node, text);
    return;
  }
  // Split into words and spaces; group neighbouring Cyrillic words.
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find(' ', i);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(i, end - i);
    if (HasCyrillic(word)) {
      size_t group_end = end;
      while (group_end < text.size()) {
        size_t next = text.find(' ', group_end + 1);
        if (next == std::string::npos) next = text.size();
        if (!HasCyrillic(text.substr(group_end + 1, next - group_end - 1))) break;
        group_end = next;
      }
      pugi::xml_node foreign = node.append_child("foreign");
      foreign.append_attribute("xml:lang") = "ru";
      foreign.append_child(pugi::node_pcdata).set_value(text.substr(i, group_end - i).c_str());
      end = group_end;
    } else {
      AppendText(node, word);
    }
    if (end < text.size()) AppendText(node, " ");
    i = end + 1;
  }
}

void AppendChoice(pugi::xml_node node, const Emendation& e, const std::string& shown) {
  if (e.emendation_class == EmendationClass::kNoise) {
    AppendMarkedText(node, shown);
    return;
  }
  pugi::xml_node choice = node.append_child("choice");
  choice.append_attribute("xml:id") = e.id.c_str();
  pugi::xml_node sic = choice.append_child("sic");
  sic.append_child(pugi::node_pcdata).set_value(e.ocr.c_str());
  pugi::xml_node corr = choice.append_child("corr");
  const bool editor =
      e.status == EmendationStatus::kAccepted || e.status == EmendationStatus::kRejected;
  corr.append_attribute("type") = std::string(correct::ClassName(e.emendation_class)).c_str();
  corr.append_attribute("resp") = editor ? kEditor : kCorrector;
  const bool applied =
      e.status == EmendationStatus::kApplied || e.status == EmendationStatus::kAccepted;
  corr.append_attribute("cert") = applied ? Cert(e.confidence).c_str() : "low";
  if (!applied) corr.append_attribute("subtype") = "proposed";
  if (HasCyrillic(e.reading)) corr.append_attribute("xml:lang") = "ru";
  corr.append_child(pugi::node_pcdata).set_value(e.reading.c_str());
}

class Builder {
 public:
  Builder(const std::vector<ReadingLine>& lines, const Structure& s, size_t paragraph_end_width,
          std::string facsimiles)
      : lines_(lines),
        s_(s),
        paragraph_end_width_(paragraph_end_width),
        facsimiles_(std::move(facsimiles)) {
    for (const ReadingLine& line : lines) {
      std::istringstream words(line.text);
      for (std::string w; words >> w;) words_.insert(Strip(w));
    }
    for (size_t i = 0; i < s.notes.size(); ++i) {
      const Footnote& n = s.notes[i];
      if (n.reference_found) references_[n.reference_line].push_back(i);
    }
    page_end_.insert(s.page_ends.begin(), s.page_ends.end());
    for (const PageEnd& e : s.pages) {
      if (e.next_page > 0) next_page_[e.line] = e.next_page;
      if (e.next_sheet > 0 && !facsimiles_.empty())
        next_facs_[e.line] = FacsimileAddress(facsimiles_, e.next_sheet);
    }
    // A page that ends right before a division's heading (after its notes,
    // if any): the division opens the next page, its break stands there.
    for (const Division& d : s.divisions) {
      if (d.kind == DivisionKind::kBibliography) continue;
      if (const size_t before = LastBodyLineBefore(d.line);
          before < d.line && page_end_.count(before)) {
        opening_end_.insert(before);
      }
    }
    for (const Quotation& q : s.quotations) {
      quote_first_.insert(q.first_line);
      quote_last_.insert(q.last_line);
    }
  }

  void Body(pugi::xml_node body, pugi::xml_node back) {
    BuildNotes();
    if (s_.divisions.empty()) {
      // No thesis structure recognised: the whole text as one division.
      container_ = body.append_child("div");
      container_.append_attribute("type") = "text";
      container_.append_attribute("xml:id") = "text";
      paragraph_prefix_ = "text";
      for (size_t k = 0; k < lines_.size(); ++k) Line(k);
      CloseParagraph();
      return;
    }
    pugi::xml_node chapter;
    pugi::xml_node division;
    for (size_t d = 0; d < s_.divisions.size(); ++d) {
      const Division& div = s_.divisions[d];
      const size_t end = d + 1 < s_.divisions.size() ? s_.divisions[d + 1].line : lines_.size();
      pugi::xml_node parent = body;
      if (div.kind == DivisionKind::kSection && chapter) parent = chapter;
      if (div.kind == DivisionKind::kBibliography) {
        Bibliography(back, div, end);
        continue;
      }
      CloseParagraph();
      division = parent.append_child("div");
      if (div.kind == DivisionKind::kChapter) chapter = division;
      if (div.kind == DivisionKind::kIntroduction || div.kind == DivisionKind::kConclusions) {
        chapter = pugi::xml_node();
      }
      const char* type = div.kind == DivisionKind::kIntroduction ? "introduction"
                         : div.kind == DivisionKind::kChapter    ? "chapter"
                         : div.kind == DivisionKind::kSection    ? "section"
                                                                 : "conclusions";
      division.append_attribute("type") = type;
      if (!div.n.empty()) division.append_attribute("n") = div.n.c_str();
      const std::string id = DivisionId(div);
      division.append_attribute("xml:id") = id.c_str();
      if (const size_t before = LastBodyLineBefore(div.line);
          before < div.line && opening_end_.count(before)) {
        // A page ends right before the heading: the division opens a page.
        PageBreak(division, before, div.page);
      } else if (div.kind == DivisionKind::kChapter) {
        pugi::xml_node pb = division.append_child("pb");
        if (div.page > 0) pb.append_attribute("n") = std::to_string(div.page).c_str();
      }
      for (size_t h = 0; h < div.heading_lines; ++h) {
        pugi::xml_node head = division.append_child("head");
        if (h > 0) head.append_attribute("type") = "sub";
        AppendSegments(head, div.line + h, false);
        TrimNode(head);
      }
      container_ = division;
      paragraph_prefix_ = id;
      paragraphs_ = 0;
      quotations_ = 0;
      for (size_t k = div.line + div.heading_lines; k < end; ++k) Line(k);
      CloseQuotation();
      CloseParagraph();
    }
  }

  void Front(pugi::xml_node front, const Metadata& m) {
    pugi::xml_node title_page = front.append_child("titlePage");
    pugi::xml_node doc_title = title_page.append_child("docTitle");
    doc_title.append_child("titlePart").text().set(m.title.c_str());
    title_page.append_child("docAuthor").text().set(m.author.c_str());
    title_page.append_child("byline").text().set(Byline(m).c_str());
    title_page.append_child("docImprint").text().set(m.institution.c_str());
    title_page.append_child("docDate").text().set(m.date.c_str());
    // The scan's own notices, as the OCR read them; noise as gaps.
    size_t k = 0;
    pugi::xml_node notice = front.append_child("div");
    notice.append_attribute("type") = "notice";
    notice.append_attribute("xml:id") = "notice";
    for (; k < lines_.size() && s_.roles[k] == LineRole::kTitlePage; ++k) {
      if (lines_[k].noise || IsScanNoise(lines_[k].text)) {
        pugi::xml_node gap = notice.append_child("gap");
        gap.append_attribute("reason") = "illegible";
        continue;
      }
      if (Trim(lines_[k].text).empty()) continue;
      pugi::xml_node p = notice.append_child("p");
      AppendSegments(p, k, false);
      TrimNode(p);
    }
    pugi::xml_node abstract = front.append_child("div");
    abstract.append_attribute("type") = "abstract";
    abstract.append_attribute("xml:id") = "abstract";
    FrontPageBreak(abstract, k, "#abstract");
    container_ = abstract;
    paragraph_prefix_ = "abstract";
    paragraphs_ = 0;
    for (; k < lines_.size() && (s_.roles[k] == LineRole::kAbstract ||
                                 (s_.roles[k] == LineRole::kHeading && s_.contents.empty()) ||
                                 (s_.roles[k] == LineRole::kHeading && k + 1 < lines_.size() &&
                                  s_.roles[k + 1] == LineRole::kAbstract));
         ++k) {
      if (s_.roles[k] == LineRole::kHeading) {
        pugi::xml_node head = abstract.append_child("head");
        AppendSegments(head, k, false);
        TrimNode(head);
        continue;
      }
      BodyLine(k);
    }
    CloseParagraph();
    pugi::xml_node contents = front.append_child("div");
    contents.append_attribute("type") = "contents";
    contents.append_attribute("xml:id") = "contents";
    FrontPageBreak(contents, k, "#contents");
    pugi::xml_node head = contents.append_child("head");
    for (; k < lines_.size() && s_.roles[k] == LineRole::kHeading; ++k) {
      AppendSegments(head, k, false);
      TrimNode(head);
    }
    // Each entry as the contents print it (emendations included), linked to
    // its division, with the page the contents give as data.
    pugi::xml_node list = contents.append_child("list");
    for (const ContentsEntry& e : s_.contents) {
      pugi::xml_node item = list.append_child("item");
      if (e.page > 0) item.append_attribute("n") = std::to_string(e.page).c_str();
      std::string target = FrontTarget(e.title);
      for (const Division& d : s_.divisions) {
        const std::string label = d.kind == DivisionKind::kChapter ? "CHAPTER " + d.n : d.n;
        if (!e.label.empty() && label == e.label) target = "#" + DivisionId(d);
        if (e.label.empty() && !d.head.empty() && Lower(e.title) == Lower(d.head))
          target = "#" + DivisionId(d);
      }
      pugi::xml_node text = item;
      if (!target.empty()) {
        text = item.append_child("ref");
        text.append_attribute("target") = target.c_str();
      }
      AppendSegments(text, e.line, false);
      TrimNode(text);
      // The page number is data (item/@n), not part of the entry's text.
      if (pugi::xml_node last = text.last_child(); e.page > 0 && last.type() == pugi::node_pcdata) {
        std::string t = last.value();
        const std::string page = " " + std::to_string(e.page);
        if (t.ends_with(page)) t.erase(t.size() - page.size());
        while (!t.empty() && t.back() == ' ') t.pop_back();
        last.set_value(t.c_str());
      }
    }
  }

  size_t notes_placed() const { return placed_.size(); }

  // The page that a front division (abstract, contents) opens: from the scan
  // when a page ends right before its first line `k`, else the page the
  // contents give for it (`target`); none when neither says.
  void FrontPageBreak(pugi::xml_node division, size_t k, const std::string& target) {
    int page = 0;
    for (const ContentsEntry& e : s_.contents) {
      if (e.page > 0 && FrontTarget(e.title) == target) page = e.page;
    }
    if (k > 0 && page_end_.count(k - 1)) {
      PageBreak(division, k - 1, page);
    } else if (page > 0 && k < lines_.size()) {
      division.append_child("pb").append_attribute("n") = std::to_string(page).c_str();
    }
  }

  static std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }

  // Contents entries for the front matter, which has no division in the body.
  static std::string FrontTarget(const std::string& title) {
    const std::string t = Lower(title);
    if (t.rfind("abstract", 0) == 0) return "#abstract";
    if (t.rfind("table of contents", 0) == 0) return "#contents";
    return "";
  }

 private:
  static std::string Strip(const std::string& w) {
    size_t b = 0, e = w.size();
    while (b < e && !std::isalnum(static_cast<unsigned char>(w[b])) &&
           static_cast<unsigned char>(w[b]) < 0x80)
      ++b;
    while (e > b && !std::isalnum(static_cast<unsigned char>(w[e - 1])) &&
           static_cast<unsigned char>(w[e - 1]) < 0x80)
      --e;
    return w.substr(b, e - b);
  }

  // Each note's content, built once, placed at its reference later.
  void BuildNotes() {
    building_notes_ = true;
    for (size_t i = 0; i < s_.notes.size(); ++i) {
      const Footnote& n = s_.notes[i];
      pugi::xml_node note = scratch_.append_child("note");
      note.append_attribute("place") = "foot";
      note.append_attribute("n") = std::to_string(n.n).c_str();
      const bool known = n.series >= 0 && static_cast<size_t>(n.series) < s_.divisions.size();
      std::string id = (known ? DivisionId(s_.divisions[n.series]) : std::string("notes")) + ".n" +
                       std::to_string(n.n);
      while (ids_.count(id)) id += "b";
      ids_.insert(id);
      note.append_attribute("xml:id") = id.c_str();
      if (!n.reference_found || n.number_inferred) {
        note.append_attribute("cert") = "low";
        note.append_attribute("resp") = kCorrector;
      }
      if (n.lost) {
        // The scan lost the text: the note keeps its number and place.
        note.append_child("gap").append_attribute("reason") = "lost";
      } else {
        for (size_t k = n.first_line; k <= n.last_line; ++k) Join(note, k, k == n.first_line);
      }
      if (n.continued) {
        for (size_t k = n.continued_first; k <= n.continued_last; ++k) Join(note, k, false);
      }
      TrimNode(note);
      note_nodes_.push_back(note);
      if (!n.reference_found) unreferenced_at_[n.first_line].push_back(i);
    }
    building_notes_ = false;
    // A mark the structure found inside another note's lines (a misread
    // heading can run two chapters' notes together): that note goes where
    // its page's text ends, as one whose mark was lost does.
    for (size_t i : marked_in_notes_) {
      auto& at = unreferenced_at_[s_.notes[i].first_line];
      if (std::find(at.begin(), at.end(), i) == at.end()) at.push_back(i);
    }
  }

  // The break of the page that ends after line `end`: its number (`fallback`
  // when the structure has none) and the address of its image.
  void PageBreak(pugi::xml_node parent, size_t end, int fallback) {
    pugi::xml_node pb = parent.append_child("pb");
    auto it = next_page_.find(end);
    const int page = it != next_page_.end() ? it->second : fallback;
    if (page > 0) pb.append_attribute("n") = std::to_string(page).c_str();
    if (auto f = next_facs_.find(end); f != next_facs_.end())
      pb.append_attribute("facs") = f->second.c_str();
  }

  // The last line before `line` that holds text and is no note's; `line`
  // itself when none does (a page ends there, tei/pages.hpp).
  size_t LastBodyLineBefore(size_t line) const {
    for (size_t k = line; k-- > 0;) {
      if (s_.roles[k] != LineRole::kNote &&
          lines_[k].text.find_first_not_of(" \t") != std::string::npos)
        return k;
    }
    return line;
  }

  void Line(size_t k) {
    if (k > 0 && page_end_.count(k - 1) && !opening_end_.count(k - 1)) {
      // The notes at this page's foot (the note lines from k on) whose marks
      // the OCR lost stand where the page's text ends: before its break.
      size_t foot = k;
      while (foot < lines_.size() &&
             (s_.roles[foot] == LineRole::kNote ||
              lines_[foot].text.find_first_not_of(" \t") == std::string::npos))
        ++foot;
      for (auto it = unreferenced_at_.lower_bound(k);
           it != unreferenced_at_.end() && it->first < foot; ++it) {
        for (size_t i : it->second) Place(i);
      }
      PageBreak(paragraph_ ? paragraph_ : container_, k - 1, 0);
    }
    // A note whose reference the OCR lost goes where its page's text ends.
    if (auto it = unreferenced_at_.find(k); it != unreferenced_at_.end()) {
      for (size_t i : it->second) Place(i);
    }
    switch (s_.roles[k]) {
      case LineRole::kNote:
        return;
      case LineRole::kHeading:
        return;
      default:
        if (quote_first_.count(k)) OpenQuotation();
        BodyLine(k);
        if (quote_last_.count(k)) CloseQuotation();
    }
  }

  // A block quotation between the paragraphs: its own paragraphs inside.
  void OpenQuotation() {
    CloseParagraph();
    if (quotation_) return;
    quotation_ = container_.append_child("quote");
    quotation_.append_attribute("type") = "block";
    quotation_.append_attribute("xml:id") =
        (paragraph_prefix_ + ".q" + std::to_string(++quotations_)).c_str();
    outer_ = container_;
    container_ = quotation_;
  }

  void CloseQuotation() {
    CloseParagraph();
    if (!quotation_) return;
    container_ = outer_;
    quotation_ = pugi::xml_node();
  }

  // "Molotov:", "[Vidic]:", "'Bulganin:" open a speaker's turn in a quoted transcript.
  static bool StartsTurn(const std::string& trimmed) {
    size_t i = 0;
    while (i < trimmed.size() && std::string("['*\"").find(trimmed[i]) != std::string::npos) ++i;
    const size_t name = i;
    while (i < trimmed.size() &&
           (std::isalpha(static_cast<unsigned char>(trimmed[i])) || trimmed[i] == '-'))
      ++i;
    if (i == name || !std::isupper(static_cast<unsigned char>(trimmed[name])) || i - name > 20)
      return false;
    if (i < trimmed.size() && trimmed[i] == ']') ++i;
    return i < trimmed.size() && trimmed[i] == ':';
  }

  void BodyLine(size_t k) {
    const std::string trimmed = Trim(lines_[k].text);
    if (trimmed.empty()) {
      CloseParagraph();
      return;
    }
    if (quotation_ && paragraph_ && StartsTurn(trimmed)) CloseParagraph();
    if (!paragraph_) {
      paragraph_ = container_.append_child("p");
      paragraph_.append_attribute("xml:id") =
          (paragraph_prefix_ + ".p" + std::to_string(++paragraphs_)).c_str();
    }
    Join(paragraph_, k, false);
    const char last = trimmed.back();
    if (utf8::Length(trimmed) < paragraph_end_width_ &&
        (std::string(".!?'\")]:").find(last) != std::string::npos ||
         std::isdigit(static_cast<unsigned char>(last)))) {
      CloseParagraph();
    }
  }

  void CloseParagraph() {
    if (paragraph_) TrimNode(paragraph_);
    paragraph_ = pugi::xml_node();
  }

  // Joins line k to what node holds: a space between lines, or none after a
  // line-end hyphen (which goes when the joined word is one the text uses).
  void Join(pugi::xml_node node, size_t k, bool note_start) {
    pugi::xml_node last = node.last_child();
    const std::string first_word = FirstWord(lines_[k].text);
    if (last && last.type() == pugi::node_pcdata) {
      std::string text = last.value();
      while (!text.empty() && text.back() == ' ') text.pop_back();
      const bool hyphen = text.size() >= 2 && text.back() == '-' &&
                          std::isalpha(static_cast<unsigned char>(text[text.size() - 2]));
      if (hyphen && !first_word.empty() &&
          std::islower(static_cast<unsigned char>(first_word[0]))) {
        const size_t start = text.find_last_of(" ([", text.size() - 2);
        const std::string left = text.substr(start == std::string::npos ? 0 : start + 1);
        const std::string joined = left.substr(0, left.size() - 1) + Strip(first_word);
        if (words_.count(Strip(joined))) text.pop_back();
        last.set_value(text.c_str());
      } else if (hyphen) {
        last.set_value(text.c_str());
      } else {
        last.set_value((text + " ").c_str());
      }
    } else if (last) {
      AppendText(node, " ");
    }
    AppendSegments(node, k, note_start);
  }

  static std::string FirstWord(const std::string& s) {
    std::istringstream in(s);
    std::string w;
    in >> w;
    return w;
  }

  // Appends line k's segments; drops a note's leading number; puts notes at
  // their references (the reference digits leave the text).
  void AppendSegments(pugi::xml_node node, size_t k, bool note_start) {
    // Each line's text goes out once: a structure that gives a line to two
    // notes (two chapters' notes run together) must not repeat its words
    // and their emendations' ids.
    if (!emitted_.insert(k).second) return;
    const ReadingLine& line = lines_[k];
    std::vector<std::pair<size_t, size_t>> refs;  // (byte begin, note index)
    if (auto it = references_.find(k); it != references_.end()) {
      for (size_t i : it->second) refs.emplace_back(s_.notes[i].reference_begin, i);
      std::sort(refs.begin(), refs.end());
    }
    size_t offset = 0;  // byte offset of the current segment in line.text
    size_t next_ref = 0;
    bool leading = true;  // still at the line's start (its indentation)
    bool skip_number = note_start;
    for (const Segment& seg : line.segments) {
      const size_t seg_end = offset + seg.text.size();
      if (seg.emendation) {
        // A mark inside an emended stretch ("stalled 49" read "stalled.49"):
        // its digits leave the reading too, and the note follows the choice.
        Emendation e = *seg.emendation;
        std::string shown = seg.text;
        std::vector<size_t> placed;
        size_t removed = 0;
        while (next_ref < refs.size() && refs[next_ref].first < seg_end) {
          const Footnote& n = s_.notes[refs[next_ref].second];
          const bool applied =
              e.status == EmendationStatus::kApplied || e.status == EmendationStatus::kAccepted;
          if (applied && n.reference_begin >= offset && n.reference_end <= seg_end &&
              shown == e.reading) {
            const size_t at = n.reference_begin - offset - removed,
                         length = n.reference_end - n.reference_begin;
            shown.erase(at, length);
            e.reading.erase(at, length);
            removed += length;
          }
          placed.push_back(refs[next_ref++].second);
        }
        while (!e.reading.empty() && e.reading.back() == ' ' && removed > 0) {
          e.reading.pop_back();
          shown.pop_back();
        }
        // A note's number the emendation set apart ("290fficial" read "29
        // Official") or read anew ("64" read "54"): the number leaves the
        // note's reading as it does plain text; the note carries it in @n.
        if (skip_number && shown == e.reading &&
            (e.status == EmendationStatus::kApplied || e.status == EmendationStatus::kAccepted)) {
          size_t digits = 0;
          while (digits < shown.size() && std::isdigit(static_cast<unsigned char>(shown[digits])))
            ++digits;
          if (digits > 0 && digits == shown.size()) {
            shown.clear();
            e.reading.clear();
          } else if (digits > 0 && digits < shown.size() && shown[digits] == ' ') {
            size_t cut = digits;
            while (cut < shown.size() && shown[cut] == ' ') ++cut;
            shown.erase(0, cut);
            e.reading.erase(0, cut);
          }
        }
        skip_number = false;
        AppendChoice(node, e, shown);
        // A number read anew leaves nothing: the text after it starts the note.
        if (!shown.empty()) leading = false;
        for (size_t i : placed) Place(i);
        offset = seg_end;
        continue;
      }
      size_t at = 0;
      std::string text = seg.text;
      while (next_ref < refs.size() && refs[next_ref].first < seg_end) {
        const Footnote& n = s_.notes[refs[next_ref].second];
        const size_t local = n.reference_begin - offset;
        EmitPlain(node, text.substr(at, local - at), leading, skip_number);
        Place(refs[next_ref++].second);
        at = n.reference_end - offset;
      }
      EmitPlain(node, text.substr(at), leading, skip_number);
      offset = seg_end;
    }
  }

  void EmitPlain(pugi::xml_node node, std::string text, bool& leading, bool& skip_number) {
    if (leading) {
      const size_t b = text.find_first_not_of(" \t");
      text = b == std::string::npos ? "" : text.substr(b);
      if (!text.empty()) leading = false;
    }
    if (skip_number && !text.empty()) {
      size_t i = 0;
      while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
      while (i < text.size() && text[i] == ' ') ++i;
      text = text.substr(i);
      skip_number = false;
    }
    AppendMarkedText(node, Collapse(text));
  }

  void Place(size_t note) {
    // Never inside a note's own text: see BuildNotes.
    if (building_notes_) {
      marked_in_notes_.push_back(note);
      return;
    }
    if (placed_.count(note)) return;
    placed_.insert(note);
    pugi::xml_node target = paragraph_ ? paragraph_ : container_;
    if (!target) return;
    // "Indeed. 86": the space the OCR read before the raised digits goes with them.
    if (pugi::xml_node last = target.last_child(); last && last.type() == pugi::node_pcdata) {
      std::string text = last.value();
      while (!text.empty() && text.back() == ' ') text.pop_back();
      last.set_value(text.c_str());
    }
    target.append_copy(note_nodes_[note]);
  }

  // Drops white space at the start and end of a node's text.
  static void TrimNode(pugi::xml_node node) {
    pugi::xml_node first = node.first_child();
    if (first && first.type() == pugi::node_pcdata) {
      std::string t = first.value();
      t.erase(0, t.find_first_not_of(' '));
      first.set_value(t.c_str());
    }
    pugi::xml_node last = node.last_child();
    if (last && last.type() == pugi::node_pcdata) {
      std::string t = last.value();
      while (!t.empty() && t.back() == ' ') t.pop_back();
      last.set_value(t.c_str());
    }
  }

  // The bibliography: headings for its parts, one bibl per entry.
  void Bibliography(pugi::xml_node back, const Division& div, size_t end) {
    pugi::xml_node bibliography = back.append_child("div");
    bibliography.append_attribute("type") = "bibliography";
    bibliography.append_attribute("xml:id") = "bibl";
    pugi::xml_node head = bibliography.append_child("head");
    AppendSegments(head, div.line, false);
    TrimNode(head);
    pugi::xml_node group, part, list, entry;
    int parts = 0, entries = 0;
    auto is_heading = [&](const std::string& t) {
      return !t.empty() && utf8::Length(t) < 45 &&
             t.find_first_of("0123456789()[]:,;.") == std::string::npos &&
             std::isupper(static_cast<unsigned char>(t[0]));
    };
    auto next_text = [&](size_t k) {
      for (size_t j = k + 1; j < end; ++j) {
        if (std::string t = Trim(lines_[j].text); !t.empty()) return t;
      }
      return std::string();
    };
    for (size_t k = div.line + 1; k < end; ++k) {
      const std::string t = Trim(lines_[k].text);
      if (t.empty()) continue;
      const bool heading = !entry && is_heading(t);
      if (heading || !part) {
        // A heading straight above another ("Primary Sources", then
        // "Unpublished Documents") heads a group of parts.
        const bool group_heading = heading && is_heading(next_text(k));
        pugi::xml_node parent = group_heading || !group ? bibliography : group;
        part = parent.append_child("div");
        part.append_attribute("xml:id") = ("bibl.d" + std::to_string(++parts)).c_str();
        if (group_heading) group = part;
        list = pugi::xml_node();
        if (heading) {
          pugi::xml_node h = part.append_child("head");
          AppendSegments(h, k, false);
          TrimNode(h);
          continue;
        }
      }
      if (!list) list = part.append_child("listBibl");
      if (!entry) {
        entry = list.append_child("bibl");
        entry.append_attribute("xml:id") = ("bibl.b" + std::to_string(++entries)).c_str();
      }
      Join(entry, k, false);
      // An entry ends where its last line looks like an imprint's end, or
      // where the OCR left no trailing space and the next line opens an entry.
      if (EndsEntry(t) || (s_.ends_unit[k] && OpensEntry(next_text(k)))) {
        TrimNode(entry);
        entry = pugi::xml_node();
      }
    }
    if (entry) TrimNode(entry);
  }

  // A bibliography entry opens with its author's surname and a comma before
  // the first name ("Gibianskii, Leonid"), or with a dash for the same author.
  static bool OpensEntry(const std::string& t) {
    if (t.rfind("--", 0) == 0) return true;
    const size_t comma = t.find(", ");
    if (comma == std::string::npos || comma == 0 || t.find(' ') < comma) return false;
    if (!std::isupper(static_cast<unsigned char>(t[0]))) return false;
    return comma + 2 < t.size() && std::isupper(static_cast<unsigned char>(t[comma + 2]));
  }

  // A bibliography entry ends with its imprint's bracket or a full stop, or
  // on a short line, unless the line breaks off after a comma or a word
  // such as "and" or "of" that needs what follows.
  bool EndsEntry(const std::string& t) const {
    if (t.back() == ')' || t.back() == ']' || t.ends_with(").") || t.ends_with("].")) return true;
    if (utf8::Length(t) >= paragraph_end_width_) return false;
    if (t.back() == ',' || t.back() == '-' || t.back() == ':') return false;
    const size_t space = t.find_last_of(' ');
    const std::string last = space == std::string::npos ? t : t.substr(space + 1);
    static const std::set<std::string> connectives = {"and",  "of", "the", "in", "for", "to",
                                                      "with", "a",  "an",  "on", "&"};
    return !connectives.count(last);
  }

  const std::vector<ReadingLine>& lines_;
  const Structure& s_;
  const size_t paragraph_end_width_;
  std::set<std::string> words_;
  std::map<size_t, std::vector<size_t>> references_;
  std::set<size_t> page_end_;
  std::set<size_t> opening_end_;             // page ends whose break opens the next division
  std::map<size_t, int> next_page_;          // page end line -> the next page's number
  const std::string facsimiles_;             // TeiOptions::facsimiles
  std::map<size_t, std::string> next_facs_;  // page end line -> the next page's image
  std::map<size_t, std::vector<size_t>> unreferenced_at_;  // line -> notes placed there
  std::set<std::string> ids_;
  std::set<size_t> placed_;
  std::set<size_t> emitted_;             // lines whose text is in the document
  bool building_notes_ = false;          // Place defers while the notes' own text is built
  std::vector<size_t> marked_in_notes_;  // notes whose marks stood inside note lines
  pugi::xml_document scratch_;
  std::vector<pugi::xml_node> note_nodes_;
  std::set<size_t> quote_first_, quote_last_;
  pugi::xml_node container_, paragraph_, quotation_, outer_;
  std::string paragraph_prefix_;
  int paragraphs_ = 0, quotations_ = 0;
};

void Header(pugi::xml_node tei, const Metadata& m, const TeiOptions& options,
            bool pages_from_scans) {
  pugi::xml_node header = tei.append_child("teiHeader");
  pugi::xml_node file = header.append_child("fileDesc");
  pugi::xml_node title_stmt = file.append_child("titleStmt");
  title_stmt.append_child("title").text().set(m.title.c_str());
  title_stmt.append_child("author").text().set(m.author.c_str());
  pugi::xml_node resp1 = title_stmt.append_child("respStmt");
  resp1.append_attribute("xml:id") = "emend";
  resp1.append_child("resp").text().set("automatic emendation of the OCR text");
  resp1.append_child("name").text().set(("emend " + options.tool_version).c_str());
  pugi::xml_node resp2 = title_stmt.append_child("respStmt");
  resp2.append_attribute("xml:id") = "editor";
  resp2.append_child("resp").text().set("review of the emendations");
  resp2.append_child("name").text().set(m.editor.c_str());
  pugi::xml_node publication = file.append_child("publicationStmt");
  publication.append_child("publisher").text().set(m.publisher.c_str());
  publication.append_child("availability").append_child("p").text().set(m.availability.c_str());
  pugi::xml_node source = file.append_child("sourceDesc");
  pugi::xml_node bibl = source.append_child("bibl");
  bibl.append_child("author").text().set(m.author.c_str());
  bibl.append_child("title").text().set(m.title.c_str());
  AppendText(bibl, " ");
  pugi::xml_node note = bibl.append_child("note");
  note.text().set((m.source_kind + " (" + m.degree + "), " + m.institution).c_str());
  pugi::xml_node date = bibl.append_child("date");
  date.append_attribute("when") = m.date.c_str();
  date.text().set(m.date.c_str());
  pugi::xml_node idno = bibl.append_child("idno");
  idno.append_attribute("type") = m.source_id_type.c_str();
  idno.text().set(m.source_id.c_str());
  pugi::xml_node publisher = bibl.append_child("publisher");
  publisher.text().set(m.source_publisher.c_str());
  bibl.append_child("note").text().set(
      (m.source_note + " Scan published " + m.source_date + ".").c_str());
  pugi::xml_node encoding = header.append_child("encodingDesc");
  pugi::xml_node app_info = encoding.append_child("appInfo");
  pugi::xml_node application = app_info.append_child("application");
  application.append_attribute("ident") = "emend";
  application.append_attribute("version") = options.tool_version.c_str();
  application.append_child("label").text().set("emend");
  application.append_child("desc").text().set(("from " + options.source_file).c_str());
  pugi::xml_node decl = encoding.append_child("editorialDecl");
  decl.append_child("correction")
      .append_child("p")
      .text()
      .set(
          "The text is the OCR of the scanned typescript, emended automatically by emend from "
          "dictionaries, general rules and the document itself. Every emendation is marked as a "
          "choice of the OCR reading (sic) and the emended one (corr), with the rule's certainty. "
          "Proposals below the corrector's threshold are kept as corr of type 'proposed' with the "
          "OCR "
          "reading in the text; editors' decisions are attributed to the editor.");
  decl.append_child("normalization")
      .append_child("p")
      .text()
      .set(
          "Silently normalised: runs of spaces, the typescript's line breaks (paragraphs are "
          "rebuilt from lines), and line-end hyphens where the joined word occurs elsewhere in "
          "the text. Footnote reference numbers are replaced by the notes themselves.");
  const std::string pages =
      pages_from_scans
          ? "Every page of the typescript ends in a page break carrying its page number, placed "
            "where "
            "the scans turn the page (the OCR text's form feeds) and linked to the page's image "
            "where "
            "the images are published. The numbers are those read from the pages; one not read, or "
            "read out of sequence with its neighbours, is counted on from them or taken from the "
            "table of contents. "
          : "Every page of the typescript ends in a page break carrying its page number. A page "
            "ends before its block of footnotes; a page without notes ends where the lines' layout "
            "and the page lengths the table of contents implies place it, and the edition's review "
            "lists those placements. Page numbers count on from each chapter's first page as the "
            "contents give it. ";
  decl.append_child("segmentation")
      .append_child("p")
      .text()
      .set((pages +
            "Notes are numbered in sequence within each chapter and attached at "
            "their reference marks; a note the scan lost is kept as an empty note marked as lost. "
            "Block quotations are recognised where a line stops short of the margin to introduce "
            "them and a note reference or the paragraph's end closes them. Serbo-Croatian and "
            "Russian runs are marked by language from the dictionaries.")
               .c_str());
  AppendSilentPolicy(decl, DefaultSilentClasses());
  pugi::xml_node profile = header.append_child("profileDesc");
  pugi::xml_node languages = profile.append_child("langUsage");
  const std::pair<const char*, const char*> langs[] = {{"en", "English"},
                                                       {"sr-Latn", "Serbo-Croatian, Latin script"},
                                                       {"hr", "Croatian"},
                                                       {"ru", "Russian"}};
  for (const auto& [ident, name] : langs) {
    pugi::xml_node language = languages.append_child("language");
    language.append_attribute("ident") = ident;
    language.text().set(name);
  }
}

}  // namespace

std::string BuildTei(const std::vector<ReadingLine>& lines, const Structure& structure,
                     const Metadata& metadata, const TeiOptions& options) {
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  pugi::xml_node tei = doc.append_child("TEI");
  tei.append_attribute("xmlns") = "http://www.tei-c.org/ns/1.0";
  tei.append_attribute("xml:lang") = "en";
  const bool pages_from_scans = std::any_of(structure.pages.begin(), structure.pages.end(),
                                            [](const PageEnd& e) { return e.next_sheet > 0; });
  Header(tei, metadata, options, pages_from_scans);
  pugi::xml_node text = tei.append_child("text");
  pugi::xml_node front = text.append_child("front");
  pugi::xml_node body = text.append_child("body");
  pugi::xml_node back = text.append_child("back");
  Builder builder(lines, structure, options.paragraph_end_width, options.facsimiles);
  builder.Front(front, metadata);
  builder.Body(body, back);
  BreakLines(tei.child("teiHeader"));
  // One writer for all TEI: what was built goes through the reader (which
  // checks it is within the subset) and out through the writer.
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  Document document = ReadTei(out.str(), "<emend tei>");
  if (options.lexicon) MarkSerboCroatian(document, LanguageSpotter(*options.lexicon));
  if (options.lexicon && !options.persons_file.empty()) {
    AddPersons(document, ReadPersons(options.persons_file, options.lexicon->names()));
  }
  LinkCitations(document);
  return WriteTei(document);
}

}  // namespace emend::tei
