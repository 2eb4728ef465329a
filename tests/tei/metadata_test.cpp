// The edition's metadata file: required keys, optional wording with its
// defaults, and the message for a file that cannot be used.
#include "tei/metadata.hpp"

#include <gtest/gtest.h>

#include "tests/tei/temp_input.hpp"

namespace emend::tei {
namespace {

const std::string kRequired =
    "title: A Title\nauthor: An Author\ndegree: Doctor of Philosophy\ninstitution: A School\n"
    "date: 2004-02\nsource_id: U1\nsource_publisher: ProQuest\nsource_date: 2014\n"
    "source_note: A scan.\neditor: Editors\n";

TEST(Metadata, OptionalWordingHasDefaultsForAThesis) {
  const Metadata m = ReadMetadata(WriteTemp("required.meta", kRequired));
  EXPECT_EQ(m.title, "A Title");
  EXPECT_EQ(Byline(m), "Thesis submitted for the degree of Doctor of Philosophy");
  EXPECT_EQ(m.source_kind, "Thesis");
  EXPECT_EQ(m.source_id_type, "source");
  EXPECT_EQ(m.publisher, "The emend project");
  EXPECT_NE(m.availability, "");
}

TEST(Metadata, OptionalWordingIsTheFilesWhenGiven) {
  const Metadata m = ReadMetadata(WriteTemp(
      "worded.meta", kRequired +
                         "byline: Thèse présentée pour le doctorat\nsource_kind: Thèse\n"
                         "source_id_type: theses.fr\npublisher: Presses\navailability: Libre.\n"));
  EXPECT_EQ(Byline(m), "Thèse présentée pour le doctorat");
  EXPECT_EQ(m.source_kind, "Thèse");
  EXPECT_EQ(m.source_id_type, "theses.fr");
  EXPECT_EQ(m.publisher, "Presses");
  EXPECT_EQ(m.availability, "Libre.");
}

struct BadCase {
  const char* name;
  std::string text;
  std::string message;  // after the path
  friend void PrintTo(const BadCase& c, std::ostream* os) { *os << c.name; }
};

class MetadataRefuses : public testing::TestWithParam<BadCase> {};

TEST_P(MetadataRefuses, NamingTheLine) {
  const std::string path = WriteTemp(std::string(GetParam().name) + ".meta", GetParam().text);
  EXPECT_EQ(RefusalOf([&] { ReadMetadata(path); }), path + GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(Files, MetadataRefuses,
                         testing::Values(BadCase{"unknown_key", kRequired + "colour: blue\n",
                                                 ":11:1: unknown key 'colour'"},
                                         BadCase{"missing_key", "title: A Title\n",
                                                 ": missing key 'author'"}),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace emend::tei
