// Writes the text of one page of the HTML edition: divisions, paragraphs,
// emendations, page breaks, footnote references; and the page's notes, which
// follow the text so that they can be read without script.
#pragma once

#include <map>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "render/html_search.hpp"
#include "render/html_site_plan.hpp"
#include "tei/document.hpp"

namespace emend::render {

class PageWriter {
 public:
  // plan must outlive the writer; file is the page being written;
  // silent_classes are the emendation classes the editorial policy applies
  // without a mark (their choices get the class "silent", see edition.css).
  PageWriter(const SitePlan& plan, std::string file, std::set<std::string> silent_classes = {});

  // Who the thesis's pages are cited by: each page number offers "cite as:
  // AUTHOR, thesis, p. N" (the surname of a full name).
  void SetCitedAuthor(std::string author) { cited_author_ = std::move(author); }

  // A division as a <section> (or, with as_page, the page's own content)
  // whose heading is <h{level}>; its subdivisions one level deeper.
  // fallback_heading is used when the division has no <head> (none when empty,
  // unless as_page: a page always has its heading).
  void Division(const tei::Div& div, int level, bool as_page, const std::string& fallback_heading);

  // The HTML written so far (the text), taken out of the writer.
  std::string TakeText();

  // The page's notes in reference order as a section with an <h{level}>
  // heading; empty when the page has none.
  std::string Notes(int level) const;

  // What the search finds on the page, in the order written: paragraphs,
  // footnotes and bibliography entries, with their anchors and pages.
  const std::vector<Passage>& Passages() const { return passages_; }

  // A person named on the page (<persName>), for the index of persons.
  struct Mention {
    std::string person;  // the listPerson id, "pers-tito"
    std::string anchor;  // the paragraph, note, entry or division naming them
    std::string label;   // how the index shows the place: "p. 19", "¶ 3", "n. 12", "p. 19, n. 12"
  };
  const std::vector<Mention>& Mentions() const { return mentions_; }

  // The notes that cite a bibliography entry (<ref> to it in a note), by the
  // entry's id: each note's href and label ("Chapter I, n. 12"). Listed under
  // the entry. The map must outlive the writer.
  struct CitingNote {
    std::string href, label;
  };
  using Citations = std::map<std::string, std::vector<CitingNote>, std::less<>>;
  void SetCitations(const Citations* citations) { citations_ = citations; }

 private:
  struct Note {
    std::string id, ref_id, number, html;
    bool uncertain = false;
  };

  void Heading(const std::vector<const tei::Block*>& heads, int level, const std::string& fallback);
  void Blocks(std::span<const tei::Block> blocks, const std::string& owner);
  void Paragraph(const tei::Block& block, const std::string& fallback_id);
  void Items(const tei::Block& block);
  void Inlines(std::string& out, const std::vector<tei::Inline>& content);
  void Choice(std::string& out, const tei::Choice& choice);
  void NoteRef(std::string& out, const tei::Inline& note);
  // A page break: its number in the margin (a link that says how to cite
  // the page), and the page's image beside the text when `facs` names one.
  void PageBreak(std::string& out, const std::string& n, const std::string& facs, const char* tag);
  std::string UniqueId(const std::string& wanted);

  const SitePlan& plan_;
  std::string file_;
  std::string out_;
  std::vector<Note> notes_;
  std::set<std::string> ids_;  // every id used on the page, TEI's and ours
  std::set<std::string> silent_;
  std::vector<Passage> passages_;
  std::string page_;     // the thesis page being written (the last <pb n>), empty when not known
  std::string section_;  // the last heading written, plain text
  std::vector<Mention> mentions_;
  std::string anchor_,
      place_;  // where a name is being written: its anchor and its label ("¶ 3", "n. 12")
  int paragraphs_written_ = 0;
  const Citations* citations_ = nullptr;
  std::string cited_author_;
};

}  // namespace emend::render
