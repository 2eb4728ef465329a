#include "correct/rule.hpp"

#include "correct/token.hpp"

namespace emend::correct {

bool Evidence::WordLike(std::string_view word) const {
  if (lexicon.IsKnown(word)) return true;
  if (!AllLetters(word) || document.Count(word) < 3) return false;
  // Only plain shapes count (Word, word, WORD): "OoHfl" recurs too, as garbage.
  return IsCapitalised(word) || AllUpper(word) || ToLower(word) == word;
}

}  // namespace emend::correct
