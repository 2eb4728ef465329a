// Serbo-Croatian letters the English OCR misread or dropped: "Mi6unovi6",
// "Popovid", "VidiC" (misreads of ć/č), "Drzavnog", "Secanja" (the hook lost).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "correct/letter_channel.hpp"
#include "correct/noisy_channel.hpp"
#include "correct/rule.hpp"

namespace emend::correct {

// For a word no dictionary knows, tries the letters č ć š ž ç where the OCR's
// letters could stand for them and keeps a form the Serbo-Croatian
// dictionaries, the names list or English know. A misread trace (6, a final
// d, a capital C inside a word) allows names, and a listed name wins over a
// common word ("KoCa" is Koča, not koća); a word with no trace is only
// restored when it is a common word (a name typed without diacritics stays),
// and only inside Serbo-Croatian text: a neighbouring word is Serbo-Croatian
// and not English, or reads as one with its hooks ("Kabinet Drzavnog
// Sekretara", "Drzavna zalozba"; not "General Zezelj is").
// A name next to a name restored from a misread trace ("Koca Popovid") was
// typed with its diacritics too: its listed diacritic form is restored.
// A word no dictionary knows that is a listed word with its letters outside
// ASCII dropped ("Charg", "Jnos", "Kdr": the English OCR left out the letters
// it could not read) is that word.
//
// The readings those gates allow are weighed on the noisy channel's footing
// (NoisyChannel::Weigh): the letter channel (letter_channel.hpp), learned
// from the document's forms that read as exactly one listed word, times how
// often the document writes the reading in any of its forms, against each
// other and the OCR form kept. The best reading's posterior is the
// emendation's confidence.
class DiacriticRule : public Rule {
 public:
  explicit DiacriticRule(const NoisyChannel& channel) : channel_(channel) {}
  std::string_view name() const override { return "diacritic"; }
  void Apply(LineEditor& line, const Evidence& evidence) const override;

  // The channel as learned from the document (after the first Apply).
  const LetterChannel& letters() const { return letters_; }

 private:
  struct Result {
    std::string reading;  // empty: no proposal
    double confidence = 0;
    std::string evidence;
    bool trace = false;  // the reading explains a misread (not only dropped hooks)
  };
  struct Candidate {
    std::string text;
    int changes;
    bool trace;
    bool name;  // in the names list
  };
  // The readings the lexicon and the gates allow; empty when none, or when a
  // name typed without diacritics rules the restoration out.
  std::vector<Candidate> Candidates(const std::string& word, const Evidence& evidence,
                                    bool beside_traced_name) const;
  // Learns the letter channel and the readings' uses from the document.
  void Learn(const Evidence& evidence) const;
  // log P(ocr | reading) and the reading's uses, the occurrence of `ocr`
  // judged left out.
  Alternative Weighed(const std::string& reading, const std::string& ocr) const;
  std::string Describe(const std::string& reading, const std::string& ocr, double posterior) const;
  // beside_traced_name: the word stands next to a name restored from a
  // misread, so a listed name without a trace of its own may be restored.
  Result Restore(const std::string& word, const Evidence& evidence, bool beside_traced_name) const;
  const Result& Lookup(const std::string& word, const Evidence& evidence) const;
  const Result& LookupBesideName(const std::string& word, const Evidence& evidence) const;
  // A chunk that is a Serbo-Croatian word and not English, or that no
  // dictionary knows and reads as a common Serbo-Croatian word with its hooks.
  bool SerboCroatianWord(std::string_view chunk, const Evidence& evidence) const;
  // A word two either side (or across the line's edge) is Serbo-Croatian.
  bool InSerboCroatianSpan(const LineEditor& line, size_t i, const Evidence& evidence) const;
  // A listed word with letters outside ASCII, by its form with those letters
  // dropped ("Chargé" under "Charg", "Kádár" under "Kdr"); "" where two
  // listed words share a form. Built on first use.
  const std::string& DroppedLetters(const std::string& form, const Evidence& evidence) const;
  mutable std::unordered_map<std::string, std::string> dropped_;
  mutable bool dropped_built_ = false;
  mutable std::unordered_map<std::string, Result> cache_;
  mutable std::unordered_map<std::string, Result> beside_name_cache_;
  const NoisyChannel& channel_;
  mutable LetterChannel letters_;
  // Listed word -> the document's uses of the forms that read as it alone;
  // OCR form -> that word.
  mutable std::unordered_map<std::string, int> uses_;
  mutable std::unordered_map<std::string, std::string> learned_from_;
  mutable bool learned_ = false;
};

}  // namespace emend::correct
