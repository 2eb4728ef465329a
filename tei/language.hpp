// Serbo-Croatian in the English text: the titles of archives, books and
// newspapers the thesis cites, and the terms it quotes. Found from the
// dictionaries, marked in the TEI as <foreign xml:lang="sr-Latn">.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "correct/lexicon.hpp"
#include "tei/document.hpp"

namespace emend::tei {

class LanguageSpotter {
 public:
  explicit LanguageSpotter(const correct::Lexicon& lexicon) : lexicon_(lexicon) {}

  // Byte spans [begin, end) of the Serbo-Croatian runs in text. A run holds
  // at least two words that hr/sr dictionaries know and English ones do not
  // (or one with č ć š ž đ), joined by such words, short function words
  // ("o", "i", "sa"), names, numbers and words neither side knows (OCR
  // damage); an English word, a bracket or a quotation mark ends it.
  std::vector<std::pair<size_t, size_t>> SerboCroatian(const std::string& text) const;

 private:
  const correct::Lexicon& lexicon_;
};

// Wraps the Serbo-Croatian runs of the document's running text (paragraphs,
// headings, notes, contents, bibliography) in foreign xml:lang="sr-Latn". An
// emendation inside a run goes inside the foreign element whole; a run never
// crosses a note, a page break or another language's span.
void MarkSerboCroatian(Document& document, const LanguageSpotter& spotter);

}  // namespace emend::tei
