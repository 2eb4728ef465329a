// The emend binary end to end: exit codes, messages, and that bad input
// never leaves an output file behind or overwrites an editor's file.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "compiled_lexicon.hpp"

namespace {

namespace fs = std::filesystem;

struct RunResult {
  int exit_code;
  std::string output;  // stdout and stderr together
};

RunResult Emend(const std::string& args) {
  std::string command = std::string(EMEND_BINARY) + " " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string output;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  int status = pclose(pipe);
  return {WEXITSTATUS(status), output};
}

// The first line of what emend printed, the message itself; the offending
// line and a caret follow it when the message names a line of a file
// (exit_codes_test.cpp and tests/core/diagnostic_test.cpp check those).
std::string Message(const std::string& output) { return output.substr(0, output.find('\n') + 1); }

class CliTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("emend-cli-test-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) { return (dir_ / name).string(); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(Path(name), std::ios::binary) << bytes;
    return Path(name);
  }
  fs::path dir_;
};

TEST_F(CliTest, CorrectsAFileAndWritesEmendations) {
  std::string in = Write("in.txt", "Tito and Stalin.\nAfter Titos visit.\n");
  RunResult r = Emend("correct " + in + " -o " + Path("out.txt") + " --emendations " +
                      Path("e.tsv") + emend_test::CompiledLexiconOption());
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::ifstream out(Path("out.txt"));
  std::string text((std::istreambuf_iterator<char>(out)), {});
  EXPECT_EQ(text, "Tito and Stalin.\nAfter Tito's visit.\n");
  EXPECT_TRUE(fs::exists(Path("e.tsv")));
}

TEST_F(CliTest, ReadsStandardInputAndWritesStandardOutput) {
  std::string in = Write("in.txt", "Norm alization\n");
  RunResult r = Emend("correct" + emend_test::CompiledLexiconOption() + " < " + in);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.output, "Normalization\n");
}

struct BadCase {
  const char* name;
  std::string bytes;
  std::string message;  // after "<path>"
  std::string excerpt;  // the offending line and a caret, after the message
  friend void PrintTo(const BadCase& b, std::ostream* os) { *os << b.name; }
};

class CliRejects : public CliTest, public testing::WithParamInterface<BadCase> {};

TEST_P(CliRejects, ExitsOneWithMessageAndNoOutput) {
  std::string in = Write("bad.txt", GetParam().bytes);
  RunResult r =
      Emend("correct " + in + " -o " + Path("out.txt") + " --emendations " + Path("e.tsv"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.output, in + GetParam().message + "\n" + GetParam().excerpt);
  EXPECT_FALSE(fs::exists(Path("out.txt")));
  EXPECT_FALSE(fs::exists(Path("e.tsv")));
}

INSTANTIATE_TEST_SUITE_P(
    BadInput, CliRejects,
    testing::Values(
        BadCase{"empty", "", ": the file is empty", ""},
        BadCase{"crlf", "Titos\r\n",
                ":1:6: CRLF line end; convert the file to LF line ends (e.g. dos2unix)",
                "Titos\\x0D\n     ^ here\n"},
        BadCase{"bom", "\xEF\xBB\xBFTitos\n",
                ":1:1: starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM",
                "\\u{FEFF}Titos\n^ here\n"},
        BadCase{"nul", std::string("Ti\0tos\n", 7),
                ":1:3: NUL byte (binary data, or UTF-16 text): expected UTF-8 text",
                "Ti\\x00tos\n  ^ here\n"},
        BadCase{"cp1250", "ok\nMi\xE6unovi\xE6\n",
                ":2:3: invalid UTF-8 at byte 3 (0xE6); convert the file to UTF-8 (e.g. iconv -f "
                "WINDOWS-1250 -t UTF-8)",
                "Mi\\xE6unovi\\xE6\n  ^ here\n"},
        BadCase{
            "megabyte_line", std::string(1 << 20, 'a') + "\n",
            ":1: line is 1048576 bytes long (the limit is 100000): not a text file of this kind",
            std::string(72, 'a') + "...\n"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(CliTest, MissingDictionaryIsNamed) {
  std::string in = Write("in.txt", "Titos\n");
  fs::create_directories(Path("dicts"));
  RunResult r =
      Emend("correct " + in + " -o " + Path("out.txt") + " --hunspell-dir " + Path("dicts"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.output, Path("dicts") +
                          "/en_GB.aff: cannot read Hunspell dictionary (install the hunspell-* "
                          "package or set --hunspell-dir)\n");
  EXPECT_FALSE(fs::exists(Path("out.txt")));
}

TEST_F(CliTest, BrokenWordListIsNamedWithLine) {
  std::string in = Write("in.txt", "Titos\n");
  fs::create_directories(Path("dicts"));
  for (const char* name : {"names", "english", "abbreviations", "serbo-croatian", "russian"}) {
    Write(std::string("dicts/") + name + ".txt", "ok\n");
  }
  Write("dicts/names.txt", "Tito\nKoča Popović\n");
  RunResult r =
      Emend("correct " + in + " -o " + Path("out.txt") + " --dictionaries " + Path("dicts"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.output, Path("dicts/names.txt") +
                          ":2:5: one word per line expected: 'Koča Popović'\n"
                          "Koča Popović\n"
                          "    ^ here\n");
}

TEST_F(CliTest, NeverOverwritesTheInput) {
  std::string in = Write("thesis.txt", "Titos\n");
  RunResult r = Emend("correct " + in + " -o " + in);
  EXPECT_EQ(r.exit_code, 2);
  std::ifstream back(in);
  EXPECT_EQ(std::string((std::istreambuf_iterator<char>(back)), {}), "Titos\n");
}

TEST_F(CliTest, TeiRefusesEmendationsThatDoNotMatchTheText) {
  std::string in = Write("in.txt", "After Titos visit\n");
  std::string e =
      Write("e.tsv",
            "id\tline\tcolumn\tlength\tocr\treading\tclass\tconfidence\tstatus\tevidence\n"
            "e1.7\t1\t7\t7\tStalins\tStalin's\tapostrophe\t0.90\tapplied\tr\n");
  RunResult r = Emend("tei " + in + " --emendations " + e + " -o " + Path("out.xml"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.output, e + ":2: emendation e1.7 does not match the text: line 1 has 'Titos v' at "
                          "column 7, the record says 'Stalins'\n"
                          "e1.7 1 7 7 Stalins Stalin's apostrophe 0.90 applied r\n");
  EXPECT_FALSE(fs::exists(Path("out.xml")));
}

TEST_F(CliTest, TeiRefusesAFileThatIsNoEmendationsFile) {
  std::string in = Write("in.txt", "After Titos visit\n");
  std::string e = Write("e.tsv", "line\tocr\tgold\n");
  RunResult r = Emend("tei " + in + " --emendations " + e + " -o " + Path("out.xml"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.output.rfind(e + ":1:1: not an emendations file", 0), 0u) << r.output;
  EXPECT_FALSE(fs::exists(Path("out.xml")));
}

TEST_F(CliTest, TeiWritesAValidDocument) {
  std::string in = Write("in.txt", "After Titos visit\n");
  ASSERT_EQ(Emend("correct " + in + " -o " + Path("out.txt") + " --emendations " + Path("e.tsv") +
                  emend_test::CompiledLexiconOption())
                .exit_code,
            0);
  RunResult r = Emend("tei " + in + " --emendations " + Path("e.tsv") + " -o " + Path("out.xml"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::string command = "xmllint --noout --relaxng " + std::string(EMEND_SOURCE_DIR) +
                        "/tei/emend-tei.rng " + Path("out.xml") + " 2>&1";
  EXPECT_EQ(std::system(command.c_str()), 0);
}

TEST_F(CliTest, UsageErrorExitsTwo) {
  EXPECT_EQ(Emend("correct --no-such-option").exit_code, 2);
  EXPECT_EQ(Emend("").exit_code, 2);
}

TEST_F(CliTest, EvalBaselineFailureExitsThree) {
  std::string base = Write("baseline.txt", "word_error_reduction: 100.1\n");
  std::string gold = std::string(EMEND_SOURCE_DIR) + "/samples/gold/dev";
  RunResult r = Emend("eval " + gold + " " + gold + "/ocr --baseline " + base);
  EXPECT_EQ(r.exit_code, 3) << r.output;
  EXPECT_NE(r.output.find("word_error_reduction: 0.0"), std::string::npos);
}

// A regression line the corrector no longer gets right fails by name.
TEST_F(CliTest, DictTestNamesAFailingRegressionLine) {
  fs::copy(fs::path(EMEND_SOURCE_DIR) / "dictionaries", dir_ / "dict");
  std::ofstream(dir_ / "dict" / "english.wrong", std::ios::app)
      << "the Titos visit\tthe Titos visit\n";
  const int line = 4;  // header, two cases, then ours
  RunResult r = Emend("dict test --dictionaries " + Path("dict"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(
      r.output.find(Path("dict/english.wrong") + ":" + std::to_string(line) +
                    ": not corrected as expected: 'the Titos visit' became 'the Tito's visit', "
                    "expected 'the Titos visit'"),
      std::string::npos)
      << r.output;
}

// An editor's decision is recorded by emend review, applied by emend correct
// --decisions, survives lines moving (a re-OCR), and is reported by its line
// once it matches nothing.
TEST_F(CliTest, ReviewDecisionsSurviveARerunAndAreReportedWhenStale) {
  // Lines of the thesis as the OCR read them (here two, then with the line
  // before, then the line after): every word's answer is in the compiled
  // lexicon the fixture built, so these runs load no dictionary. The
  // corrector proposes Germany's for the plural and does not apply it.
  const std::string text =
      "establish normal relations with West Germany and would like to see relations\n"
      "established between the two Germanys. On disarmament, Khrushchev stated that\n";
  const std::string in = Write("in.txt", text);
  ASSERT_EQ(Emend("correct " + in + " -o " + Path("out.txt") + " --emendations " + Path("e.tsv") +
                  emend_test::CompiledLexiconOption())
                .exit_code,
            0);
  RunResult list = Emend("review " + in + " --emendations " + Path("e.tsv"));
  EXPECT_NE(list.output.find("[1] Germanys -> Germany's  (apostrophe, 1x)"), std::string::npos)
      << list.output;
  RunResult record = Emend("review " + in + " --emendations " + Path("e.tsv") +
                           " --reject 1 --decisions " + Path("d.tsv"));
  ASSERT_EQ(record.exit_code, 0) << record.output;
  // A re-OCR: one line more at the top (the thesis's line before), the same
  // words around the plural.
  const std::string moved = Write(
      "moved.txt",
      "to NATOs forces. However, Khrushchev confirmed that the Soviets were eager to\n" + text);
  RunResult run =
      Emend("correct " + moved + " -o " + Path("out.txt") + " --emendations " + Path("e2.tsv") +
            " --decisions " + Path("d.tsv") + emend_test::CompiledLexiconOption());
  ASSERT_EQ(run.exit_code, 0) << run.output;
  std::ifstream e2(Path("e2.tsv"));
  std::string records((std::istreambuf_iterator<char>(e2)), {});
  EXPECT_NE(records.find("e3.29\t3\t29\t8\tGermanys\tGermany's\tapostrophe"), std::string::npos)
      << records;
  EXPECT_NE(records.find("\trejected\t"), std::string::npos) << records;
  // Recording the same decision again adds nothing and says where it is.
  RunResult again = Emend("review " + in + " --emendations " + Path("e.tsv") +
                          " --reject 1 --decisions " + Path("d.tsv"));
  EXPECT_NE(again.output.find(Path("d.tsv") + ":7: already decided"), std::string::npos)
      << again.output;
  // Once the text no longer has it, the decision is reported by its line.
  const std::string other =
      Write("other.txt",
            "the Soviets were genuinely in favour of the reduction of armaments and armies,\n");
  RunResult stale = Emend("correct " + other + " -o " + Path("out.txt") + " --decisions " +
                          Path("d.tsv") + emend_test::CompiledLexiconOption());
  EXPECT_EQ(stale.exit_code, 0);
  EXPECT_NE(stale.output.find(Path("d.tsv") +
                              ":7: decision no longer matches any emendation: reject 'Germanys' -> "
                              "'Germany's'"),
            std::string::npos)
      << stale.output;
}

// The structure's doubtful places, each with the decision line that settles it;
// once that line is in the structure decisions file, the place is settled.
// The thesis's emendations are the thesis_edition fixture's, when CTest gives
// them (the same `emend correct`); otherwise the thesis is corrected here.
TEST_F(CliTest, ReviewListsTheStructuresDoubtsAndTheirDecisions) {
  const std::string thesis = std::string(EMEND_SOURCE_DIR) + "/samples/thesis-ocr.txt";
  const std::string fixture = emend_test::FixtureThesisEmendations();
  if (!fixture.empty()) {
    fs::copy_file(fixture, Path("e.tsv"));
  } else {
    ASSERT_EQ(Emend("correct " + thesis + " -o " + Path("t.txt") + " --emendations " +
                    Path("e.tsv") + emend_test::CompiledLexiconOption())
                  .exit_code,
              0);
  }
  const std::string decisions = Write("s.tsv", "kind\ttarget\ttext\n");
  RunResult list = Emend("review " + thesis + " --emendations " + Path("e.tsv") +
                         " --structure --structure-decisions " + decisions);
  ASSERT_EQ(list.exit_code, 0) << list.output;
  const size_t at = list.output.find(": end placed by line counts\n    page\t");
  ASSERT_NE(at, std::string::npos) << list.output;
  const size_t begin = list.output.find("page\t", at), end = list.output.find('\n', begin);
  const std::string line = list.output.substr(begin, end - begin);
  Write("s.tsv", "kind\ttarget\ttext\n" + line + "\n");
  RunResult settled = Emend("review " + thesis + " --emendations " + Path("e.tsv") +
                            " --structure --structure-decisions " + decisions);
  EXPECT_EQ(settled.output.find(line), std::string::npos) << "still asked: " << line;
  EXPECT_EQ(settled.output.find("no longer matches"), std::string::npos) << settled.output;
}

}  // namespace

namespace {

// Every <pb .../> of a TEI document, in order.
std::vector<std::string> PageBreaksOf(const std::string& xml) {
  std::vector<std::string> out;
  for (size_t at = xml.find("<pb"); at != std::string::npos; at = xml.find("<pb", at + 1)) {
    out.push_back(xml.substr(at, xml.find("/>", at) + 2 - at));
  }
  return out;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// OCR text from scans (emend ocr: a form-feed line between pages, the pages
// table beside it) through the corrector, which keeps the form feeds, to
// TEI: each form feed a page break numbered as the table read it, the
// number's line out of the text, the page's image as @facs.
TEST_F(CliTest, TeiTakesPageBreaksFromTheScansFormFeeds) {
  // Three lines of the thesis, in order, on three pages: every answer the
  // corrector needs is in the fixture's compiled lexicon.
  const std::string text =
      "absence of certain important Yugoslav and Soviet documents. In addition, his\n"
      "\f\n"
      "- 8 -\n"
      "work ends with Titos visit to the USSR in June 1956, which represented only\n"
      "\f\n"
      "the beginning of the most important phase in the process of the Yugoslav-\n"
      "9\n";
  const std::string in = Write("book.txt", text);
  const std::string pages =
      Write("book.pages.tsv", "page\tprinted\tline\terror\n1\t\t\t\n2\t8\t1\t\n3\t9\t2\t\n");
  ASSERT_EQ(Emend("correct " + in + " -o " + Path("book.corrected.txt") + " --emendations " +
                  Path("e.tsv") + emend_test::CompiledLexiconOption())
                .exit_code,
            0);
  // The corrector passes the form feeds through, each on its line.
  const std::string corrected = Slurp(Path("book.corrected.txt"));
  EXPECT_EQ(std::count(corrected.begin(), corrected.end(), '\f'), 2);
  EXPECT_NE(corrected.find("\n\f\n- 8 -\n"), std::string::npos) << corrected;
  RunResult r = Emend("tei " + in + " --emendations " + Path("e.tsv") + " --pages " + pages +
                      " --facs 'facs/p{n:4}.png' -o " + Path("book.xml"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const std::string xml = Slurp(Path("book.xml"));
  EXPECT_EQ(PageBreaksOf(xml), (std::vector<std::string>{"<pb n=\"8\" facs=\"facs/p0002.png\"/>",
                                                         "<pb n=\"9\" facs=\"facs/p0003.png\"/>"}));
  EXPECT_EQ(xml.find("- 8 -"), std::string::npos) << "the printed number is no text";
  EXPECT_EQ(xml.find("&#12;"), std::string::npos);
  EXPECT_EQ(xml.find('\f'), std::string::npos);
  std::string command = "xmllint --noout --relaxng " + std::string(EMEND_SOURCE_DIR) +
                        "/tei/emend-tei.rng " + Path("book.xml") + " 2>&1";
  EXPECT_EQ(std::system(command.c_str()), 0);
  // Without the table: the form feeds still break the pages, and a page's
  // line holding only a number is taken as its number.
  r = Emend("tei " + in + " --emendations " + Path("e.tsv") + " -o " + Path("book2.xml"));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(PageBreaksOf(Slurp(Path("book2.xml"))),
            (std::vector<std::string>{"<pb n=\"8\"/>", "<pb n=\"9\"/>"}));
}

TEST_F(CliTest, TeiRefusesAPagesTableOfAnotherText) {
  const std::string in = Write("book.txt", "one\n\f\ntwo\n");
  const std::string pages = Write("book.pages.tsv", "page\tprinted\tline\terror\n1\t\t\t\n");
  ASSERT_EQ(Emend("correct " + in + " -o " + Path("c.txt") + " --emendations " + Path("e.tsv") +
                  emend_test::CompiledLexiconOption())
                .exit_code,
            0);
  RunResult r = Emend("tei " + in + " --emendations " + Path("e.tsv") + " --pages " + pages +
                      " -o " + Path("out.xml"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(
      Message(r.output),
      pages +
          ": 1 pages, but the text has 2 (form feeds between them): not the table of this text\n");
  EXPECT_FALSE(fs::exists(Path("out.xml")));
  r = Emend("tei " + in + " --emendations " + Path("e.tsv") + " --facs p.png -o " +
            Path("out.xml"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_FALSE(fs::exists(Path("out.xml")));
}

}  // namespace
