// Corrects the line given as its argument and prints the corrected line,
// then one "class: ocr -> reading" line per emendation. Exit 1 with the
// message on an emend::Error.
#include <iostream>

#include "emend/corrector.hpp"

// Only the public headers are on this program's include path.
#if __has_include("correct/corrector.hpp") || __has_include("core/text_file.hpp")
#error "the corrector's internals are on the public include path"
#endif

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: correct_line 'OCR LINE'\n";
    return 2;
  }
  try {
    const emend::Corrector corrector;
    const emend::Correction result = corrector.Correct({argv[1]});
    std::cout << result.lines.at(0) << "\n";
    for (const emend::Emendation& e : result.emendations) {
      std::cout << e.emendation_class << ": " << e.ocr << " -> " << e.reading
                << (e.applied ? "" : " (flagged)") << "\n";
    }
  } catch (const emend::Error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return 0;
}
