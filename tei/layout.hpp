// The layout of the TEI the project writes: a line break between the children
// of an element that holds only elements (div, list, the header's parts), never
// inside running text, where white space is part of the text.
#pragma once

#include <pugixml.hpp>

namespace emend::tei {

// Inserts the line breaks into node and its descendants.
void BreakLines(pugi::xml_node node);

}  // namespace emend::tei
