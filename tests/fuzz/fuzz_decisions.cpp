// libFuzzer: arbitrary bytes as an editors' decisions file. Parsing either
// succeeds or is an InputError; whatever parses, appended to the file again,
// reads back with the same fields (the escaping round-trips).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "correct/decisions.hpp"

namespace {

bool Same(const emend::correct::Decision& a, const emend::correct::Decision& b) {
  return a.action == b.action && a.ocr == b.ocr && a.proposed == b.proposed &&
         a.before == b.before && a.after == b.after && a.reading == b.reading && a.note == b.note;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace emend::correct;
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<Decision> parsed;
  try {
    parsed = ParseDecisions(text, "fuzz.tsv");
  } catch (const emend::InputError&) {
    return 0;
  }
  for (const Decision& d : parsed) Describe(d);
  const std::vector<Decision> again = ParseDecisions(AppendDecisions("", parsed), "again.tsv");
  if (again.size() != parsed.size()) __builtin_trap();
  for (size_t i = 0; i < parsed.size(); ++i) {
    if (!Same(parsed[i], again[i])) __builtin_trap();
  }
  // Appending to the original bytes keeps what was there and adds them all.
  const std::vector<Decision> appended =
      ParseDecisions(AppendDecisions(text, parsed), "appended.tsv");
  if (appended.size() != 2 * parsed.size()) __builtin_trap();
  return 0;
}
