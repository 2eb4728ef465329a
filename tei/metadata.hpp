// What the TEI header says about the work: read from a small "key: value"
// file that editors keep beside the text (samples/thesis.meta).
#pragma once

#include <string>

namespace emend::tei {

struct Metadata {
  std::string title, author, degree, institution, date;
  std::string source_id, source_publisher, source_date, source_note;
  std::string editor;
};

// Reads the file. Throws InputError ("path:line: message") for a line that is
// not "key: value", an unknown key, or a missing one.
Metadata ReadMetadata(const std::string& path);

}  // namespace emend::tei
