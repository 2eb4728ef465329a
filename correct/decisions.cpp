#include "correct/decisions.hpp"

#include <algorithm>
#include <map>
#include <sstream>

#include "core/error.hpp"
#include "core/tsv_field.hpp"
#include "core/utf8.hpp"

namespace emend::correct {
namespace {

const char* const kColumns = "action\tocr\tproposed\tbefore\tafter\treading\tnote";

// The word without the punctuation around it ("visit," -> "visit").
std::string Bare(const std::string& token) {
  size_t b = 0, e = token.size();
  auto punct = [](unsigned char c) { return c < 0x80 && !std::isalnum(c); };
  while (b < e && punct(static_cast<unsigned char>(token[b]))) ++b;
  while (e > b && punct(static_cast<unsigned char>(token[e - 1]))) --e;
  return token.substr(b, e - b);
}

std::vector<std::string> Words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> words;
  for (std::string w; in >> w;) {
    if (std::string bare = Bare(w); !bare.empty()) words.push_back(bare);
  }
  return words;
}

// Byte offset of a 1-based code point column (the line's end past it).
// The column is 64-bit: a record's column + length may exceed an int.
size_t ByteAt(const std::string& line, long long column) {
  size_t i = 0;
  for (long long c = 1; c < column && i < line.size(); ++c) utf8::Next(line, i);
  return i;
}

bool Matches(const std::string& pattern, const std::string& value) {
  return pattern == "*" || pattern == value;
}

bool AfterMatches(const std::string& pattern, const std::string& after,
                  const WordClasses& classes) {
  if (pattern == "@noun") return !after.empty() && classes.CanBeNoun(after);
  if (pattern == "@verb") return !after.empty() && classes.CanBeVerb(after);
  return Matches(pattern, after);
}

int Specificity(const Decision& d) {
  return (d.proposed != "*") + (d.before != "*") + (d.after != "*");
}

}  // namespace

std::string_view ActionName(DecisionAction action) {
  switch (action) {
    case DecisionAction::kAccept:
      return "accept";
    case DecisionAction::kReject:
      return "reject";
    case DecisionAction::kRead:
      return "read";
  }
  return "?";
}

std::string DecisionsHeader() {
  return "# emend: editors' decisions on the corrector's emendations, applied on every run.\n"
         "# action: accept | reject | read (the editor's reading in 'reading').\n"
         "# ocr, proposed: what the OCR read and what the corrector proposed ('*': anything).\n"
         "# before, after: the OCR words around it ('*': any word; after also '@noun' or "
         "'@verb').\n"
         "# Written by 'emend review'; edit by hand with care: tabs separate the columns.\n" +
         std::string(kColumns) + "\n";
}

std::string FormatDecision(const Decision& d) {
  // Fields are escaped as in the emendations file (core/tsv_field.hpp).
  return std::string(ActionName(d.action)) + "\t" + EscapeTsvField(d.ocr) + "\t" +
         EscapeTsvField(d.proposed) + "\t" + EscapeTsvField(d.before) + "\t" +
         EscapeTsvField(d.after) + "\t" + EscapeTsvField(d.reading) + "\t" +
         EscapeTsvField(d.note) + "\n";
}

bool HasDecisionsHeader(const std::string& text) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    return line == kColumns;
  }
  return false;
}

std::string AppendDecisions(std::string existing, const std::vector<Decision>& added) {
  if (!existing.empty() && existing.back() != '\n') existing += '\n';
  if (!HasDecisionsHeader(existing)) existing += DecisionsHeader();
  for (const Decision& d : added) existing += FormatDecision(d);
  return existing;
}

std::vector<Decision> ParseDecisions(const std::string& text, const std::string& path) {
  std::vector<Decision> decisions;
  std::istringstream in(text);
  bool header = false;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    if (!header) {
      if (line != kColumns)
        throw InputError(path, number, 1, "expected the header '" + std::string(kColumns) + "'");
      header = true;
      continue;
    }
    const std::vector<std::string> f = SplitFields(line);
    if (f.size() != 7) {
      throw InputError(path, number, 0,
                       "expected 7 tab-separated fields, found " + std::to_string(f.size()));
    }
    Decision d;
    d.line = number;
    if (f[0] == "accept") {
      d.action = DecisionAction::kAccept;
    } else if (f[0] == "reject") {
      d.action = DecisionAction::kReject;
    } else if (f[0] == "read") {
      d.action = DecisionAction::kRead;
    } else {
      throw InputError(path, number, 1, "unknown action '" + f[0] + "' (accept, reject or read)");
    }
    d.ocr = UnescapeTsvField(f[1]);
    d.proposed = f[2].empty() ? "*" : UnescapeTsvField(f[2]);
    d.before = f[3].empty() ? "*" : UnescapeTsvField(f[3]);
    d.after = f[4].empty() ? "*" : UnescapeTsvField(f[4]);
    d.reading = UnescapeTsvField(f[5]);
    d.note = UnescapeTsvField(f[6]);
    if (d.ocr.empty()) throw InputError(path, number, 0, "the ocr field is empty");
    if (d.action == DecisionAction::kRead && d.reading.empty()) {
      throw InputError(path, number, 0, "'read' needs the editor's reading in the reading field");
    }
    decisions.push_back(std::move(d));
  }
  return decisions;
}

Context ContextOf(const std::vector<std::string>& ocr, const Emendation& e) {
  Context c;
  const size_t k = static_cast<size_t>(e.line) - 1;
  if (k >= ocr.size()) return c;
  const std::string& line = ocr[k];
  const size_t begin = ByteAt(line, e.column);
  const size_t end = ByteAt(line, static_cast<long long>(e.column) + e.length);
  std::vector<std::string> left = Words(line.substr(0, begin));
  std::vector<std::string> right = Words(line.substr(end));
  for (size_t j = k; left.empty() && j-- > 0;) left = Words(ocr[j]);
  for (size_t j = k + 1; right.empty() && j < ocr.size(); ++j) right = Words(ocr[j]);
  if (!left.empty()) c.before = left.back();
  if (!right.empty()) c.after = right.front();
  return c;
}

std::string Describe(const Decision& d) {
  std::string s = std::string(ActionName(d.action)) + " '" + d.ocr + "'";
  if (d.proposed != "*") s += " -> '" + d.proposed + "'";
  if (d.action == DecisionAction::kRead) s += " as '" + d.reading + "'";
  std::string where;
  if (d.before != "*") where += "after '" + d.before + "'";
  if (d.after != "*") where += std::string(where.empty() ? "" : ", ") + "before '" + d.after + "'";
  if (!where.empty()) s += " (" + where + ")";
  return s;
}

DecisionResult ApplyDecisions(const std::vector<std::string>& ocr,
                              std::vector<Emendation>& emendations,
                              const std::vector<Decision>& decisions,
                              const WordClasses& word_classes, const std::string& decisions_path) {
  DecisionResult result;
  std::vector<bool> used(decisions.size(), false);
  for (Emendation& e : emendations) {
    if (e.emendation_class == EmendationClass::kNoise) continue;
    const Context context = ContextOf(ocr, e);
    const Decision* best = nullptr;
    size_t best_index = 0;
    for (size_t i = 0; i < decisions.size(); ++i) {
      const Decision& d = decisions[i];
      if (d.ocr != e.ocr || !Matches(d.proposed, e.reading) || !Matches(d.before, context.before) ||
          !AfterMatches(d.after, context.after, word_classes)) {
        continue;
      }
      if (!best || Specificity(d) > Specificity(*best)) {
        best = &d;
        best_index = i;
      }
    }
    if (!best) continue;
    used[best_index] = true;
    ++result.decided;
    switch (best->action) {
      case DecisionAction::kAccept:
        e.status = EmendationStatus::kAccepted;
        break;
      case DecisionAction::kReject:
        e.status = EmendationStatus::kRejected;
        break;
      case DecisionAction::kRead:
        e.reading = best->reading;
        e.status = EmendationStatus::kAccepted;
        break;
    }
    e.evidence += "; editor: " + std::string(ActionName(best->action)) + " (" + decisions_path +
                  ":" + std::to_string(best->line) + ")";
  }
  for (size_t i = 0; i < decisions.size(); ++i) {
    if (!used[i]) result.unmatched.push_back(&decisions[i]);
  }
  return result;
}

std::vector<std::string> ReadingLines(const std::vector<std::string>& ocr,
                                      const std::vector<Emendation>& emendations) {
  std::map<size_t, std::vector<const Emendation*>> by_line;
  for (const Emendation& e : emendations) {
    const bool in_text =
        e.status == EmendationStatus::kApplied || e.status == EmendationStatus::kAccepted;
    if (in_text && e.emendation_class != EmendationClass::kNoise)
      by_line[static_cast<size_t>(e.line) - 1].push_back(&e);
  }
  std::vector<std::string> out = ocr;
  for (auto& [k, list] : by_line) {
    if (k >= out.size()) continue;
    // Right to left, so earlier columns stay valid.
    std::sort(list.begin(), list.end(),
              [](const Emendation* a, const Emendation* b) { return a->column > b->column; });
    std::string& line = out[k];
    for (const Emendation* e : list) {
      const size_t begin = ByteAt(ocr[k], e->column);
      const size_t end = ByteAt(ocr[k], static_cast<long long>(e->column) + e->length);
      line.replace(begin, end - begin, e->reading);
    }
  }
  return out;
}

}  // namespace emend::correct
