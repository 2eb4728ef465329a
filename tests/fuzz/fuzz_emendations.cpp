// libFuzzer: arbitrary bytes as an emendations file, checked as `emend tei`
// checks it, parsed, and applied to a text. The input is "TEXT\0TSV": the
// part before the first NUL is the OCR text (when there is none, a fixed one).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "core/text_file.hpp"
#include "correct/emendation.hpp"
#include "tei/reading.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  const std::string text =
      nul == std::string::npos ? "After Titos visit\nStalins death\n" : input.substr(0, nul);
  const std::string tsv = nul == std::string::npos ? input : input.substr(nul + 1);
  try {
    const auto lines = emend::SplitTextLines(text, {"fuzz.txt", 100000, true});
    emend::tei::CheckEmendationBytes(tsv, "fuzz.tsv");
    const auto records = emend::correct::ParseEmendations(tsv, "fuzz.tsv");
    emend::tei::ApplyEmendations(lines, records, "fuzz.tsv");
    // What is written reads back the same.
    const std::string again = emend::correct::FormatEmendations(records);
    if (emend::correct::FormatEmendations(emend::correct::ParseEmendations(again, "again.tsv")) !=
        again) {
      __builtin_trap();
    }
  } catch (const emend::InputError&) {
  }
  return 0;
}
