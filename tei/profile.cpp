#include "tei/profile.hpp"

#include <charconv>
#include <functional>
#include <map>
#include <sstream>

#include "core/error.hpp"
#include "core/key_value_file.hpp"

namespace emend::tei {
namespace {

using Setter = std::function<bool(const std::string&)>;

Setter Text(std::string& field) {
  return [&field](const std::string& v) {
    field = v;
    return !v.empty();
  };
}

Setter Count(size_t& field) {
  return [&field](const std::string& v) {
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), field);
    return ec == std::errc() && end == v.data() + v.size() && field > 0 && field < 100000;
  };
}

Setter Integer(int& field) {
  return [&field](const std::string& v) {
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), field);
    return ec == std::errc() && end == v.data() + v.size() && field >= 0 && field < 100000;
  };
}

Setter Real(double& field) {
  return [&field](const std::string& v) {
    std::istringstream in(v);
    double x = 0;
    if (!(in >> x) || !in.eof() || !(x >= 0 && x < 100000)) return false;
    field = x;
    return true;
  };
}

Setter Flag(bool& field) {
  return [&field](const std::string& v) {
    if (v != "yes" && v != "no") return false;
    field = v == "yes";
    return true;
  };
}

Setter Words(std::vector<std::string>& field) {
  return [&field](const std::string& v) {
    field.clear();
    std::istringstream in(v);
    for (std::string w; in >> w;) {
      if (w != "introduction" && w != "chapter" && w != "conclusions") return false;
      field.push_back(w);
    }
    return true;
  };
}

}  // namespace

StructureProfile ReadStructureProfile(const std::string& path) {
  StructureProfile p;
  const std::map<std::string, Setter> keys = {
      {"abstract_heading", Text(p.abstract_heading)},
      {"contents_heading", Text(p.contents_heading)},
      {"introduction_heading", Text(p.introduction_heading)},
      {"conclusions_heading", Text(p.conclusions_heading)},
      {"bibliography_heading", Text(p.bibliography_heading)},
      {"chapter_word", Text(p.chapter_word)},
      {"max_section_heading_width", Count(p.max_section_heading_width)},
      {"note_series", Words(p.note_series)},
      {"max_note_skip", Integer(p.max_note_skip)},
      {"note_width", Count(p.note_width)},
      {"short_line", Count(p.short_line)},
      {"paragraph_end_width", Count(p.paragraph_end_width)},
      {"quotation_intro_width", Count(p.quotation_intro_width)},
      {"max_quotation_lines", Count(p.max_quotation_lines)},
      {"body_lines_per_page", Real(p.body_lines_per_page)},
      {"body_lines_per_note_line", Real(p.body_lines_per_note_line)},
      {"page_lines_spread", Real(p.page_lines_spread)},
      {"trailing_space_marks_line_ends", Flag(p.trailing_space_marks_line_ends)},
  };
  for (const KeyValueLine& kv : ReadKeyValueFile(path)) {
    auto it = keys.find(kv.key);
    if (it == keys.end()) throw InputError(path, kv.line, 1, "unknown key '" + kv.key + "'");
    if (!it->second(kv.value)) {
      throw InputError(path, kv.line, kv.value_column,
                       "'" + kv.value + "' is not a valid value for '" + kv.key + "'");
    }
  }
  return p;
}

}  // namespace emend::tei
