// One field of the project's TSV files (emendations, decisions): a tab, a
// newline or a backslash inside a field is written \t, \n, \\, so a field
// never breaks the columns or the lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace emend {

std::string EscapeTsvField(std::string_view s);

// The reverse of EscapeTsvField. Any other backslash is kept as typed (files
// written by hand, or before the escaping, keep their meaning).
std::string UnescapeTsvField(std::string_view s);

// The fields of `line` split at every `separator` (a tab unless another is
// given), as typed: n separators give n + 1 fields, empty ones included, so
// "" gives one empty field.
std::vector<std::string> SplitFields(std::string_view line, std::string_view separator = "\t");

}  // namespace emend
