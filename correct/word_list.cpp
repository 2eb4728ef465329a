#include "correct/word_list.hpp"

#include "core/error.hpp"
#include "core/text_file.hpp"
#include "core/utf8.hpp"

namespace emend::correct {

WordList ReadWordList(const std::string& path) {
  TextReadOptions options;
  options.max_line_bytes = 1000;
  options.allow_empty = true;
  std::vector<std::string> lines = ReadTextLines(path, options);
  WordList list{path, {}, {}};
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    const int number = static_cast<int>(i) + 1;
    if (line.empty() || line[0] == '#') continue;
    if (line.front() == ' ' || line.front() == '\t') {
      throw InputError(path, number, 1, "entry starts with whitespace: '" + line + "'");
    }
    if (line.back() == ' ' || line.back() == '\t') {
      throw InputError(path, number, static_cast<int>(utf8::Length(line)),
                       "entry ends with whitespace: '" + line + "'");
    }
    if (size_t space = line.find_first_of(" \t"); space != std::string::npos) {
      throw InputError(path, number, static_cast<int>(utf8::Length(line.substr(0, space))) + 1,
                       "one word per line expected: '" + line + "'");
    }
    list.entries.push_back(line);
    list.lines.push_back(number);
  }
  return list;
}

}  // namespace emend::correct
