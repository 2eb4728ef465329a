// The reliability audit's findings (issue 12), each through the real emend
// binary: concurrent editors, hostile text, bad data, outputs that are inputs,
// temporary files. Each test failed before its fix.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compiled_lexicon.hpp"

namespace {

namespace fs = std::filesystem;

struct RunResult {
  int exit_code;
  std::string output;  // stdout and stderr together
};

RunResult Finish(FILE* pipe) {
  std::string output;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), output};
}

FILE* Start(const std::string& args) {
  return popen((std::string(EMEND_BINARY) + " " + args + " 2>&1").c_str(), "r");
}

RunResult Emend(const std::string& args) { return Finish(Start(args)); }

// The first line of what emend printed, the message itself; the offending
// line and a caret follow it when the message names a line of a file
// (exit_codes_test.cpp and tests/core/diagnostic_test.cpp check those).
std::string Message(const std::string& output) { return output.substr(0, output.find('\n') + 1); }

const char* const kEmendationsHeader =
    "id\tline\tcolumn\tlength\tocr\treading\tclass\tconfidence\tstatus\tevidence\n";

class Reliability : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("emend-reliability-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir_);
  }
  std::string Path(const std::string& name) { return (dir_ / name).string(); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(Path(name), std::ios::binary) << bytes;
    return Path(name);
  }
  std::string Read(const std::string& name) {
    std::ifstream in(Path(name), std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
  }
  // A text and two flagged series on it, written by hand: review needs no lexicon.
  void TwoSeries() {
    Write("in.txt", "After Titos visit\nStalins death came\n");
    Write("e.tsv", std::string(kEmendationsHeader) +
                       "e1.7\t1\t7\t5\tTitos\tTito's\tapostrophe\t0.40\tflagged\tr\n"
                       "e2.1\t2\t1\t7\tStalins\tStalin's\tapostrophe\t0.40\tflagged\tr\n");
  }
  std::string Review(const std::string& more) {
    return "review " + Path("in.txt") + " --emendations " + Path("e.tsv") + " " + more;
  }
  static int Records(const std::string& decisions) {
    std::istringstream in(decisions);
    int n = 0;
    for (std::string line; std::getline(in, line);) {
      n += line.rfind("accept\t", 0) == 0 || line.rfind("reject\t", 0) == 0 ||
           line.rfind("read\t", 0) == 0;
    }
    return n;
  }
  fs::path dir_;
};

// Two editors recording at the same moment: both decisions are kept, every
// time (the audit lost one in 3 of 50 tries without the lock).
TEST_F(Reliability, ConcurrentReviewsLoseNoDecision) {
  TwoSeries();
  for (int round = 0; round < 50; ++round) {
    const std::string d = Path("d" + std::to_string(round) + ".tsv");
    FILE* a = Start(Review("--accept 1 --decisions " + d));
    FILE* b = Start(Review("--reject 2 --decisions " + d));
    const RunResult ra = Finish(a), rb = Finish(b);
    ASSERT_EQ(ra.exit_code, 0) << ra.output;
    ASSERT_EQ(rb.exit_code, 0) << rb.output;
    ASSERT_EQ(Records(Read("d" + std::to_string(round) + ".tsv")), 2) << "round " << round;
  }
}

// A tab or backslash in the editor's reading is escaped, so the file reads
// back and correct --decisions accepts it; a line break, which would add a
// line to the corrected text, is refused like the other control characters.
TEST_F(Reliability, ReviewEscapesTabsAndBackslashes) {
  TwoSeries();
  const std::string read =
      "--read \"1=$(printf 'Tito\\t\\\\s\\\\n')\" --decisions " + Path("d.tsv");
  RunResult r = Emend(Review(read));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const std::string d = Read("d.tsv");
  EXPECT_NE(d.find("read\tTitos\tTito's\t*\t*\tTito\\t\\\\s\\\\n\tseries of 1\n"),
            std::string::npos)
      << d;
  // Read back: the same decision is recognised as already there.
  RunResult again = Emend(Review(read));
  EXPECT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(again.output.find(Path("d.tsv") + ":7: already decided"), std::string::npos)
      << again.output;
  RunResult correct = Emend("correct " + Path("in.txt") + " -o " + Path("out.txt") +
                            " --decisions " + Path("d.tsv") + emend_test::CompiledLexiconOption());
  EXPECT_EQ(correct.exit_code, 0) << correct.output;
}

struct BadReading {
  const char* name;
  const char* printf_format;
  std::string shown;
};

class ReviewRefusesAReading : public Reliability, public testing::WithParamInterface<BadReading> {};

TEST_P(ReviewRefusesAReading, WithControlCharacters) {
  TwoSeries();
  RunResult r = Emend(Review("--read \"1=$(printf '" + std::string(GetParam().printf_format) +
                             "')\" --decisions " + Path("d.tsv")));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.output, "emend review: --read text must be UTF-8 without control characters, got '" +
                          GetParam().shown + "'\n");
  EXPECT_FALSE(fs::exists(Path("d.tsv")));
}

INSTANTIATE_TEST_SUITE_P(Readings, ReviewRefusesAReading,
                         testing::Values(BadReading{"escape", "Tito\\033[31m", "Tito\\x1B[31m"},
                                         BadReading{"newline", "Tito\\ns", "Tito\\x0As"},
                                         BadReading{"carriage_return", "Tito\\rs", "Tito\\x0Ds"},
                                         BadReading{"invalid_utf8", "Tit\\346s", "Tit\xE6s"}),
                         [](const auto& info) { return std::string(info.param.name); });

// An existing but empty decisions file gets the header before the first decision.
TEST_F(Reliability, ReviewWritesTheHeaderIntoAnEmptyFile) {
  TwoSeries();
  for (const std::string& existing : {std::string(), std::string("# our decisions\n")}) {
    Write("d.tsv", existing);
    RunResult r = Emend(Review("--accept 1 --decisions " + Path("d.tsv")));
    ASSERT_EQ(r.exit_code, 0) << r.output;
    RunResult next = Emend(Review("--accept 2 --decisions " + Path("d.tsv")));
    ASSERT_EQ(next.exit_code, 0) << next.output;
    EXPECT_EQ(Records(Read("d.tsv")), 2);
    EXPECT_EQ(Read("d.tsv").rfind(existing, 0), 0u);
  }
}

TEST_F(Reliability, ReviewRefusesAReadOnlyDecisionsFileAndKeepsItsMode) {
  TwoSeries();
  Write("d.tsv", "");
  fs::permissions(Path("d.tsv"),
                  fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  RunResult r = Emend(Review("--accept 1 --decisions " + Path("d.tsv")));
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.output,
            Path("d.tsv") + ": is read-only; make it writable (chmod u+w) to record decisions\n");
  struct stat st {};
  ASSERT_EQ(stat(Path("d.tsv").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0444u);
}

TEST_F(Reliability, ReviewKeepsTheModeOfTheDecisionsFile) {
  TwoSeries();
  Write("d.tsv", "");
  fs::permissions(Path("d.tsv"), fs::perms::owner_read | fs::perms::owner_write |
                                     fs::perms::group_read | fs::perms::group_write);
  ASSERT_EQ(Emend(Review("--accept 1 --decisions " + Path("d.tsv"))).exit_code, 0);
  struct stat st {};
  ASSERT_EQ(stat(Path("d.tsv").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0660u);
}

// "recorded:" is said only once the file is written.
TEST_F(Reliability, ReviewSaysRecordedOnlyAfterTheWrite) {
  TwoSeries();
  RunResult r = Emend(Review("--accept 1 --decisions " + Path("no-such-folder/d.tsv")));
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.output.find("recorded:"), std::string::npos) << r.output;
  EXPECT_EQ(
      r.output.rfind(Path("no-such-folder/d.tsv") + ": cannot open its folder to lock it: ", 0), 0u)
      << r.output;
}

// A temporary file left by a writer killed with -9 goes with the next write.
TEST_F(Reliability, ReviewRemovesATemporaryFileLeftByAKilledWriter) {
  TwoSeries();
  Write(".d.tsv.tmpAbC123", "half a file");
  ASSERT_EQ(Emend(Review("--accept 1 --decisions " + Path("d.tsv"))).exit_code, 0);
  EXPECT_FALSE(fs::exists(Path(".d.tsv.tmpAbC123")));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 3);
}

// Escape sequences in the OCR text must not reach the editor's terminal.
TEST_F(Reliability, ReviewShowsControlCharactersEscaped) {
  Write("in.txt", "After Titos \x1b]0;owned\x07\x1b[2J visit\n");
  Write("e.tsv", std::string(kEmendationsHeader) +
                     "e1.7\t1\t7\t5\tTitos\tTito's\x1b[31m\tapostrophe\t0.40\tflagged\tr\n");
  RunResult r = Emend(Review(""));
  ASSERT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(r.output.find('\x1b'), std::string::npos);
  EXPECT_NE(r.output.find("[1] Titos -> Tito's\\x1B[31m  (apostrophe, 1x)"), std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("line 1: After Titos \\x1B]0;owned\\x07\\x1B[2J visit"),
            std::string::npos)
      << r.output;
}

struct UsageCase {
  const char* name;
  std::string args;
  int exit_code;
  std::string output;  // a prefix of what emend prints
};

class ReviewArguments : public Reliability, public testing::WithParamInterface<UsageCase> {};

TEST_P(ReviewArguments, AreRefusedClearly) {
  TwoSeries();
  RunResult r = Emend(Review(GetParam().args));
  EXPECT_EQ(r.exit_code, GetParam().exit_code) << r.output;
  EXPECT_EQ(r.output.substr(0, GetParam().output.size()), GetParam().output) << r.output;
}

INSTANTIATE_TEST_SUITE_P(
    Bad, ReviewArguments,
    testing::Values(UsageCase{"negative_limit", "--limit -5", 2,
                              "--limit: Value -5 not in range 0 to 1000000\n"},
                    UsageCase{
                        "huge_series", "--accept 99999999999999999999999 --decisions d.tsv", 2,
                        "emend review: no series [99999999999999999999999]: the list has 2\n"}),
    [](const auto& info) { return std::string(info.param.name); });

// 10,000 nested <ref> overflowed the stack (SIGSEGV, no message).
TEST_F(Reliability, RenderRefusesDeepNesting) {
  std::string xml = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") +
                    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body>\n"
                    "<div type=\"chapter\"><p>";
  for (int k = 0; k < 10000; ++k) xml += "<ref target=\"#x\">";
  for (int k = 0; k < 10000; ++k) xml += "</ref>";
  xml += "</p></div></body></text></TEI>\n";
  const std::string tei = Write("deep.tei.xml", xml);
  for (const char* format : {"html", "latex"}) {
    RunResult r =
        Emend(std::string("render --format ") + format + " " + tei + " -o " + Path("out"));
    EXPECT_EQ(r.exit_code, 1) << format;
    EXPECT_EQ(Message(r.output), tei + ":3:1690: nesting deeper than 100 elements\n") << format;
    EXPECT_FALSE(fs::exists(Path("out")));
  }
}

// The README's own command: a trailing slash on the site's folder.
TEST_F(Reliability, RenderHtmlIntoAFolderWithATrailingSlash) {
  const std::string tei = std::string(EMEND_SOURCE_DIR) + "/tests/data/html/sample.tei.xml";
  for (int run = 0; run < 2; ++run) {  // a new folder, then replacing it
    RunResult r = Emend("render --format html " + tei + " -o " + Path("site/"));
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_TRUE(fs::exists(Path("site/index.html")));
    EXPECT_TRUE(fs::exists(Path("site/.emend-generated")));
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
  }
}

struct BadTei {
  const char* name;
  std::string body;   // inside <p>
  std::string error;  // after the path
};

class RenderRejects : public Reliability, public testing::WithParamInterface<BadTei> {};

TEST_P(RenderRejects, BadCharactersWithTheirPlace) {
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body>\n"
      "<div type=\"chapter\"><p>" +
      GetParam().body + "</p></div></body></text></TEI>\n";
  const std::string tei = Write("t.tei.xml", xml);
  RunResult r = Emend("render --format latex " + tei + " -o " + Path("t.tex"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(Message(r.output), tei + GetParam().error + "\n");
  EXPECT_FALSE(fs::exists(Path("t.tex")));
}

INSTANTIATE_TEST_SUITE_P(
    Characters, RenderRejects,
    testing::Values(
        BadTei{"nul_reference", "Tito &#0; and the rest",
               ":3:29: character reference &#0; is to a character XML does not allow"},
        BadTei{"escape_reference", "a&#x1B;b",
               ":3:25: character reference &#x1B; is to a character XML does not allow"},
        BadTei{"surrogate_reference", "a&#xD800;b",
               ":3:25: character reference &#xD800; is to a character XML does not allow"},
        BadTei{"beyond_unicode", "a&#99999999999;b",
               ":3:25: character reference &#99999999999; is to a character XML does not allow"},
        BadTei{"raw_escape", "a\x1b[2Jb", ":3:25: control character U+001B is not allowed"},
        BadTei{"raw_c1",
               "a\xC2\x85"
               "b",
               ":3:25: character U+0085 is not allowed"},
        BadTei{"invalid_utf8", "Mi\xE6unovi\xE6", ":3:26: invalid UTF-8; the TEI must be UTF-8"},
        BadTei{"carriage_return", "a\r\nb",
               ":3:25: carriage return (CRLF line ends?); save the file with LF line ends"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(Reliability, RenderRefusesAByteOrderMark) {
  const std::string tei = Write("bom.tei.xml", "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<TEI/>\n");
  RunResult r = Emend("render --format latex " + tei + " -o " + Path("t.tex"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.output,
            tei +
                ":1:1: starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM\n"
                "\\u{FEFF}<?xml version=\"1.0\"?>\n"
                "^ here\n");
}

struct BadRow {
  const char* name;
  std::string row;
  std::string error;  // after the path
};

class TeiRejectsRows : public Reliability, public testing::WithParamInterface<BadRow> {};

TEST_P(TeiRejectsRows, NamingRowAndColumnAndWritingNothing) {
  Write("in.txt", "After Titos visit\n");
  const std::string e = Write("e.tsv", std::string(kEmendationsHeader) + GetParam().row + "\n");
  RunResult r = Emend("tei " + Path("in.txt") + " --emendations " + e + " -o " + Path("out.xml"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(Message(r.output), e + GetParam().error + "\n");
  EXPECT_FALSE(fs::exists(Path("out.xml")));
}

INSTANTIATE_TEST_SUITE_P(
    Rows, TeiRejectsRows,
    testing::Values(
        BadRow{"invalid_utf8", "e1.7\t1\t7\t5\tTitos\tTit\xE6s\tapostrophe\t0.90\tapplied\tr",
               ":2:21: invalid UTF-8; the file must be UTF-8"},
        BadRow{"control_character", "e1.7\t1\t7\t5\tTitos\tTito\x01s\tapostrophe\t0.90\tapplied\tr",
               ":2:22: control character U+0001 in a field"},
        BadRow{"carriage_return", "e1.7\t1\t7\t5\tTitos\tTito's\tapostrophe\t0.90\tapplied\tr\r",
               ":2:50: CRLF line end; convert the file to LF line ends"},
        BadRow{"id_starts_with_digit", "1.7\t1\t7\t5\tTitos\tTito's\tapostrophe\t0.90\tapplied\tr",
               ":2:1: id '1.7' is not an XML name (a letter or _, then letters, digits, . - _)"},
        BadRow{"id_with_quote", "e1\"7\t1\t7\t5\tTitos\tTito's\tapostrophe\t0.90\tapplied\tr",
               ":2:1: id 'e1\"7' is not an XML name (a letter or _, then letters, digits, . - _)"},
        BadRow{"id_empty", "\t1\t7\t5\tTitos\tTito's\tapostrophe\t0.90\tapplied\tr",
               ":2:1: id '' is not an XML name (a letter or _, then letters, digits, . - _)"},
        BadRow{"huge_length", "e1.7\t1\t7\t2147483647\tTitos\tTito's\tapostrophe\t0.90\tapplied\tr",
               ":2: emendation e1.7 does not match the text: line 1 has 'Titos visit' at column 7, "
               "the record "
               "says 'Titos'"},
        BadRow{"length_past_the_end",
               "e1.13\t1\t13\t9\tvisit\tvisits\tapostrophe\t0.90\tapplied\tr",
               ":2: emendation e1.13 runs past the end of line 1 (column 13, length 9; the line "
               "has 17 "
               "characters)"}),
    [](const auto& info) { return std::string(info.param.name); });

// Outputs that are inputs, and two outputs that are one file.
TEST_F(Reliability, CorrectRefusesOneFileForTextAndEmendations) {
  Write("in.txt", "Titos\n");
  RunResult r =
      Emend("correct " + Path("in.txt") + " -o " + Path("x") + " --emendations " + Path("x"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.output,
            "emend correct: -o and --emendations name the same file (" + Path("x") + ")\n");
  EXPECT_FALSE(fs::exists(Path("x")));
}

TEST_F(Reliability, CorrectRefusesToOverwriteItsCleanText) {
  Write("in.txt", "Titos\n");
  Write("c.txt", "Tito's visit.\n");
  RunResult r = Emend("correct " + Path("in.txt") + " --clean-text " + Path("c.txt") + " -o " +
                      Path("c.txt"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.output, Path("c.txt") + ": is the input file " + Path("c.txt") +
                          "; refusing to overwrite it\n");
  EXPECT_EQ(Read("c.txt"), "Tito's visit.\n");
}

TEST_F(Reliability, TeiRefusesToOverwriteItsMetadata) {
  Write("in.txt", "After Titos visit\n");
  Write("e.tsv", kEmendationsHeader);
  const std::string meta = std::string(EMEND_SOURCE_DIR) + "/samples/thesis.meta";
  fs::copy_file(meta, Path("m"));
  RunResult r = Emend("tei " + Path("in.txt") + " --emendations " + Path("e.tsv") + " --metadata " +
                      Path("m") + " -o " + Path("m"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.output,
            Path("m") + ": is the input file " + Path("m") + "; refusing to overwrite it\n");
  std::ifstream original(meta);
  EXPECT_EQ(Read("m"), std::string((std::istreambuf_iterator<char>(original)), {}));
}

// The records must not be left behind when the text cannot be written.
TEST_F(Reliability, CorrectLeavesNoEmendationsWhenTheTextFails) {
  Write("in.txt", "After Titos visit\n");
  RunResult r = Emend("correct " + Path("in.txt") + " -o " + Path("missing/out.txt") +
                      " --emendations " + Path("e.tsv") + emend_test::CompiledLexiconOption());
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(
      r.output.rfind(Path("missing/out.txt") + ": cannot create: No such file or directory", 0), 0u)
      << r.output;
  EXPECT_FALSE(fs::exists(Path("e.tsv")));
  // An existing records file is put back as it was.
  Write("e.tsv", "the editor's old records\n");
  r = Emend("correct " + Path("in.txt") + " -o " + Path("missing/out.txt") + " --emendations " +
            Path("e.tsv") + emend_test::CompiledLexiconOption());
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(Read("e.tsv"), "the editor's old records\n");
}

// eval's temporary folder: fresh (mkdtemp) under TMPDIR, gone on failure too;
// slice names cannot leave it.
TEST_F(Reliability, EvalRefusesASliceNameThatIsAPath) {
  fs::create_directories(Path("gold/ocr"));
  fs::create_directories(Path("tmp"));
  Write("gold/slices.tsv", "name\tfirst\tlast\nok\t1\t1\n../../escaped\t1\t1\n");
  Write("system.txt", "one line\n");
  RunResult r = Finish(popen(("TMPDIR=" + Path("tmp") + " " + EMEND_BINARY + " eval " +
                              Path("gold") + " " + Path("system.txt") + " 2>&1")
                                 .c_str(),
                             "r"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(
      r.output,
      Path("gold/slices.tsv") +
          ":3:1: slice name '../../escaped' must be a plain file name (no '/', not '..', under 255 "
          "bytes)\n"
          "../../escaped 1 1\n"
          "^ here\n");
  EXPECT_TRUE(fs::is_empty(Path("tmp")));
  EXPECT_FALSE(fs::exists(Path("escaped.txt")));
}

TEST_F(Reliability, EvalLeavesNoTemporaryFolderOnFailure) {
  fs::create_directories(Path("gold/ocr"));
  fs::create_directories(Path("tmp"));
  Write("gold/slices.tsv", "name\tfirst\tlast\na\t1\t1\nb\t1\t5\n");
  Write("system.txt", "one line\n");
  RunResult r = Finish(popen(("TMPDIR=" + Path("tmp") + " " + EMEND_BINARY + " eval " +
                              Path("gold") + " " + Path("system.txt") + " 2>&1")
                                 .c_str(),
                             "r"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.output, Path("system.txt") + ": has 1 lines; slice b needs line 5\n");
  EXPECT_TRUE(fs::is_empty(Path("tmp")));
}

// A system error from the file system library is "path: message", not the
// library's "emend: filesystem error: status: ..." text.
TEST_F(Reliability, FileSystemErrorsNameThePath) {
  const std::string long_name = Path(std::string(300, 'a'));
  RunResult r = Emend("eval " + std::string(EMEND_SOURCE_DIR) + "/samples/gold/dev " + long_name);
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.output, long_name + ": File name too long\n");
}

// A line number that is no number ended as "emend: stoi".
TEST_F(Reliability, EvalNamesABadLineNumberInTheEdits) {
  fs::create_directories(Path("gold/ocr"));
  fs::create_directories(Path("gold/gold"));
  Write("gold/ocr/a.txt", "Titos\n");
  Write("gold/gold/a.txt", "Tito's\n");
  for (const char* number : {"x", "99999999999", "-1"}) {
    Write("gold/gold/a.edits.tsv", std::string("line\tocr\tgold\tcategory\tcertainty\n") + number +
                                       "\tTitos\tTito's\tapostrophe\tcertain\n");
    RunResult r = Emend("eval " + Path("gold") + " " + Path("gold/ocr"));
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(Message(r.output),
              Path("gold/gold/a.edits.tsv") + ":2:1: not a line number: '" + number + "'\n");
  }
}

}  // namespace
