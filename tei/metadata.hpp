// What the TEI header says about the work: read from a small "key: value"
// file that editors keep beside the text (samples/thesis.meta).
#pragma once

#include <string>

namespace emend::tei {

struct Metadata {
  std::string title, author, degree, institution, date;
  std::string source_id, source_publisher, source_date, source_note;
  std::string editor;
  // Optional wording, with defaults for a thesis: the title page's byline
  // (default "Thesis submitted for the degree of <degree>"), what kind of
  // document the source is ("Thesis"), what kind of number source_id is
  // ("source"), the edition's publisher and its availability statement.
  std::string byline, source_kind = "Thesis", source_id_type = "source";
  std::string publisher = "The emend project";
  std::string availability =
      "A critical edition in preparation; the copyright in the source is held by its author.";
};

// Reads the file. Throws InputError ("path:line: message") for a line that is
// not "key: value", an unknown key, or a missing required one.
Metadata ReadMetadata(const std::string& path);

// The title page's byline: the one given, or the default from the degree.
std::string Byline(const Metadata& m);

}  // namespace emend::tei
