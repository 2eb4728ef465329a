// emend's corrector as a library: lines of OCR text in, the corrected lines
// and one record per emendation out. This header and emend/error.hpp are the
// whole public surface; link the target emend::corrector of the CMake package
// (find_package(emend)). Nothing else under the source tree is meant for
// other programs.
//
//   emend::Corrector corrector;  // loads the dictionaries: about a second
//   emend::Correction c = corrector.Correct({"After Titos visit to Moscow"});
//   // c.lines[0] == "After Tito's visit to Moscow"
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "emend/error.hpp"

namespace emend {

struct CorrectorOptions {
  // Debian's Hunspell dictionaries (en_GB, hr_HR, sr_Latn_RS, ru_RU:
  // hunspell-en-gb, hunspell-hr, hunspell-sr, hunspell-ru).
  std::string hunspell_dir = "/usr/share/hunspell";
  // WordNet's dict folder (Debian's wordnet-base).
  std::string wordnet_dir = "/usr/share/wordnet";
  // The project's word lists (names, Serbo-Croatian, Russian, abbreviations,
  // English). Empty: the ones installed with the library
  // (<prefix>/share/emend/dictionaries), or $EMEND_DATA_DIR/dictionaries when
  // that variable is set.
  std::string dictionaries_dir;
  // A proposal at or above this confidence (0 to 1) is applied; below it, it
  // is flagged for an editor and the OCR reading kept.
  double apply_threshold = 0.5;
};

// One change the corrector made or proposes.
struct Emendation {
  std::string id;       // stable for the same input: "e<line>.<column>"
  int line = 0;         // 1-based line of the input
  int column = 0;       // 1-based code point where the OCR reading starts
  int length = 0;       // code points of the OCR reading
  std::string ocr;      // what the OCR read
  std::string reading;  // what the corrector reads there ("" for noise)
  // apostrophe, split, diacritic, cyrillic, confusion, punct or noise.
  std::string emendation_class;
  double confidence = 0;  // 0 to 1
  bool applied = false;   // in the corrected text; false: flagged, the OCR reading stays
  std::string evidence;   // the rule and what it relied on
};

struct Correction {
  // Exactly as many lines as the input; line k is input line k, corrected.
  std::vector<std::string> lines;
  // Applied and flagged emendations, by line then column.
  std::vector<Emendation> emendations;
  // The emendations as `emend correct --emendations` writes them (TSV with
  // a header; README.md describes the columns).
  std::string emendations_tsv;
};

class Corrector {
 public:
  // Loads the dictionaries and WordNet. Throws emend::InputError naming the
  // file or folder that is missing or broken, emend::UsageError for a
  // threshold outside 0 to 1.
  explicit Corrector(const CorrectorOptions& options = {});
  ~Corrector();
  Corrector(Corrector&&) noexcept;
  Corrector& operator=(Corrector&&) noexcept;

  // Corrects a whole document: `lines` are its lines in order (UTF-8, in NFC,
  // without line ends; one OCR line each). `clean_text` is optional
  // in-domain text with correct spelling, used as evidence only. The same
  // input gives the same output. Throws emend::InputError for a line that is
  // not valid UTF-8 or holds a line end.
  Correction Correct(const std::vector<std::string>& lines,
                     const std::vector<std::string>& clean_text = {}) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace emend
