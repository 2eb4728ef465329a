// Trimming spaces and tabs from both ends of a line, shared by every module.
#pragma once

#include <string>
#include <string_view>

namespace emend {

// s without the spaces and tabs (or the bytes of `blanks`) at its start and
// end ("" when it has nothing else).
inline std::string Trim(std::string_view s, std::string_view blanks = " \t") {
  const size_t b = s.find_first_not_of(blanks);
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b, s.find_last_not_of(blanks) - b + 1));
}

}  // namespace emend
