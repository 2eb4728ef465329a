// What the document itself says about its words: how often each form occurs,
// and which words are seen with a possessive apostrophe. Built from the text
// being corrected plus any clean in-domain text (e.g. the letters it quotes).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "correct/token.hpp"

namespace emend::correct {

// "10338/63": digits, a slash, digits (punctuation around it allowed).
bool IsFileNumber(std::string_view chunk);

class DocumentStats {
 public:
  // Counts the word cores of every line (punctuation stripped, case kept).
  void AddDocument(const std::vector<std::string>& lines);
  // Clean text: only its possessives ("People's") are taken as evidence.
  void AddCleanText(const std::vector<std::string>& lines);

  // Occurrences of the exact form in the document.
  int Count(std::string_view form) const;
  // Occurrences ignoring case.
  int CountIgnoringCase(std::string_view form) const;
  // True if "stem's" (or "stem’s") occurs in the document or the clean text.
  bool SeenPossessive(std::string_view stem) const;
  // True if the clean text has the possessive ("Workers'", "People's")
  // followed by this word ("Party").
  bool SeenPossessivePhrase(std::string_view possessive, std::string_view next) const;
  // True if the document itself (or the clean text) has the possessive
  // ("Workers'") before this head noun in either number, case ignored
  // ("Workers' Party" for "Workers parties").
  bool SeenPossessiveBeforeHead(std::string_view possessive, std::string_view head) const;
  // True if "plural'" ("workers'") occurs in the document or the clean text.
  bool SeenPluralPossessive(std::string_view plural) const;
  // Occurrences of the exact form directly followed, on the same line and
  // with no punctuation between, by a lower-case word that is not a function
  // word: the places where a plural would have to be a possessive.
  int CountBeforeContentWord(std::string_view form) const;
  // Occurrences of `second` right after `first` (word cores, no punctuation
  // between; `first` compared ignoring case): "Western powers".
  int CountPair(std::string_view first, std::string_view second) const;
  // Occurrences of an archival file code ("RY", "FO") directly before a
  // file number of the form digits/digits ("RY 10338/16"): the recurring
  // templates of the document's signatures.
  int CountAsFileCode(std::string_view code) const;
  // The document's lines, for rules that look for a pattern elsewhere in it.
  const std::vector<std::string>& lines() const { return lines_; }
  // The same lines as chunks (Tokenize), each line split once for every
  // rule and model that reads the whole document.
  const std::vector<std::vector<Token>>& chunks() const { return chunks_; }
  // Every form the document uses (word cores, case kept) and how often.
  const std::unordered_map<std::string, int>& forms() const { return counts_; }
  // How many word cores the document has in all.
  long words() const { return words_; }

 private:
  void CountPossessives(std::string_view chunk);
  // Records a possessive chunk and the word after it, for SeenPossessiveBeforeHead.
  void AddPossessiveHead(std::string_view chunk, std::string_view next);
  std::unordered_map<std::string, int> counts_;
  std::unordered_map<std::string, int> folded_counts_;
  std::unordered_map<std::string, int> before_content_;
  std::unordered_map<std::string, int> pairs_;  // "first\tsecond", first lower-cased
  std::unordered_map<std::string, int> file_codes_;
  std::unordered_set<std::string> possessive_stems_;
  std::unordered_set<std::string> plural_possessives_;
  std::unordered_set<std::string> possessive_phrases_;
  std::unordered_set<std::string>
      possessive_heads_;  // "Workers' party": head lower-cased, singular
  std::vector<std::string> lines_;
  std::vector<std::vector<Token>> chunks_;
  long words_ = 0;
};

}  // namespace emend::correct
