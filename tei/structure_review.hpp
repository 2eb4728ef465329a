// The places in the recovered structure an editor should look at: notes whose
// number or mark was inferred, notes kept as placeholders without their mark,
// page ends placed by line counts. Each comes with the decision line that
// would confirm it (tei/structure_decisions.hpp), ready to edit and commit.
#pragma once

#include <string>
#include <vector>

#include "tei/structure.hpp"

namespace emend::tei {

struct StructureDoubt {
  size_t line = 0;       // 0-based line of the text it concerns
  std::string what;      // "note I.38: number inferred (the line has none)"
  std::string decision;  // "note\tI.38\tVladimir Dedijer, NoviPrilozi" (TSV, as the file takes it)
};

// In text order. `lines` are the lines the structure was recovered from.
std::vector<StructureDoubt> StructureDoubts(const std::vector<std::string>& lines,
                                            const Structure& s);

}  // namespace emend::tei
