// The author's footnotes linked to the bibliography: a short title in a note
// ("Micunovic, Moskovske godine...", "Dedijer, Vladimir, NoviPrilozi...",
// "FRUS, 1952- 1954") becomes <ref target="#bibl.bN"> around those words.
#pragma once

#include <string>
#include <vector>

#include "tei/document.hpp"

namespace emend::tei {

// A bibliography entry as the matcher sees it.
struct BibliographyKey {
  std::string id;      // the <bibl>'s xml:id
  std::string author;  // the first author's surname, folded ("micunovic"); empty for none
  std::string given;   // the author's given name, folded ("veljko")
  std::string
      title;  // letters and digits of the rest, folded, no spaces ("moskovskegodine19561958...")
  std::string acronym;  // "FRUS" from "(FRUS)"; empty for none
  std::string years;    // the span after the acronym, digits and '-' only ("1952-1954")
};

// The keys of the back matter's bibliography entries, in order. An entry
// that starts with a rule of dashes has the previous entry's author.
std::vector<BibliographyKey> BibliographyKeys(const Document& document);

// Wraps each short title found in a footnote in a <ref> to its entry (the
// first entry that matches: the author's surname, the given name optional,
// and at least six letters of the title that begin the entry's; or the
// entry's acronym with the same years). Words inside an emendation, a name
// or a foreign run are taken whole; a match across a page break or a note
// is left alone. Returns how many were linked.
int LinkCitations(Document& document);

}  // namespace emend::tei
