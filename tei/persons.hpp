// The index of persons: who the thesis names, read from dictionaries/persons.tsv
// with the spellings of dictionaries/names.txt, found in the text and marked
// as <persName ref="#pers-ID"> (InlineKind::kPersName), and listed in the
// header as profileDesc/particDesc/listPerson.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "tei/document.hpp"

namespace emend::tei {

struct Person {
  std::string id;    // the xml:id, "pers-micunovic"
  std::string name;  // as the index gives it: "Mićunović, Veljko"
  // Every spelling that names the person in the text, each a list of words:
  // the forms the file gives and their variants in names.txt.
  std::vector<std::vector<std::string>> forms;
  // Given names of others who share a form ("Sergei" for Nikita Khrushchev's
  // son): "Sergei Khrushchev" and "Khrushchev, Sergei" are not this person.
  std::vector<std::string> not_given;
};

// Reads a persons file: '#' comments, blank lines, and lines
// "id<TAB>name<TAB>form | form ...[<TAB>given name | ...]", the last column
// optional (Person::not_given). Each word of a form must be in `names`
// (names.txt); the entries of `names` that differ from a one-word form only
// in diacritics and case are added as forms. Throws InputError naming the
// file and line for a malformed line, a duplicate id or a word not in names.
std::vector<Person> ReadPersons(const std::string& path,
                                const std::unordered_set<std::string>& names);

// The same from the file's text, `path` naming it in errors.
std::vector<Person> ParsePersons(std::string_view text, const std::string& path,
                                 const std::unordered_set<std::string>& names);

// Marks every occurrence of a person in the text, the footnotes, the headings
// and the bibliography (not the contents) with <persName ref="#id">; a word the
// corrector emended counts in its corrected form (the whole <choice> is
// marked), a proposal in the OCR's. The longest form wins; words must stand
// alone (Tito, Tito's; not Titoism). Then adds to the header a listPerson of
// the persons found, in the persons' order, and fills header.persons.
void AddPersons(Document& document, const std::vector<Person>& persons);

// Lower case without diacritics ("Mićunović" -> "micunovic", "Đ" -> "d"),
// for matching variants and for sorting an index.
std::string Folded(std::string_view text);

}  // namespace emend::tei
