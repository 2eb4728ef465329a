// libFuzzer: the corrector on arbitrary text with an arbitrary threshold.
// The first byte chooses the threshold (0 to 1); the rest is the OCR text,
// which must first pass the text reader as `emend correct` requires. The
// dictionaries are loaded once. A hang shows as a libFuzzer timeout.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/error.hpp"
#include "core/text_file.hpp"
#include "correct/corrector.hpp"
#include "correct/lexicon.hpp"
#include "correct/word_classes.hpp"

namespace {

struct Resources {
  std::unique_ptr<emend::correct::Lexicon> lexicon;
  std::unique_ptr<emend::correct::WordClasses> classes;
};

const Resources& Load() {
  static const Resources resources = [] {
    emend::correct::LexiconOptions options;
    options.dictionaries_dir = std::string(EMEND_SOURCE_DIR) + "/dictionaries";
    return Resources{std::make_unique<emend::correct::Lexicon>(options),
                     std::make_unique<emend::correct::WordClasses>(EMEND_WORDNET_DIR)};
  }();
  return resources;
}

}  // namespace

// The dictionaries load before the first input, so the load (seconds under
// ASan) does not count against -timeout.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Load();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const Resources& r = Load();
  const double threshold = data[0] / 255.0;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  std::vector<std::string> lines;
  try {
    lines = emend::SplitTextLines(text, {"fuzz.txt", 100000, true});
  } catch (const emend::InputError&) {
    return 0;
  }
  const emend::correct::Corrector corrector(*r.lexicon, *r.classes, {threshold});
  const emend::correct::CorrectionResult result = corrector.Correct(lines);
  if (result.lines.size() != lines.size()) __builtin_trap();  // one line out per line in
  return 0;
}
