#include "tei/metadata.hpp"

#include <map>

#include "core/error.hpp"
#include "core/key_value_file.hpp"

namespace emend::tei {

Metadata ReadMetadata(const std::string& path) {
  Metadata m;
  const std::map<std::string, std::string*> fields = {{"title", &m.title},
                                                      {"author", &m.author},
                                                      {"degree", &m.degree},
                                                      {"institution", &m.institution},
                                                      {"date", &m.date},
                                                      {"source_id", &m.source_id},
                                                      {"source_publisher", &m.source_publisher},
                                                      {"source_date", &m.source_date},
                                                      {"source_note", &m.source_note},
                                                      {"editor", &m.editor}};
  const std::map<std::string, std::string*> optional = {{"byline", &m.byline},
                                                        {"source_kind", &m.source_kind},
                                                        {"source_id_type", &m.source_id_type},
                                                        {"publisher", &m.publisher},
                                                        {"availability", &m.availability}};
  for (const KeyValueLine& kv : ReadKeyValueFile(path)) {
    auto it = fields.find(kv.key);
    if (it == fields.end()) it = optional.find(kv.key);
    if (it == optional.end()) throw InputError(path, kv.line, 1, "unknown key '" + kv.key + "'");
    *it->second = kv.value;
  }
  for (const auto& [key, value] : fields) {
    if (value->empty()) throw InputError(path, 0, 0, "missing key '" + key + "'");
  }
  return m;
}

std::string Byline(const Metadata& m) {
  return m.byline.empty() ? "Thesis submitted for the degree of " + m.degree : m.byline;
}

}  // namespace emend::tei
