// The HTML edition's stylesheet and script (render/html/edition.css and
// edition.js) and the search library, compiled into the binary by render/html/embed_assets.cmake.
#pragma once

#include <string_view>

namespace emend::render {

// The bytes of render/html/edition.css, as built; valid for the program's life.
std::string_view EditionCss();
// The bytes of render/html/edition.js, as built; valid for the program's life.
std::string_view EditionJs();
// MiniSearch's browser build (render/html/package.json), as installed when
// emend was built; empty when it was not installed (the site then has no search).
std::string_view SearchLibraryJs();

}  // namespace emend::render
