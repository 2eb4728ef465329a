#include "tei/persons.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "core/error.hpp"
#include "core/text_file.hpp"
#include "core/tsv_field.hpp"
#include "core/utf8.hpp"

namespace emend::tei {
namespace {

bool IsLetter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

// A word of the text: its byte span.
struct Word {
  std::size_t begin, end;
};

std::vector<Word> Words(std::string_view text) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    if (!IsLetter(utf8::Next(text, i))) continue;
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t next = end;
      if (!IsLetter(utf8::Next(text, next))) break;
      end = next;
    }
    words.push_back({start, end});
    i = end;
  }
  return words;
}

// Finds persons' forms in runs of text and emended words.
class Marker {
 public:
  explicit Marker(const std::vector<Person>& persons) : persons_(&persons) {
    for (std::size_t p = 0; p < persons.size(); ++p) {
      for (const std::vector<std::string>& form : persons[p].forms) {
        if (!form.empty()) forms_[form.front()].push_back({form, p});
      }
    }
    // The longest form first, so that "Josip Broz Tito" wins over "Tito".
    for (auto& [first, list] : forms_) {
      std::stable_sort(list.begin(), list.end(), [](const Form& a, const Form& b) {
        return a.words.size() > b.words.size();
      });
    }
    ids_.reserve(persons.size());
    for (const Person& person : persons) ids_.push_back("#" + person.id);
  }

  void Mark(std::vector<Inline>& content) {
    std::vector<Inline> out;
    out.reserve(content.size());
    for (Inline& in : content) {
      switch (in.kind) {
        case InlineKind::kText:
          MarkText(in.text, out);
          break;
        case InlineKind::kChoice:
          MarkChoice(std::move(in), out);
          break;
        case InlineKind::kNote:
        case InlineKind::kForeign:
          Mark(in.content);
          out.push_back(std::move(in));
          break;
        default:
          out.push_back(std::move(in));
      }
    }
    content = std::move(out);
  }

  void Mark(Div& div) {
    for (Block& block : div.blocks) Mark(block);
    for (Div& child : div.divisions) Mark(child);
  }

  const std::set<std::size_t>& found() const { return found_; }

 private:
  struct Form {
    std::vector<std::string> words;
    std::size_t person;
  };

  void Mark(Block& block) {
    if (block.kind == BlockKind::kList) return;  // the contents: titles, not mentions
    Mark(block.content);
    for (Block& inner : block.blocks) Mark(inner);
    if (block.kind == BlockKind::kListBibl) {
      for (Item& item : block.items) Mark(item.content);
    }
  }

  static Inline Text(std::string text) {
    Inline in;
    in.text = std::move(text);
    return in;
  }

  Inline PersName(std::size_t person, std::vector<Inline> content) {
    found_.insert(person);
    Inline in;
    in.kind = InlineKind::kPersName;
    in.target = ids_[person];
    in.content = std::move(content);
    return in;
  }

  void MarkText(const std::string& text, std::vector<Inline>& out) {
    const std::vector<Word> words = Words(text);
    std::size_t written = 0;
    for (std::size_t w = 0; w < words.size(); ++w) {
      const auto candidates =
          forms_.find(text.substr(words[w].begin, words[w].end - words[w].begin));
      if (candidates == forms_.end()) continue;
      for (const Form& form : candidates->second) {
        const std::size_t last = w + form.words.size() - 1;
        if (last >= words.size() || !Matches(text, words, w, form.words)) continue;
        if (form.words.size() == 1 && SomeoneElse(text, words, w, form.person)) continue;
        if (words[w].begin > written)
          out.push_back(Text(text.substr(written, words[w].begin - written)));
        out.push_back(PersName(
            form.person, {Text(text.substr(words[w].begin, words[last].end - words[w].begin))}));
        written = words[last].end;
        w = last;
        break;
      }
    }
    if (written < text.size()) out.push_back(Text(text.substr(written)));
  }

  // The form's words at words[w...], each separated from the next by one space.
  static bool Matches(const std::string& text, const std::vector<Word>& words, std::size_t w,
                      const std::vector<std::string>& form) {
    for (std::size_t k = 0; k < form.size(); ++k) {
      const Word& word = words[w + k];
      if (text.compare(word.begin, word.end - word.begin, form[k]) != 0) return false;
      if (k > 0 && !(words[w + k - 1].end + 1 == word.begin && text[word.begin - 1] == ' '))
        return false;
    }
    return true;
  }

  // "Sergei Khrushchev", "Khrushchev, Sergei" (a bibliography's order, so
  // only where no word stands just before): the given name of another
  // person who shares the name.
  bool SomeoneElse(const std::string& text, const std::vector<Word>& words, std::size_t w,
                   std::size_t person) const {
    const std::vector<std::string>& others = (*persons_)[person].not_given;
    if (others.empty()) return false;
    const auto is_other = [&](const Word& word) {
      const std::string given = text.substr(word.begin, word.end - word.begin);
      return std::find(others.begin(), others.end(), given) != others.end();
    };
    // A word just before: a given name (this person's, or another's).
    const bool after_given =
        w > 0 && words[w - 1].end + 1 == words[w].begin && text[words[w].begin - 1] == ' ';
    if (after_given) return is_other(words[w - 1]);
    return w + 1 < words.size() && text.compare(words[w].end, 2, ", ") == 0 &&
           words[w].end + 2 == words[w + 1].begin && is_other(words[w + 1]);
  }

  // An emended word is marked whole when its reading is a one-word form,
  // alone or with a possessive ending (Tito's).
  void MarkChoice(Inline in, std::vector<Inline>& out) {
    const std::string& shown = in.choice.proposed ? in.choice.sic : in.choice.corr;
    const std::vector<Word> words = Words(shown);
    if (!words.empty() && words.front().begin == 0) {
      const std::string rest = shown.substr(words.front().end);
      const auto candidates = forms_.find(shown.substr(0, words.front().end));
      if (candidates != forms_.end() &&
          (rest.empty() || rest == "'s" || rest == "'" || rest == "\xE2\x80\x99s")) {
        for (const Form& form : candidates->second) {
          if (form.words.size() != 1) continue;
          std::vector<Inline> content;
          content.push_back(std::move(in));
          out.push_back(PersName(form.person, std::move(content)));
          return;
        }
      }
    }
    out.push_back(std::move(in));
  }

  const std::vector<Person>* persons_;
  std::map<std::string, std::vector<Form>, std::less<>> forms_;
  std::vector<std::string> ids_;
  std::set<std::size_t> found_;
};

// Adds to the header's profileDesc a particDesc/listPerson of the persons.
std::string HeaderWithPersons(const std::string& header_xml,
                              const std::vector<const Person*>& persons) {
  pugi::xml_document doc;
  if (!doc.load_buffer(header_xml.data(), header_xml.size(),
                       pugi::parse_default | pugi::parse_ws_pcdata)) {
    return header_xml;
  }
  pugi::xml_node header = doc.document_element();
  pugi::xml_node profile = header.child("profileDesc");
  if (!profile) profile = header.append_child("profileDesc");
  profile.append_child(pugi::node_pcdata).set_value("\n");
  pugi::xml_node partic = profile.append_child("particDesc");
  partic.append_child(pugi::node_pcdata).set_value("\n");
  pugi::xml_node list = partic.append_child("listPerson");
  for (const Person* person : persons) {
    list.append_child(pugi::node_pcdata).set_value("\n");
    pugi::xml_node entry = list.append_child("person");
    entry.append_attribute("xml:id") = person->id.c_str();
    pugi::xml_node main = entry.append_child("persName");
    main.append_attribute("type") = "index";
    main.text().set(person->name.c_str());
    for (const std::vector<std::string>& form : person->forms) {
      std::string words;
      for (const std::string& word : form) words += (words.empty() ? "" : " ") + word;
      pugi::xml_node variant = entry.append_child("persName");
      variant.append_attribute("type") = "variant";
      variant.text().set(words.c_str());
    }
  }
  list.append_child(pugi::node_pcdata).set_value("\n");
  partic.append_child(pugi::node_pcdata).set_value("\n");
  profile.append_child(pugi::node_pcdata).set_value("\n");
  std::ostringstream out;
  header.print(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

}  // namespace

std::string Folded(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const char32_t c = utf8::Next(text, i);
    if (c == U'\u0111' || c == U'\u0110') {  // đ Đ have no decomposition
      out += 'd';
      continue;
    }
    if (c == U'\u0142' || c == U'\u0141') {  // ł Ł neither
      out += 'l';
      continue;
    }
    icu::UnicodeString decomposed;
    if (U_SUCCESS(status)) {
      decomposed = nfd->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
    } else {
      decomposed = icu::UnicodeString(static_cast<UChar32>(c));
    }
    for (int32_t k = 0; k < decomposed.length();) {
      const UChar32 part = decomposed.char32At(k);
      k += U16_LENGTH(part);
      if (u_charType(part) == U_NON_SPACING_MARK) continue;
      utf8::Append(static_cast<char32_t>(u_tolower(part)), out);
    }
  }
  return out;
}

std::vector<Person> ParsePersons(std::string_view text, const std::string& path,
                                 const std::unordered_set<std::string>& names) {
  std::map<std::string, std::vector<std::string>> by_folding;  // names.txt's entries by folded form
  for (const std::string& name : names) by_folding[Folded(name)].push_back(name);
  for (auto& [folded, list] : by_folding) std::sort(list.begin(), list.end());

  std::vector<Person> persons;
  std::set<std::string> ids;
  int number = 0;
  for (std::string line : SplitFields(text, "\n")) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string> columns = SplitFields(line, "\t");
    if (columns.size() < 3 || columns.size() > 4 || columns[0].empty() || columns[1].empty() ||
        columns[2].empty()) {
      throw InputError(path, number, 0,
                       "expected three or four columns separated by tabs (id, name, forms[, "
                       "others' given names]): '" +
                           line + "'");
    }
    for (const char c : columns[0]) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        throw InputError(path, number, 0,
                         "the id '" + columns[0] + "' may hold only a-z, 0-9 and '-'");
      }
    }
    if (!ids.insert(columns[0]).second)
      throw InputError(path, number, 0, "the id '" + columns[0] + "' is used twice");
    Person person{"pers-" + columns[0], columns[1], {}};
    std::set<std::vector<std::string>> seen;
    for (const std::string& form : SplitFields(columns[2], " | ")) {
      const std::vector<std::string> words = SplitFields(form, " ");
      for (const std::string& word : words) {
        if (names.count(word) == 0) {
          throw InputError(path, number, 0,
                           "'" + word + "' (in the form '" + form + "') is not in names.txt");
        }
      }
      if (seen.insert(words).second) person.forms.push_back(words);
      if (words.size() != 1) continue;
      for (const std::string& variant : by_folding[Folded(words.front())]) {
        // The same name in other diacritics, not a lower-case word (Tempo, tempo).
        std::size_t at = 0;
        if (u_islower(static_cast<UChar32>(utf8::Next(variant, at)))) continue;
        if (seen.insert({variant}).second) person.forms.push_back({variant});
      }
    }
    if (columns.size() == 4 && !columns[3].empty())
      person.not_given = SplitFields(columns[3], " | ");
    persons.push_back(std::move(person));
  }
  return persons;
}

std::vector<Person> ReadPersons(const std::string& path,
                                const std::unordered_set<std::string>& names) {
  return ParsePersons(ReadFileBytes(path), path, names);
}

void AddPersons(Document& document, const std::vector<Person>& persons) {
  Marker marker(persons);
  for (std::vector<Div>* part : {&document.front, &document.body, &document.back}) {
    for (Div& div : *part) {
      if (div.type != "contents" && div.type != "notice") marker.Mark(div);
    }
  }
  std::vector<const Person*> found;
  for (const std::size_t p : marker.found()) found.push_back(&persons[p]);
  if (found.empty()) return;
  document.header_xml = HeaderWithPersons(document.header_xml, found);
  for (const Person* person : found) document.header.persons.emplace_back(person->id, person->name);
}

}  // namespace emend::tei
