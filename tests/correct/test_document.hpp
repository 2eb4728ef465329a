// A DocumentStats of given lines, for the corrector's model tests.
#pragma once

#include <string>
#include <vector>

#include "correct/document_stats.hpp"

namespace emend_test {

inline emend::correct::DocumentStats Document(const std::vector<std::string>& lines) {
  emend::correct::DocumentStats document;
  document.AddDocument(lines);
  return document;
}

}  // namespace emend_test
