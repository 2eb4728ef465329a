// The compiled lexicon the CLI tests' `emend correct` runs share.
//
// CTest's thesis_edition fixture corrects the whole thesis with
// --lexicon-cache and hands the file to these tests in
// EMEND_TEST_LEXICON_CACHE. A run that reads it answers from it instead of
// loading the four Hunspell dictionaries (about a second each run), and its
// output is the same with or without it (tests/quality_gate.sh checks that on
// the whole thesis). The tests that are about the dictionaries themselves (a
// missing one, a broken word list) run without it.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace emend_test {

// This process's own copy of the fixture's compiled lexicon (a run that
// meets a new word rewrites it, and the fixture's file is read by other tests
// at the same time); "" when the variable is unset (the binary run by hand),
// so that `emend correct` loads the dictionaries.
inline const std::string& CompiledLexiconCopy() {
  static const std::string copy = [] {
    const char* fixture = std::getenv("EMEND_TEST_LEXICON_CACHE");
    if (fixture == nullptr || *fixture == '\0' || !std::filesystem::exists(fixture))
      return std::string();
    const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                      ("emend-cli-lexicon-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::filesystem::path file = dir / "lexicon.cache";
    std::filesystem::copy_file(fixture, file, std::filesystem::copy_options::overwrite_existing);
    // Removed when the test process ends.
    static const struct Remove {
      std::filesystem::path dir;
      ~Remove() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
      }
    } remove{dir};
    return file.string();
  }();
  return copy;
}

// " --lexicon-cache FILE" with that copy, or "".
inline std::string CompiledLexiconOption() {
  const std::string& copy = CompiledLexiconCopy();
  return copy.empty() ? std::string() : " --lexicon-cache " + copy;
}

// The same as arguments: {"--lexicon-cache", FILE}, or none.
inline std::vector<std::string> CompiledLexiconArgs() {
  const std::string& copy = CompiledLexiconCopy();
  if (copy.empty()) return {};
  return {"--lexicon-cache", copy};
}

// The whole thesis's emendations as the thesis_edition fixture wrote them
// beside its compiled lexicon (`emend correct` with no other option), or ""
// when the variable is unset or the file is missing: a test that needs the
// thesis corrected reads them instead of correcting it once more.
inline std::string FixtureThesisEmendations() {
  const char* fixture = std::getenv("EMEND_TEST_LEXICON_CACHE");
  if (fixture == nullptr || *fixture == '\0') return {};
  const std::filesystem::path file =
      std::filesystem::path(fixture).parent_path() / "thesis.emendations.tsv";
  return std::filesystem::exists(file) ? file.string() : std::string();
}

}  // namespace emend_test
