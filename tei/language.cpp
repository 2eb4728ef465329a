#include "tei/language.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "core/utf8.hpp"

namespace emend::tei {
namespace {

enum class WordKind { kSerboCroatian, kNeutral, kOther };

bool HasSerboCroatianLetter(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    switch (utf8::Next(word, i)) {
      case U'č':
      case U'ć':
      case U'š':
      case U'ž':
      case U'đ':
      case U'Č':
      case U'Ć':
      case U'Š':
      case U'Ž':
      case U'Đ':
        return true;
      default:
        break;
    }
  }
  return false;
}

// Words that join a Serbo-Croatian run but never start one: prepositions and
// conjunctions English also spells ("i", "o", "a", "do", "na").
bool IsJoiningWord(std::string_view word) {
  static const std::set<std::string, std::less<>> words = {"a",  "i",   "u",   "o",  "s",   "k",
                                                           "sa", "na",  "za",  "od", "do",  "iz",
                                                           "po", "pri", "kod", "te", "ili", "ka"};
  return words.count(word) > 0;
}

struct Word {
  size_t begin, end;
  WordKind kind;
  bool strong;  // counts towards a run's two words
};

// Between two words of a run: spaces, commas, colons, hyphens, dots of
// abbreviations, digits. Brackets, quotation marks and other marks end it.
bool Joins(std::string_view gap) {
  for (char c : gap) {
    if (std::string_view(" ,:-.0123456789/").find(c) == std::string_view::npos) return false;
  }
  return gap.find(". ") == std::string_view::npos || gap.size() < 4;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> LanguageSpotter::SerboCroatian(
    const std::string& text) const {
  std::vector<Word> words;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    const char32_t c = utf8::Next(text, i);
    if (!u_isalpha(static_cast<UChar32>(c))) continue;
    size_t end = i;
    while (end < text.size()) {
      size_t next = end;
      if (!u_isalpha(static_cast<UChar32>(utf8::Next(text, next)))) break;
      end = next;
    }
    i = end;
    const std::string_view w(text.data() + start, end - start);
    Word word{start, end, WordKind::kOther, false};
    if (lexicon_.IsName(w) || IsJoiningWord(w)) {
      // Names join a run ("Prilozi za biografiju Josipa Broza Tita") but are no language.
      word.kind = WordKind::kNeutral;
    } else if (HasSerboCroatianLetter(w)) {
      word.kind = WordKind::kSerboCroatian;
      word.strong = true;
    } else if (lexicon_.IsEnglish(w)) {
      word.kind = WordKind::kOther;
    } else if (lexicon_.IsSerboCroatian(w)) {
      word.kind = WordKind::kSerboCroatian;
      // A short word both languages could hold ("Tito", "ne") does not make a run alone.
      word.strong = w.size() >= 4;
    } else {
      word.kind = WordKind::kNeutral;  // unknown: OCR damage or a rare form
    }
    words.push_back(word);
  }
  std::vector<std::pair<size_t, size_t>> spans;
  size_t k = 0;
  while (k < words.size()) {
    if (words[k].kind != WordKind::kSerboCroatian) {
      ++k;
      continue;
    }
    // Extend over joining words while the gaps join; end at the last SC word.
    size_t last = k, strong = 0, diacritic = 0;
    for (size_t j = k; j < words.size(); ++j) {
      if (j > k && !Joins(std::string_view(text).substr(words[j - 1].end,
                                                        words[j].begin - words[j - 1].end)))
        break;
      if (words[j].kind == WordKind::kOther) break;
      const bool name_after_space =
          words[j].kind == WordKind::kNeutral && j > k && last == j - 1 &&
          text.substr(words[j - 1].end, words[j].begin - words[j - 1].end) == " " &&
          std::isupper(static_cast<unsigned char>(text[words[j].begin])) &&
          lexicon_.IsName(
              std::string_view(text).substr(words[j].begin, words[j].end - words[j].begin));
      if (name_after_space) {  // "biografiju Josipa Broza Tita": a declined name, part of the title
        last = j;
        ++strong;
      }
      if (words[j].kind == WordKind::kSerboCroatian) {
        last = j;
        strong += words[j].strong;
        diacritic += HasSerboCroatianLetter(
            std::string_view(text).substr(words[j].begin, words[j].end - words[j].begin));
      }
    }
    if (strong >= 2 || diacritic >= 1) spans.emplace_back(words[k].begin, words[last].end);
    k = last + 1;
  }
  return spans;
}

namespace {

std::string Shown(const Inline& in) {
  if (in.kind == InlineKind::kText) return in.text;
  return in.choice.proposed ? in.choice.sic : in.choice.corr;
}

// Marks the runs in items[from, to), all text or emendations.
void MarkRun(std::vector<Inline>& items, size_t from, size_t to, const LanguageSpotter& spotter,
             std::vector<Inline>& out) {
  std::string flat;
  std::vector<size_t> starts;
  for (size_t i = from; i < to; ++i) {
    starts.push_back(flat.size());
    flat += Shown(items[i]);
  }
  starts.push_back(flat.size());
  auto spans = spotter.SerboCroatian(flat);
  // An emendation is whole: a span that starts or ends inside one takes it all.
  for (auto& [b, e] : spans) {
    for (size_t i = from; i < to; ++i) {
      const size_t s = starts[i - from], t = starts[i - from + 1];
      if (items[i].kind != InlineKind::kChoice) continue;
      if (b > s && b < t) b = s;
      if (e > s && e < t) e = t;
    }
  }
  size_t span = 0;
  Inline* foreign = nullptr;
  auto emit = [&](Inline piece, size_t begin) {
    while (span < spans.size() && begin >= spans[span].second) {
      ++span;
      foreign = nullptr;
    }
    const bool inside = span < spans.size() && begin >= spans[span].first;
    if (!inside) {
      foreign = nullptr;
      out.push_back(std::move(piece));
      return;
    }
    if (!foreign) {
      Inline f;
      f.kind = InlineKind::kForeign;
      f.lang = "sr-Latn";
      out.push_back(std::move(f));
      foreign = &out.back();
    }
    foreign->content.push_back(std::move(piece));
  };
  for (size_t i = from; i < to; ++i) {
    const size_t s = starts[i - from], t = starts[i - from + 1];
    if (items[i].kind == InlineKind::kChoice) {
      emit(std::move(items[i]), s);
      continue;
    }
    // Cut the text at every span boundary inside it.
    std::vector<size_t> cuts = {s};
    for (const auto& [b, e] : spans) {
      if (b > s && b < t) cuts.push_back(b);
      if (e > s && e < t) cuts.push_back(e);
    }
    cuts.push_back(t);
    std::sort(cuts.begin(), cuts.end());
    for (size_t c = 0; c + 1 < cuts.size(); ++c) {
      if (cuts[c] == cuts[c + 1]) continue;
      Inline piece;
      piece.text = flat.substr(cuts[c], cuts[c + 1] - cuts[c]);
      emit(std::move(piece), cuts[c]);
    }
  }
}

void MarkInlines(std::vector<Inline>& content, const LanguageSpotter& spotter) {
  std::vector<Inline> out;
  size_t i = 0;
  while (i < content.size()) {
    const InlineKind kind = content[i].kind;
    if (kind == InlineKind::kText || kind == InlineKind::kChoice) {
      size_t j = i;
      while (j < content.size() &&
             (content[j].kind == InlineKind::kText || content[j].kind == InlineKind::kChoice)) {
        ++j;
      }
      MarkRun(content, i, j, spotter, out);
      i = j;
      continue;
    }
    if (kind == InlineKind::kNote || kind == InlineKind::kRef)
      MarkInlines(content[i].content, spotter);
    out.push_back(std::move(content[i]));
    ++i;
  }
  content = std::move(out);
}

void MarkBlocks(std::vector<Block>& blocks, const LanguageSpotter& spotter) {
  for (Block& b : blocks) {
    MarkInlines(b.content, spotter);
    MarkBlocks(b.blocks, spotter);
    for (Item& item : b.items) MarkInlines(item.content, spotter);
  }
}

void MarkDivs(std::vector<Div>& divs, const LanguageSpotter& spotter) {
  for (Div& d : divs) {
    MarkBlocks(d.blocks, spotter);
    MarkDivs(d.divisions, spotter);
  }
}

}  // namespace

void MarkSerboCroatian(Document& document, const LanguageSpotter& spotter) {
  MarkDivs(document.front, spotter);
  MarkDivs(document.body, spotter);
  MarkDivs(document.back, spotter);
}

}  // namespace emend::tei
