// What a person reads when something fails: the error's "file:line:col:
// message" and, where the error names a line of a file, that line with a
// caret under the column:
//
//   samples/thesis.decisions.tsv:3:1: unknown action 'acept' (accept, reject or read)
//   acept	Titos	Tito's	...
//   ^ here
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace emend {

// error.what(), a newline, and when the error names a line of a regular file
// that can still be read, the excerpt of ShowLine below. Never throws for a
// file it cannot read: the excerpt is then left out.
std::string Diagnostic(const Error& error);

// An excerpt of `line` for a terminal, ending in a newline: control
// characters and bytes that are not UTF-8 written as \xNN, a byte-order
// mark as \u{FEFF}, a tab as one
// space, a long line cut to about 72 code points around `column` ("..." at a
// cut); when column > 0 (1-based, in code points of `line`), a second line
// with a caret under that column ("^ here"). A column past the end points
// just after the last character.
std::string ShowLine(std::string_view line, int column);

}  // namespace emend
