#include "correct/dictionary_lint.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <map>

#include "core/utf8.hpp"

namespace emend::correct {
namespace {

int Column(const std::string& line, size_t byte) {
  return static_cast<int>(utf8::Length(std::string_view(line).substr(0, byte))) + 1;
}

// The first code point whose script differs from an earlier letter's, or npos.
size_t MixedScriptAt(const std::string& word) {
  UScriptCode seen = USCRIPT_INVALID_CODE;
  for (size_t i = 0; i < word.size();) {
    const size_t at = i;
    const char32_t c = utf8::Next(word, i);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
    if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;
    if (seen == USCRIPT_INVALID_CODE) {
      seen = script;
    } else if (script != seen) {
      return at;
    }
  }
  return std::string::npos;
}

}  // namespace

std::vector<LintFinding> LintWordListText(const std::string& bytes) {
  std::vector<LintFinding> findings;
  if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0)
    findings.push_back({1, 1, "starts with a byte order mark"});
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::map<std::string, int> first_line;
  std::string previous;
  int line_number = 0;
  size_t start = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string::npos) end = bytes.size();
    std::string line = bytes.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line_number == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (const size_t bad = utf8::FindInvalid(line); bad != std::string::npos) {
      findings.push_back({line_number, static_cast<int>(bad) + 1,
                          "not UTF-8 (byte " + std::to_string(bad + 1) + ")"});
      continue;
    }
    if (!line.empty() && line.back() == '\r') {
      findings.push_back({line_number, Column(line, line.size() - 1), "CRLF line end; use LF"});
      line.pop_back();
    }
    if (line.empty() || line[0] == '#') continue;
    const size_t at =
        std::min(line.find_first_of(" \t"), line.find("\xC2\xA0"));  // also no-break space
    if (at != std::string::npos) {
      const bool trailing = line.find_first_not_of(" \t\xC2\xA0", at) == std::string::npos;
      const char* what = at == 0    ? "whitespace before the entry"
                         : trailing ? "whitespace after the entry"
                                    : "more than one word on the line";
      findings.push_back({line_number, Column(line, at), what});
      continue;
    }
    status = U_ZERO_ERROR;
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(line);
    if (!nfc->isNormalized(text, status)) {
      std::string normal;
      nfc->normalize(text, status).toUTF8String(normal);
      findings.push_back({line_number, 1, "not in NFC: write '" + normal + "'"});
    }
    if (const size_t at = MixedScriptAt(line); at != std::string::npos) {
      findings.push_back({line_number, Column(line, at),
                          "mixes scripts (Latin and Cyrillic look-alikes?): '" + line + "'"});
    }
    if (auto [it, inserted] = first_line.emplace(line, line_number); !inserted) {
      findings.push_back(
          {line_number, 1, "duplicate of line " + std::to_string(it->second) + ": '" + line + "'"});
    } else if (!previous.empty() && line < previous) {
      findings.push_back(
          {line_number, 1,
           "not sorted: '" + line + "' comes before '" + previous + "' (LC_ALL=C sort)"});
    }
    previous = line;
  }
  return findings;
}

std::vector<LintFinding> FindContradictions(const WordList& list, const Corrector& corrector) {
  std::vector<LintFinding> findings;
  const CorrectionResult result = corrector.Correct(list.entries);
  for (const Emendation& e : result.emendations) {
    if (e.status != EmendationStatus::kApplied) continue;
    const size_t k = static_cast<size_t>(e.line) - 1;
    const int line = k < list.lines.size() ? list.lines[k] : e.line;
    findings.push_back({line, e.column,
                        "the corrector changes '" + e.ocr + "' to '" + e.reading + "' (" +
                            std::string(ClassName(e.emendation_class)) +
                            "): the entry or the rule is wrong"});
  }
  return findings;
}

}  // namespace emend::correct
