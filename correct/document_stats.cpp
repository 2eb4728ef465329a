#include "correct/document_stats.hpp"

#include <cctype>

#include "correct/token.hpp"
#include "correct/word_classes.hpp"

namespace emend::correct {

bool IsFileNumber(std::string_view chunk) {
  const std::string_view core = SplitWord(chunk).core;
  const size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == core.size()) return false;
  for (size_t k = 0; k < core.size(); ++k) {
    if (k != slash && !std::isdigit(static_cast<unsigned char>(core[k]))) return false;
  }
  return true;
}

void DocumentStats::CountPossessives(std::string_view chunk) {
  const WordParts parts = SplitWord(chunk);
  const std::string_view core = parts.core;
  if (!core.empty() && core.back() == 's' &&
      (parts.suffix.starts_with("'") || parts.suffix.starts_with("\u2019"))) {
    plural_possessives_.insert(std::string(core));
  }
  for (std::string_view mark : {std::string_view("'s"), std::string_view("\u2019s")}) {
    if (core.size() > mark.size() && core.substr(core.size() - mark.size()) == mark) {
      possessive_stems_.insert(std::string(core.substr(0, core.size() - mark.size())));
    }
  }
}

namespace {

// A head noun as SeenPossessiveBeforeHead compares it: lower case, singular
// ("parties" and "Party" are "party").
std::string HeadKey(std::string_view word) {
  std::string w = ToLower(word);
  if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.size() > 3 && w.ends_with("s") && !w.ends_with("ss")) return w.substr(0, w.size() - 1);
  return w;
}

}  // namespace

void DocumentStats::AddPossessiveHead(std::string_view chunk, std::string_view next) {
  const WordParts parts = SplitWord(chunk);
  const bool possessive = parts.suffix == "'" || parts.core.ends_with("'s");
  if (!possessive) return;
  const WordParts head = SplitWord(next);
  if (!head.prefix.empty() || head.core.empty() || !AllLetters(head.core)) return;
  possessive_heads_.insert(std::string(parts.core) + (parts.suffix == "'" ? "'" : "") + ' ' +
                           HeadKey(head.core));
}

bool DocumentStats::SeenPossessiveBeforeHead(std::string_view possessive,
                                             std::string_view head) const {
  return possessive_heads_.count(std::string(possessive) + ' ' + HeadKey(head)) > 0;
}

void DocumentStats::AddDocument(const std::vector<std::string>& lines) {
  lines_.insert(lines_.end(), lines.begin(), lines.end());
  for (const std::string& line : lines) {
    const std::vector<Token>& tokens = chunks_.emplace_back(Tokenize(line));
    for (size_t k = 0; k < tokens.size(); ++k) {
      const WordParts parts = SplitWord(tokens[k].text);
      const std::string_view core = parts.core;
      if (core.empty()) continue;
      ++counts_[std::string(core)];
      ++words_;
      ++folded_counts_[ToLower(core)];
      CountPossessives(tokens[k].text);
      if (k + 1 < tokens.size()) AddPossessiveHead(tokens[k].text, tokens[k + 1].text);
      if (k + 1 < tokens.size() && parts.suffix.empty() && parts.prefix.empty() && AllUpper(core) &&
          AllLetters(core) && IsFileNumber(tokens[k + 1].text)) {
        ++file_codes_[std::string(core)];
      }
      if (k + 1 < tokens.size() && parts.suffix.empty()) {
        const WordParts second = SplitWord(tokens[k + 1].text);
        if (second.prefix.empty() && !second.core.empty()) {
          ++pairs_[ToLower(core) + '\t' + std::string(second.core)];
        }
      }
      if (k + 1 < tokens.size() && parts.suffix.empty()) {
        const std::string& next = tokens[k + 1].text;
        if (AllLetters(next) && ToLower(next) == next && !WordClasses::IsFunctionWord(next)) {
          ++before_content_[std::string(core)];
        }
      }
    }
  }
}

void DocumentStats::AddCleanText(const std::vector<std::string>& lines) {
  for (const std::string& line : lines) {
    const std::vector<Token> tokens = Tokenize(line);
    for (size_t k = 0; k < tokens.size(); ++k) {
      CountPossessives(tokens[k].text);
      // A possessive and the word after it ("Workers' Party"), for names
      // the clean text spells out.
      if (k + 1 < tokens.size()) AddPossessiveHead(tokens[k].text, tokens[k + 1].text);
      const WordParts parts = SplitWord(tokens[k].text);
      const bool possessive = parts.suffix == "'" || parts.core.ends_with("'s");
      if (possessive && k + 1 < tokens.size()) {
        const WordParts next = SplitWord(tokens[k + 1].text);
        if (next.prefix.empty() && !next.core.empty()) {
          possessive_phrases_.insert(std::string(parts.core) + (parts.suffix == "'" ? "'" : "") +
                                     ' ' + std::string(next.core));
        }
      }
    }
  }
}

bool DocumentStats::SeenPossessivePhrase(std::string_view possessive, std::string_view next) const {
  return possessive_phrases_.count(std::string(possessive) + ' ' + std::string(next)) > 0;
}

int DocumentStats::Count(std::string_view form) const {
  auto it = counts_.find(std::string(form));
  return it == counts_.end() ? 0 : it->second;
}

int DocumentStats::CountIgnoringCase(std::string_view form) const {
  auto it = folded_counts_.find(ToLower(form));
  return it == folded_counts_.end() ? 0 : it->second;
}

int DocumentStats::CountPair(std::string_view first, std::string_view second) const {
  auto it = pairs_.find(ToLower(first) + '\t' + std::string(second));
  return it == pairs_.end() ? 0 : it->second;
}

int DocumentStats::CountAsFileCode(std::string_view code) const {
  auto it = file_codes_.find(std::string(code));
  return it == file_codes_.end() ? 0 : it->second;
}

int DocumentStats::CountBeforeContentWord(std::string_view form) const {
  auto it = before_content_.find(std::string(form));
  return it == before_content_.end() ? 0 : it->second;
}

bool DocumentStats::SeenPossessive(std::string_view stem) const {
  return possessive_stems_.count(std::string(stem)) > 0;
}

bool DocumentStats::SeenPluralPossessive(std::string_view plural) const {
  return plural_possessives_.count(std::string(plural)) > 0;
}

}  // namespace emend::correct
