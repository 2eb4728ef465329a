#include "correct/numeral_rule.hpp"

#include <regex>
#include <unordered_map>

#include "correct/token.hpp"

namespace emend::correct {
namespace {

// l and 1 read for I.
std::string AsRoman(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == 'l' || c == '1') c = 'I';
  }
  return out;
}

const std::regex& HeadingNumber() {
  static const std::regex re("([1lIVX]+)\\.([0-9]+)");
  return re;
}
const std::regex& Signature() {
  // number > 31 (not a day), slash, 1-3 of l/1/I, then / or -.
  static const std::regex re("([0-9]{2,}/)([1lI]{1,3})(?=[/-])");
  return re;
}

}  // namespace

bool IsRomanKeyword(std::string_view core) {
  for (std::string_view k : {"CHAPTER", "Chapter", "PART", "Part", "Vol", "Volume", "Book"}) {
    if (core == k) return true;
  }
  return false;
}

int RomanValue(std::string_view s) {
  static const std::regex re("X{0,3}(IX|IV|V?I{0,3})");
  if (s.empty() || !std::regex_match(s.begin(), s.end(), re)) return 0;
  int value = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    int v = s[i] == 'X' ? 10 : s[i] == 'V' ? 5 : 1;
    int next = i + 1 < s.size() ? (s[i + 1] == 'X' ? 10 : s[i + 1] == 'V' ? 5 : 1) : 0;
    value += v < next ? -v : v;
  }
  return value;
}

NumeralRule::NumeralRule(const DocumentStats& document) {
  static const std::regex heading("^(I|II|III|IV|V|VI|VII|VIII|IX|X)\\.[0-9]+ +[A-Z'\"]");
  static const std::regex signature("[0-9]{2,}/(I|II|III|IV|V|VI|VII|VIII|IX|X)([/-]|[,;.]? |$)");
  // A label, then a number and a dash: "SSSR II - 288", "Madjarska VI -418551".
  static const std::regex labelled("([A-Z][A-Za-z]*\\.?) +([IVX]+|[0-9]+) *-");
  static const std::regex glued_label("(^|[ ,;])F(I{1,3}|IV|V|VI{1,3}|IX|X) ?/");
  int glued_labels = 0;
  std::unordered_map<std::string, int> roman_uses, other_uses;
  for (const std::string& line : document.lines()) {
    if (line.find('-') != std::string::npos &&
        line.find_first_of("0123456789") != std::string::npos) {
      for (std::sregex_iterator it(line.begin(), line.end(), labelled), end; it != end; ++it) {
        const std::string number = (*it)[2].str();
        if (RomanValue(number) > 0) {
          ++roman_uses[(*it)[1].str()];
        } else if (number.find_first_not_of("1") != std::string::npos) {
          // 1, 11 and 111 may be the misread numerals themselves.
          ++other_uses[(*it)[1].str()];
        }
      }
    }
    if (line.find("F") != std::string::npos && line.find('/') != std::string::npos) {
      glued_labels += static_cast<int>(std::distance(
          std::sregex_iterator(line.begin(), line.end(), glued_label), std::sregex_iterator()));
    }
    if (!roman_headings_ && std::regex_search(line, heading)) roman_headings_ = true;
    if (!roman_signatures_ && line.find('/') != std::string::npos &&
        std::regex_search(line, signature)) {
      roman_signatures_ = true;
    }
  }
  glued_file_label_ = glued_labels >= 2;
  for (const auto& [label, n] : roman_uses) {
    if (n >= 2 && n >= 2 * other_uses[label]) roman_labels_.insert(label);
  }
}

void NumeralRule::Apply(LineEditor& line, const Evidence& evidence) const {
  // CHAPTER II I / Vol. Ill: numeral chunks after a keyword, ending the line or a label.
  // The keyword may end the previous line ("Vol." / "Ill, Srbija ..."): then
  // the numeral chunks start at chunk 0 (begin == 0 below).
  const bool keyword_before = IsRomanKeyword(SplitWord(line.preceding()).core);
  for (size_t i = 0; i + 1 < line.tokens().size() + (keyword_before ? 1 : 0); ++i) {
    const size_t begin = keyword_before ? i : i + 1;
    if (keyword_before ? i > 0 : !IsRomanKeyword(SplitWord(line.tokens()[i].text).core)) continue;
    const std::string keyword(keyword_before ? SplitWord(line.preceding()).core
                                             : SplitWord(line.tokens()[i].text).core);
    std::string joined;
    size_t k = begin;
    std::string suffix;
    for (; k < line.tokens().size() && k < begin + 3; ++k) {
      WordParts p = SplitWord(line.tokens()[k].text);
      if (!p.prefix.empty() || p.core.empty() || p.core.size() > 4 ||
          p.core.find_first_not_of("IVXl1") != std::string_view::npos) {
        break;
      }
      joined += p.core;
      suffix = p.suffix;
      if (!suffix.empty()) {
        ++k;
        break;
      }
    }
    const size_t count = k - begin;
    if (count == 0) continue;
    const bool at_end =
        k == line.tokens().size() || suffix == ":" || suffix == "." || suffix == ",";
    const std::string roman = AsRoman(joined);
    const bool changed = roman != joined || count > 1;
    if (!changed || !at_end || RomanValue(roman) == 0) continue;
    // A lone "Ill" is a word too: only after the keyword is it a numeral.
    if (count == 1 && joined.find_first_of("l1") == std::string::npos) continue;
    line.Propose({begin, count, roman + suffix, EmendationClass::kConfusion, 0.9,
                  "numeral: roman numeral after '" + keyword + "'"});
  }
  // Section headings and contents lines: "111.1 Khrushchevs Visit ...".
  if (roman_headings_ && line.tokens().size() >= 2) {
    WordParts p = SplitWord(line.tokens()[0].text);
    std::match_results<std::string_view::const_iterator> m;
    WordParts next = SplitWord(line.tokens()[1].text);
    const bool title_follows =
        !next.core.empty() && (IsUpper(static_cast<unsigned char>(next.core[0])) ||
                               next.prefix == "'" || next.prefix == "\"");
    if (p.prefix.empty() && p.suffix.empty() && title_follows &&
        std::regex_match(p.core.begin(), p.core.end(), m, HeadingNumber())) {
      std::string numeral = m[1].str();
      std::string roman = AsRoman(numeral);
      if (roman != numeral && RomanValue(roman) > 0) {
        line.Propose({0, 1, roman + "." + m[2].str(), EmendationClass::kConfusion, 0.9,
                      "numeral: section heading, the document numbers sections in roman"});
      }
    }
  }
  // A heading's number read apart: "IV .2 Confrontation" -> "IV.2".
  if (roman_headings_ && line.tokens().size() >= 3) {
    const std::string& numeral = line.tokens()[0].text;
    const std::string& section = line.tokens()[1].text;
    const WordParts title = SplitWord(line.tokens()[2].text);
    const bool title_follows =
        !title.core.empty() &&
        (IsUpper(static_cast<unsigned char>(title.core[0])) || title.prefix == "'");
    if (numeral.size() <= 4 && numeral.find_first_not_of("IVXl1") == std::string::npos &&
        section.size() >= 2 && section[0] == '.' &&
        section.find_first_not_of("0123456789", 1) == std::string::npos && title_follows &&
        RomanValue(AsRoman(numeral)) > 0) {
      line.Propose({0, 2, AsRoman(numeral) + section, EmendationClass::kSplit, 0.9,
                    "numeral: section heading's number read apart, the document writes "
                    "them whole"});
    }
  }
  // Archival signatures: 507/111/61, 119/1-56, 119/11/15.
  if (roman_signatures_) {
    for (size_t i = 0; i < line.tokens().size(); ++i) {
      const std::string& text = line.tokens()[i].text;
      if (text.find('/') == std::string::npos) continue;
      std::string out;
      auto begin = text.cbegin();
      std::smatch m;
      bool changed = false;
      while (std::regex_search(begin, text.cend(), m, Signature())) {
        out.append(begin, m[0].first);
        const std::string number = m[1].str();
        if (std::stoi(number) > 31) {
          out += number + AsRoman(m[2].str());
          changed = true;
        } else {
          out += m[0].str();
        }
        begin = m[0].second;
      }
      out.append(begin, text.cend());
      if (changed && out != text) {
        line.Propose({i, 1, out, EmendationClass::kConfusion, 0.85,
                      "numeral: archival signature, the document writes such parts in roman"});
      }
    }
  }
  // A signature part of l/I before a slash or dash ("F lll/62", "ll-14"),
  // or glued to the file label F where the document glues it so ("Fll/Kina"
  // beside "FIV/1", "FV/f3/2").
  if (roman_signatures_) {
    static const std::regex part("^([lI1]{1,3})([/-][0-9A-Za-z].*)$");
    for (size_t i = 0; i < line.tokens().size(); ++i) {
      const std::string& text = line.tokens()[i].text;
      const size_t label = glued_file_label_ && text.starts_with("F") ? 1 : 0;
      // Cheap tests first: the regular expression is costly on every chunk.
      if (text.size() < 3 + label || text.find('l') == std::string::npos ||
          std::string_view("lI1").find(text[label]) == std::string_view::npos) {
        continue;
      }
      std::smatch m;
      const std::string rest = text.substr(label);
      if (!std::regex_match(rest, m, part) || m[1].str().find('l') == std::string::npos) continue;
      line.Propose({i, 1, text.substr(0, label) + AsRoman(m[1].str()) + m[2].str(),
                    EmendationClass::kConfusion, 0.8,
                    "numeral: archival signature part, l read for I"});
    }
  }
  // The last part of a signature ("F V/f4/lll,"): two or three of l/1/I
  // after a slash, at least one of them an l, a digit in a part before.
  if (roman_signatures_) {
    // A digit before it marks a signature ("ill/ll" is none).
    static const std::regex last("^(.*[0-9].*/)([lI1]{2,3})([,;.]?)$");
    for (size_t i = 0; i < line.tokens().size(); ++i) {
      const std::string& text = line.tokens()[i].text;
      if (text.find('/') == std::string::npos || text.find('l') == std::string::npos) continue;
      std::smatch m;
      if (line.tokens()[i].emendation >= 0 || !std::regex_match(text, m, last) ||
          m[2].str().find('l') == std::string::npos || RomanValue(AsRoman(m[2].str())) == 0) {
        continue;
      }
      line.Propose({i, 1, m[1].str() + AsRoman(m[2].str()) + m[3].str(),
                    EmendationClass::kConfusion, 0.8,
                    "numeral: archival signature's last part, l read for I"});
    }
  }
  // After a label the document's signatures number in roman, 1/l runs
  // before a dash are that numeral ("SSSR 1-165", "SSSR 11 -512").
  if (!roman_labels_.empty()) {
    static const std::regex part("^([1l]{1,3})(-[0-9].*)?$");
    for (size_t i = 0; i + 1 < line.tokens().size(); ++i) {
      if (!roman_labels_.count(line.tokens()[i].text)) continue;
      const std::string& text = line.tokens()[i + 1].text;
      std::smatch m;
      if (line.tokens()[i + 1].emendation >= 0 || !std::regex_match(text, m, part)) continue;
      const bool dash = m[2].matched || (i + 2 < line.tokens().size() &&
                                         line.tokens()[i + 2].text.starts_with("-"));
      if (!dash) continue;
      line.Propose(
          {i + 1, 1, AsRoman(m[1].str()) + m[2].str(), EmendationClass::kConfusion, 0.85,
           "numeral: the document's signatures number '" + line.tokens()[i].text + "' in roman"});
    }
  }
  // A standalone run of l/1/I that is no word and no number: "lll" -> "III".
  for (size_t i = 0; i < line.tokens().size(); ++i) {
    WordParts p = SplitWord(line.tokens()[i].text);
    if (p.core.size() < 2 || p.core.size() > 3 ||
        p.core.find_first_not_of("lI1") != std::string_view::npos ||
        p.core.find('l') == std::string_view::npos || evidence.Known(p.core)) {
      continue;
    }
    line.Propose({i, 1, std::string(p.prefix) + AsRoman(p.core) + std::string(p.suffix),
                  EmendationClass::kConfusion, 0.8, "numeral: l read for I in a roman numeral"});
  }
}

}  // namespace emend::correct
