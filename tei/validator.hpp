// RelaxNG validation of a TEI document with libxml2.
#pragma once

#include <string>
#include <vector>

namespace emend::tei {

struct ValidationError {
  int line = 0;         // in the document, 0 if unknown
  std::string message;  // libxml2's, without the trailing newline
};

// Validates xml against the RelaxNG schema (XML syntax) at schema_path.
// Returns the errors, empty when valid (a document that is not well-formed
// gives its parse errors). Throws InputError if the schema cannot be read.
std::vector<ValidationError> Validate(const std::string& xml, const std::string& schema_path);

}  // namespace emend::tei
