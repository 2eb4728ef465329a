// emend::Corrector (include/emend/corrector.hpp) over the correct/ module.
#include "emend/corrector.hpp"

#include <cmath>

#include "core/data_dir.hpp"
#include "core/text_file.hpp"
#include "correct/corrector.hpp"
#include "correct/emendation.hpp"
#include "correct/lexicon.hpp"
#include "correct/word_classes.hpp"

namespace emend {
namespace {

// An address inside this library, for dladdr to name its file.
void Anchor() {}

std::string DefaultDictionaries() {
  const DataDirLayout layout{EMEND_API_BUILD_DIR, EMEND_SOURCE_DATA_DIR, EMEND_LIB_TO_DATA};
  return FindDataDir(ModulePathOf(reinterpret_cast<const void*>(&Anchor)), layout) +
         "/dictionaries";
}

correct::LexiconOptions LexiconOptionsOf(const CorrectorOptions& options) {
  correct::LexiconOptions lexicon;
  lexicon.hunspell_dir = options.hunspell_dir;
  lexicon.dictionaries_dir =
      options.dictionaries_dir.empty() ? DefaultDictionaries() : options.dictionaries_dir;
  return lexicon;
}

double CheckedThreshold(double threshold) {
  if (!(threshold >= 0 && threshold <= 1)) {
    throw UsageError("emend::Corrector", "apply_threshold must be a number from 0 to 1");
  }
  return threshold;
}

// The lines as ReadTextLines would give them from a file: checked (UTF-8, no
// control characters that end lines) and in NFC.
std::vector<std::string> Checked(const std::vector<std::string>& lines, const std::string& name) {
  std::string bytes;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].find('\n') != std::string::npos) {
      throw InputError(name, static_cast<int>(k) + 1, 0, "a line holds a line end ('\\n')");
    }
    bytes += lines[k];
    bytes += '\n';
  }
  TextReadOptions options;
  options.display_name = name;
  options.allow_empty = true;
  return SplitTextLines(bytes, options);
}

}  // namespace

struct Corrector::Impl {
  explicit Impl(const CorrectorOptions& options)
      : lexicon(LexiconOptionsOf(options)),
        word_classes(options.wordnet_dir),
        corrector(lexicon, word_classes, {CheckedThreshold(options.apply_threshold)}) {}
  correct::Lexicon lexicon;
  correct::WordClasses word_classes;
  correct::Corrector corrector;
};

Corrector::Corrector(const CorrectorOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Corrector::~Corrector() = default;
Corrector::Corrector(Corrector&&) noexcept = default;
Corrector& Corrector::operator=(Corrector&&) noexcept = default;

Correction Corrector::Correct(const std::vector<std::string>& lines,
                              const std::vector<std::string>& clean_text) const {
  const correct::CorrectionResult result =
      impl_->corrector.Correct(Checked(lines, "<text>"), Checked(clean_text, "<clean text>"));
  Correction out;
  out.lines = result.lines;
  for (const correct::Emendation& e : result.emendations) {
    out.emendations.push_back({e.id, e.line, e.column, e.length, e.ocr, e.reading,
                               std::string(correct::ClassName(e.emendation_class)), e.confidence,
                               e.status == correct::EmendationStatus::kApplied, e.evidence});
  }
  out.emendations_tsv = correct::FormatEmendations(result.emendations);
  return out;
}

}  // namespace emend
