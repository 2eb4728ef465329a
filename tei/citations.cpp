#include "tei/citations.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "core/trim.hpp"
#include "core/utf8.hpp"
#include "tei/persons.hpp"

namespace emend::tei {
namespace {

bool IsWordChar(char32_t c) { return u_isalnum(static_cast<UChar32>(c)); }

// Letters and digits of folded text: "Novi Prilozi" -> "noviprilozi".
std::string Squeezed(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    if (IsWordChar(utf8::Next(text, i))) out += Folded(text.substr(start, i - start));
  }
  return out;
}

// Digits and dashes: "1952- 1954" -> "1952-1954".
std::string YearsOf(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if ((c >= '0' && c <= '9') || c == '-') out += c;
  }
  return out;
}

// Folded text with, for each of its bytes, the byte of the original it came from.
struct FoldedText {
  std::string text;
  std::vector<std::size_t> from;  // one more than text.size(): the end
};

FoldedText FoldWithOffsets(std::string_view original) {
  FoldedText out;
  std::size_t i = 0;
  while (i < original.size()) {
    const std::size_t start = i;
    utf8::Next(original, i);
    const std::string piece = Folded(original.substr(start, i - start));
    out.text += piece;
    out.from.insert(out.from.end(), piece.size(), start);
  }
  out.from.push_back(original.size());
  return out;
}

bool WordStartsAt(const std::string& text, std::size_t at) {
  if (at == 0) return true;
  std::size_t back = at - 1;
  while (back > 0 && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
  std::size_t k = back;
  return !IsWordChar(utf8::Next(text, k));
}

struct Span {
  std::size_t begin, end;  // bytes of the note's plain text
  std::string target;
};

// The short titles in one note's plain text.
std::vector<Span> FindCitations(const std::string& plain,
                                const std::vector<BibliographyKey>& keys) {
  const FoldedText folded = FoldWithOffsets(plain);
  const std::string& f = folded.text;
  std::vector<Span> spans;
  std::size_t covered = 0;

  // The end of a title: the first comma, semicolon, parenthesis or bracket,
  // or just after an ellipsis.
  const auto title_end = [&](std::size_t from) {
    const std::size_t stop = f.find_first_of(",;([", from);
    const std::size_t dots = f.find("...", from);
    if (dots != std::string::npos && (stop == std::string::npos || dots < stop)) return dots + 3;
    return stop == std::string::npos ? f.size() : stop;
  };
  std::vector<std::pair<std::size_t, Span>> found;  // in folded bytes; target: the entry's id
  for (const BibliographyKey& key : keys) {
    if (!key.author.empty() && key.title.size() >= 6) {
      const std::string needle = key.author + ", ";
      for (std::size_t at = f.find(needle); at != std::string::npos; at = f.find(needle, at + 1)) {
        if (!WordStartsAt(f, at)) continue;
        std::size_t title = at + needle.size();
        // The given name, when the note gives it.
        const std::size_t comma = f.find(", ", title);
        if (comma != std::string::npos && !key.given.empty() &&
            Squeezed(f.substr(title, comma - title)) == key.given) {
          title = comma + 2;
        }
        const std::size_t end = title_end(title);
        const std::string words = Squeezed(f.substr(title, end - title));
        if (words.size() < 6 || key.title.compare(0, words.size(), words) != 0) continue;
        found.push_back({at, {at, end, key.id}});
      }
    }
    if (!key.acronym.empty()) {
      const std::string needle = Folded(key.acronym) + ",";
      for (std::size_t at = f.find(needle); at != std::string::npos; at = f.find(needle, at + 1)) {
        if (!WordStartsAt(f, at)) continue;
        std::size_t end = at + key.acronym.size();
        if (!key.years.empty()) {
          const std::size_t stop = f.find_first_of(",;", end + 1);
          const std::size_t years_end = stop == std::string::npos ? f.size() : stop;
          if (YearsOf(f.substr(end + 1, years_end - end - 1)) != key.years) continue;
          end = years_end;
        }
        found.push_back({at, {at, end, key.id}});
      }
    }
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  // In the note's order; where two overlap, the first.
  for (auto& [at, span] : found) {
    while (span.end > span.begin && f[span.end - 1] == ' ') --span.end;
    if (span.begin < covered) continue;
    spans.push_back({folded.from[span.begin], folded.from[span.end], "#" + span.target});
    covered = span.end;
  }
  return spans;
}

std::size_t PlainLength(const Inline& in) {
  if (in.kind == InlineKind::kText) return in.text.size();
  return PlainText({in}).size();
}

// Wraps [span.begin, span.end) of the content's plain text in a ref, taking
// inline elements that it cuts whole. The span must be Linkable.
void Wrap(std::vector<Inline>& content, const Span& span) {
  std::vector<Inline> before, inside, after;
  std::size_t at = 0;
  for (Inline& in : content) {
    const std::size_t length = PlainLength(in);
    const std::size_t end = at + length;
    if (end <= span.begin) {
      before.push_back(std::move(in));
    } else if (at >= span.end) {
      after.push_back(std::move(in));
    } else if (in.kind == InlineKind::kText) {
      const std::size_t from = std::max(at, span.begin) - at;
      const std::size_t to = std::min(end, span.end) - at;
      if (from > 0) {
        Inline head;
        head.text = in.text.substr(0, from);
        before.push_back(std::move(head));
      }
      Inline middle;
      middle.text = in.text.substr(from, to - from);
      inside.push_back(std::move(middle));
      if (to < in.text.size()) {
        Inline tail;
        tail.text = in.text.substr(to);
        after.push_back(std::move(tail));
      }
    } else {
      inside.push_back(std::move(in));
    }
    at = end;
  }
  Inline ref;
  ref.kind = InlineKind::kRef;
  ref.target = span.target;
  ref.content = std::move(inside);
  content = std::move(before);
  content.push_back(std::move(ref));
  for (Inline& in : after) content.push_back(std::move(in));
}

// True when the span holds only what a ref may: text, emendations, names and
// foreign runs (not a page break or a note).
bool Linkable(const std::vector<Inline>& content, const Span& span) {
  std::size_t at = 0;
  for (const Inline& in : content) {
    const std::size_t end = at + PlainLength(in);
    const bool overlaps = end > span.begin && at < span.end;
    const bool zero_width_inside = end == at && at > span.begin && at < span.end;
    if (overlaps || zero_width_inside) {
      if (in.kind != InlineKind::kText && in.kind != InlineKind::kChoice &&
          in.kind != InlineKind::kPersName && in.kind != InlineKind::kForeign) {
        return false;
      }
    }
    at = end;
  }
  return true;
}

int LinkNote(Inline& note, const std::vector<BibliographyKey>& keys) {
  const std::string plain = PlainText(note.content);
  std::vector<Span> spans = FindCitations(plain, keys);
  int linked = 0;
  // From the last, so that the earlier spans' offsets stay right.
  for (auto span = spans.rbegin(); span != spans.rend(); ++span) {
    if (!Linkable(note.content, *span)) continue;
    Wrap(note.content, *span);
    ++linked;
  }
  return linked;
}

int LinkIn(std::vector<Inline>& content, const std::vector<BibliographyKey>& keys) {
  int linked = 0;
  for (Inline& in : content) {
    if (in.kind == InlineKind::kNote) linked += LinkNote(in, keys);
  }
  return linked;
}

int LinkIn(Div& div, const std::vector<BibliographyKey>& keys) {
  int linked = 0;
  for (Block& block : div.blocks) {
    linked += LinkIn(block.content, keys);
    for (Block& inner : block.blocks) linked += LinkIn(inner.content, keys);
  }
  for (Div& child : div.divisions) linked += LinkIn(child, keys);
  return linked;
}

void CollectKeys(const Div& div, std::vector<BibliographyKey>& keys, std::string& author,
                 std::string& given) {
  for (const Block& block : div.blocks) {
    if (block.kind != BlockKind::kListBibl) continue;
    for (const Item& item : block.items) {
      if (item.id.empty()) continue;
      const std::string text = Trim(PlainText(item.content), " \t\n");
      BibliographyKey key;
      key.id = item.id;
      std::string rest;
      if (text.starts_with("---")) {  // the same author again
        const std::size_t comma = text.find(',');
        rest = comma == std::string::npos ? "" : text.substr(comma + 1);
        key.author = author;
        key.given = given;
      } else {
        const std::size_t comma = text.find(", ");
        const std::string surname = comma == std::string::npos ? "" : text.substr(0, comma);
        // A surname: one word, perhaps hyphenated, capitalised.
        const bool one_word =
            !surname.empty() && surname.find(' ') == std::string::npos && surname.size() < 40;
        if (one_word) {
          key.author = Folded(surname);
          const std::size_t next = text.find(", ", comma + 2);
          key.given =
              next == std::string::npos ? "" : Squeezed(text.substr(comma + 2, next - comma - 2));
          rest = next == std::string::npos ? text.substr(comma + 2) : text.substr(next + 2);
        }
        author = key.author;
        given = key.given;
      }
      key.title = Squeezed(rest);
      // "(FRUS), 1952-1954": an acronym in brackets, the years after it.
      const std::size_t open = text.find('(');
      const std::size_t close = open == std::string::npos ? open : text.find(')', open);
      if (close != std::string::npos && close - open >= 3 && close - open <= 7) {
        const std::string inner = text.substr(open + 1, close - open - 1);
        bool acronym = true;
        for (const char c : inner) acronym = acronym && c >= 'A' && c <= 'Z';
        if (acronym) {
          key.acronym = inner;
          if (text.compare(close + 1, 2, ", ") == 0) {
            const std::size_t stop = text.find(',', close + 3);
            key.years = YearsOf(text.substr(
                close + 3, stop == std::string::npos ? std::string::npos : stop - close - 3));
          }
        }
      }
      if (!key.author.empty() || !key.acronym.empty()) keys.push_back(std::move(key));
    }
  }
  for (const Div& child : div.divisions) CollectKeys(child, keys, author, given);
}

}  // namespace

std::vector<BibliographyKey> BibliographyKeys(const Document& document) {
  std::vector<BibliographyKey> keys;
  std::string author, given;
  for (const Div& div : document.back) CollectKeys(div, keys, author, given);
  return keys;
}

int LinkCitations(Document& document) {
  const std::vector<BibliographyKey> keys = BibliographyKeys(document);
  if (keys.empty()) return 0;
  int linked = 0;
  for (std::vector<Div>* part : {&document.front, &document.body}) {
    for (Div& div : *part) linked += LinkIn(div, keys);
  }
  return linked;
}

}  // namespace emend::tei
