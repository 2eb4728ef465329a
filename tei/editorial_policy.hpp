// The editorial policy on showing emendations: which classes are "silent",
// applied in the reading text without a mark. Declared in the TEI header as
//   <editorialDecl> ... <correction n="silent"><p>...<list>
//     <item n="apostrophe">...</item> ...</list></p></correction>
// Silent emendations stay marked up as <choice> in the TEI; the renderers
// decide how quietly to show them (HTML: marked only on request; LaTeX: listed
// after the text instead of in the line apparatus).
#pragma once

#include <pugixml.hpp>
#include <string>
#include <vector>

namespace emend::tei {

struct SilentClass {
  std::string type;         // the corrector's class, as in <corr type>: "apostrophe"
  std::string description;  // for readers: "restored apostrophes (Titos: Tito's)"
};

// The default policy: restored apostrophes and joined split words.
const std::vector<SilentClass>& DefaultSilentClasses();

// Appends <correction n="silent"> declaring `classes` to an <editorialDecl>.
void AppendSilentPolicy(pugi::xml_node editorial_decl, const std::vector<SilentClass>& classes);

// The silent classes a <teiHeader> declares, in order; empty when it declares none.
std::vector<SilentClass> ReadSilentPolicy(pugi::xml_node tei_header);

}  // namespace emend::tei
