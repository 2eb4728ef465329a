// Text taken from the TEI, written as LaTeX source that prints exactly those
// characters. Nothing in the text can reach TeX as markup: a stray brace, a
// backslash, `\input` or a `%` prints as itself.
#pragma once

#include <string>
#include <string_view>

namespace emend::render {

// Returns UTF-8 text as LaTeX source for XeLaTeX with the edition's preamble
// (render/latex_preamble.hpp), which turns off TeX's input ligatures, so
// `--`, `'` and `` ` `` print as typed and need no escaping. The ten TeX
// specials become commands or escaped symbols; square brackets are braced, so
// text never supplies a macro's optional argument; line breaks, tabs and other
// control characters become spaces (a blank line would end a paragraph).
// Everything else, Cyrillic and č ć š ž đ included, is copied unchanged.
std::string EscapeLatex(std::string_view text);

// An anchor or link name made safe for hyperref: letters, digits, '.', '-'
// are kept and every other byte is written as "+XX" (its hex value), so
// distinct ids stay distinct.
std::string LatexAnchorName(std::string_view id);

}  // namespace emend::render
