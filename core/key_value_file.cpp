#include "core/key_value_file.hpp"

#include "core/error.hpp"
#include "core/text_file.hpp"

namespace emend {

std::vector<KeyValueLine> ReadKeyValueFile(const std::string& path) {
  std::vector<KeyValueLine> out;
  const auto lines = ReadTextLines(path);
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::string& line = lines[k];
    const int number = static_cast<int>(k) + 1;
    if (line.empty() || line[0] == '#') continue;
    const size_t colon = line.find(": ");
    if (colon == std::string::npos) throw InputError(path, number, 1, "expected 'key: value'");
    out.push_back(
        {number, line.substr(0, colon), line.substr(colon + 2), static_cast<int>(colon) + 3});
  }
  return out;
}

}  // namespace emend
