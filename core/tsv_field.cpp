#include "core/tsv_field.hpp"

namespace emend {

std::string EscapeTsvField(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\\') {
      out += "\\\\";
    } else {
      out += c;
    }
  }
  return out;
}

std::string UnescapeTsvField(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() &&
        (s[i + 1] == 't' || s[i + 1] == 'n' || s[i + 1] == '\\')) {
      const char n = s[++i];
      out += n == 't' ? '\t' : n == 'n' ? '\n' : '\\';
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<std::string> SplitFields(std::string_view line, std::string_view separator) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    const size_t end = line.find(separator, start);
    fields.emplace_back(
        line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return fields;
    start = end + separator.size();
  }
}

}  // namespace emend
