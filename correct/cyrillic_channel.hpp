// How the typescript's Cyrillic letters read to an English OCR engine: the
// channel of the Cyrillic rule (cyrillic_rule.hpp). A table gives the Latin
// strings each letter looks like (н as "h", д as "fl", ф as "<t>"); the
// document teaches how often each is the one read, and how often a letter
// is read as nothing the table explains.
//
// Learned in the manner of TICCL: every chunk the document uses that the
// table reads, letter for letter, as exactly one listed Russian word
// ("Onucb" for Опись, "fleno" for Дело) counts the look-alikes of its
// alignment, as often as the document uses it. Each pair of the table
// starts with a count of one.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace emend::correct {

// Lower case, by ICU (Cyrillic and Latin alike).
std::u32string LowerCase(std::u32string_view s);

// The look-alikes of a lower-case Cyrillic letter (а to я, ё), or nullptr.
const std::vector<std::u32string>* LookAlikesOf(char32_t c);

// Edit distance from `latin` to `cyrillic` (both lower case) where a letter
// read as one of its look-alikes costs nothing and any other substitution,
// insertion or deletion costs one; above `max_cost`, some value above it.
int Align(const std::u32string& latin, const std::u32string& cyrillic, int max_cost);

class CyrillicChannel {
 public:
  // The document's evidence: `latin` is how the OCR read `cyrillic` (both
  // lower case), `uses` times; counted along the alignment's best path.
  void Observe(const std::u32string& latin, const std::u32string& cyrillic, int uses);

  // log P(latin | cyrillic) along the best alignment: each letter read as a
  // look-alike at its learned rate, each letter the table does not explain
  // (read as another, added or lost) at the rate of such letters.
  double LogProbability(const std::u32string& latin, const std::u32string& cyrillic) const;

  // How often the document showed a letter read as this look-alike.
  int Observed(char32_t letter, const std::u32string& latin) const;
  // The share of observed letters the table did not explain (with one of
  // ten prior letters unexplained).
  double unexplained_rate() const;

 private:
  struct Step {
    size_t latin_from, latin_to, cyrillic_from, cyrillic_to;
    bool explained;
  };
  // The most likely alignment, as steps; its log-probability in `log_p`.
  std::vector<Step> BestPath(const std::u32string& latin, const std::u32string& cyrillic,
                             double* log_p) const;
  double LogLookAlike(char32_t letter, const std::u32string& latin) const;

  std::map<std::pair<char32_t, std::u32string>, int> observed_;
  std::map<char32_t, int> letter_totals_;
  double unexplained_ = 0, letters_ = 0;
};

}  // namespace emend::correct
