#include "correct/regression_list.hpp"

#include "core/error.hpp"
#include "core/text_file.hpp"

namespace emend::correct {

std::vector<LintFinding> RunRegressionList(const std::string& path, RegressionKind kind,
                                           const Corrector& corrector) {
  TextReadOptions options;
  options.allow_empty = true;
  const std::vector<std::string> lines = ReadTextLines(path, options);
  std::vector<std::string> inputs, expected;
  std::vector<int> numbers;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line.empty() || line[0] == '#') continue;
    const int number = static_cast<int>(i) + 1;
    if (kind == RegressionKind::kGood) {
      inputs.push_back(line);
      expected.push_back(line);
    } else {
      const size_t tab = line.find('\t');
      if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos) {
        throw InputError(path, number, 0, "expected 'OCR line<TAB>corrected line'");
      }
      inputs.push_back(line.substr(0, tab));
      expected.push_back(line.substr(tab + 1));
    }
    numbers.push_back(number);
  }
  // Each line on its own: a list is a set of cases, not one document.
  std::vector<LintFinding> failures;
  for (size_t k = 0; k < inputs.size(); ++k) {
    const CorrectionResult result = corrector.Correct({inputs[k]});
    if (result.lines[0] == expected[k]) continue;
    failures.push_back(
        {numbers[k], 0,
         (kind == RegressionKind::kGood ? "changed: '" : "not corrected as expected: '") +
             inputs[k] + "' became '" + result.lines[0] + "'" +
             (kind == RegressionKind::kWrong ? ", expected '" + expected[k] + "'" : "")});
  }
  return failures;
}

}  // namespace emend::correct
