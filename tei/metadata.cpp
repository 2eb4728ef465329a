#include "tei/metadata.hpp"

#include <map>

#include "core/error.hpp"
#include "core/text_file.hpp"

namespace emend::tei {

Metadata ReadMetadata(const std::string& path) {
  Metadata m;
  const std::map<std::string, std::string*> fields = {
      {"title", &m.title},           {"author", &m.author},
      {"degree", &m.degree},         {"institution", &m.institution},
      {"date", &m.date},             {"source_id", &m.source_id},
      {"source_publisher", &m.source_publisher}, {"source_date", &m.source_date},
      {"source_note", &m.source_note}, {"editor", &m.editor}};
  const auto lines = ReadTextLines(path);
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::string& line = lines[k];
    const int number = static_cast<int>(k) + 1;
    if (line.empty() || line[0] == '#') continue;
    const size_t colon = line.find(": ");
    if (colon == std::string::npos) throw InputError(path, number, 1, "expected 'key: value'");
    auto it = fields.find(line.substr(0, colon));
    if (it == fields.end()) {
      throw InputError(path, number, 1, "unknown key '" + line.substr(0, colon) + "'");
    }
    *it->second = line.substr(colon + 2);
  }
  for (const auto& [key, value] : fields) {
    if (value->empty()) throw InputError(path, 0, 0, "missing key '" + key + "'");
  }
  return m;
}

}  // namespace emend::tei
