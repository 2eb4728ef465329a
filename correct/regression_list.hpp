// A dictionary's regression lists, run through the real corrector (in the
// manner of Hunspell's own .good/.wrong tests): NAME.good holds lines the
// corrector must leave exactly as they are; NAME.wrong holds lines the OCR
// damaged, each followed by a tab and the line the corrector must make of it.
#pragma once

#include <string>
#include <vector>

#include "correct/corrector.hpp"
#include "correct/dictionary_lint.hpp"

namespace emend::correct {

enum class RegressionKind { kGood, kWrong };

// Runs the list at path; a failure names its line and what the corrector made
// of it. Throws InputError for an unreadable file or a .wrong line without a tab.
std::vector<LintFinding> RunRegressionList(const std::string& path, RegressionKind kind,
                                           const Corrector& corrector);

}  // namespace emend::correct
