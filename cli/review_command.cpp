// emend review OCR.txt --emendations E.tsv [--decisions D.tsv]
//     [--accept K|ID]... [--reject K|ID]... [--read K=TEXT|ID=TEXT]... [--next-is noun|verb]
//     [--structure [--profile P] [--structure-decisions S.tsv]]
// Lists the flagged emendations, most frequent series first, with their
// context; records decisions on a series (K, its number in the list) or on
// one emendation (its id) in the decisions file.
#include <sys/stat.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "core/file_lock.hpp"
#include "core/output_file.hpp"
#include "core/temp_files.hpp"
#include "core/text_file.hpp"
#include "core/utf8.hpp"
#include "correct/decisions.hpp"
#include "correct/emendation.hpp"
#include "tei/profile.hpp"
#include "tei/reading.hpp"
#include "tei/structure.hpp"
#include "tei/structure_decisions.hpp"
#include "tei/structure_review.hpp"

namespace emend::cli {
namespace {

struct ReviewArgs {
  std::string input;
  std::string emendations;
  std::string decisions;
  std::vector<std::string> accept, reject, read;
  std::string next_is;
  int limit = 5;
  bool structure = false;
  std::string profile, structure_decisions;
};

struct Series {
  std::string ocr, reading;
  correct::EmendationClass emendation_class;
  std::vector<const correct::Emendation*> members;
};

// Flagged emendations grouped by OCR reading and proposal, most frequent
// first (ties in text order).
std::vector<Series> FlaggedSeries(const std::vector<correct::Emendation>& emendations) {
  std::map<std::pair<std::string, std::string>, size_t> index;
  std::vector<Series> series;
  for (const correct::Emendation& e : emendations) {
    // Noise is kept as the OCR read it and needs no decision.
    if (e.status != correct::EmendationStatus::kFlagged ||
        e.emendation_class == correct::EmendationClass::kNoise)
      continue;
    auto [it, inserted] = index.emplace(std::pair{e.ocr, e.reading}, series.size());
    if (inserted) series.push_back({e.ocr, e.reading, e.emendation_class, {}});
    series[it->second].members.push_back(&e);
  }
  std::stable_sort(series.begin(), series.end(), [](const Series& a, const Series& b) {
    return a.members.size() > b.members.size();
  });
  return series;
}

// Text from the OCR or the emendations file, made safe for a terminal:
// control characters (an escape sequence would recolour or retitle the
// editor's terminal) are shown as \xHH, C1 controls as \u{HHHH}.
std::string Printable(std::string_view s) {
  std::string out;
  char hex[16];
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      std::snprintf(hex, sizeof hex, "\\u{%04X}", static_cast<unsigned char>(s[i + 1]));
      out += hex;
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string Snippet(const std::vector<std::string>& ocr, const correct::Emendation& e) {
  const std::string& line = ocr[static_cast<size_t>(e.line) - 1];
  std::string s = line;
  while (!s.empty() && s.back() == ' ') s.pop_back();
  if (s.size() > 100) {
    // Cut at a character boundary, not inside a multi-byte letter.
    size_t cut = 100;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "...";
  }
  return Printable(s);
}

void List(const std::vector<Series>& series, const std::vector<std::string>& ocr, int limit) {
  size_t total = 0;
  for (const Series& s : series) total += s.members.size();
  std::cout << total << " flagged emendation(s) in " << series.size()
            << " series, most frequent first. Decide with --accept K, --reject K or --read K=TEXT\n"
               "(K: a series' number, or one emendation's id).\n";
  for (size_t k = 0; k < series.size(); ++k) {
    const Series& s = series[k];
    std::cout << "\n[" << k + 1 << "] " << Printable(s.ocr) << " -> " << Printable(s.reading)
              << "  (" << correct::ClassName(s.emendation_class) << ", " << s.members.size()
              << "x)\n";
    for (size_t m = 0; m < s.members.size() && static_cast<int>(m) < limit; ++m) {
      const correct::Emendation& e = *s.members[m];
      std::cout << "    " << Printable(e.id) << "  line " << e.line << ": " << Snippet(ocr, e)
                << "\n";
    }
    if (static_cast<int>(s.members.size()) > limit)
      std::cout << "    ... and " << s.members.size() - limit << " more\n";
  }
}

// The decisions one --accept/--reject/--read value stands for.
std::vector<correct::Decision> Resolve(const std::string& target, correct::DecisionAction action,
                                       const std::string& reading,
                                       const std::vector<Series>& series,
                                       const std::vector<correct::Emendation>& emendations,
                                       const std::vector<std::string>& ocr,
                                       const ReviewArgs& args) {
  correct::Decision d;
  d.action = action;
  d.reading = reading;
  const bool number = !target.empty() && std::all_of(target.begin(), target.end(), ::isdigit);
  if (number) {
    size_t k = 0;
    const auto [end, error] = std::from_chars(target.data(), target.data() + target.size(), k);
    if (error != std::errc() || end != target.data() + target.size() || k == 0 ||
        k > series.size()) {
      throw UsageError("emend review",
                       "no series [" + target + "]: the list has " + std::to_string(series.size()));
    }
    d.ocr = series[k - 1].ocr;
    d.proposed = series[k - 1].reading;
    if (!args.next_is.empty()) d.after = "@" + args.next_is;
    d.note = "series of " + std::to_string(series[k - 1].members.size());
    return {d};
  }
  for (const correct::Emendation& e : emendations) {
    if (e.id != target) continue;
    const correct::Context context = correct::ContextOf(ocr, e);
    d.ocr = e.ocr;
    d.proposed = e.reading;
    d.before = context.before.empty() ? "*" : context.before;
    d.after = context.after.empty() ? "*" : context.after;
    d.note = "first seen at line " + std::to_string(e.line);
    return {d};
  }
  throw UsageError(args.emendations, "no emendation with id '" + Printable(target) + "'");
}

// The places of the recovered structure to check (tei/structure_review.hpp),
// each with the line to add to the structure decisions file that settles it.
void ListStructureDoubts(const std::vector<std::string>& ocr,
                         const std::vector<correct::Emendation>& emendations,
                         const ReviewArgs& args) {
  std::vector<std::string> text;
  for (const tei::ReadingLine& line : tei::ApplyEmendations(ocr, emendations, args.emendations))
    text.push_back(line.text);
  const tei::StructureProfile profile = tei::ReadStructureProfile(
      args.profile.empty() ? DataDir() + "/samples/thesis.profile" : args.profile);
  tei::StructureHints hints;
  std::vector<std::string> stale;
  if (!args.structure_decisions.empty() && std::filesystem::exists(args.structure_decisions)) {
    hints = tei::FindStructureDecisions(text, tei::ReadStructureDecisions(args.structure_decisions),
                                        args.structure_decisions, stale);
  }
  for (const std::string& message : stale) std::cout << Printable(message) << "\n";
  const auto doubts = tei::StructureDoubts(text, tei::AnalyseStructure(text, profile, hints));
  std::cout << "\n"
            << doubts.size() << " place(s) in the structure to check"
            << (args.structure_decisions.empty()
                    ? ""
                    : " (settle one with its line in " + args.structure_decisions + ")")
            << ":\n";
  for (const tei::StructureDoubt& d : doubts) {
    std::cout << args.input << ":" << d.line + 1 << ": " << Printable(d.what) << "\n";
    // The decision as the file takes it, tab-separated, to paste or edit.
    if (d.decision.empty()) continue;
    const size_t a = d.decision.find('\t'), b = d.decision.find('\t', a + 1);
    std::cout << "    " << d.decision.substr(0, a) << '\t' << d.decision.substr(a + 1, b - a - 1)
              << '\t' << Printable(d.decision.substr(b + 1)) << "\n";
  }
}

int Run(const ReviewArgs& args) {
  const std::vector<std::string> ocr = ReadTextLines(args.input);
  const auto emendations =
      correct::ParseEmendations(ReadFileBytes(args.emendations), args.emendations);
  for (const correct::Emendation& e : emendations) {
    if (e.line < 1 || static_cast<size_t>(e.line) > ocr.size()) {
      throw InputError(args.emendations, 0, 0,
                       "emendation " + e.id + " is beyond the end of " + args.input);
    }
  }
  const std::vector<Series> series = FlaggedSeries(emendations);
  std::vector<correct::Decision> fresh;
  auto add = [&](const std::vector<std::string>& targets, correct::DecisionAction action) {
    for (const std::string& t : targets) {
      std::string target = t, reading;
      if (action == correct::DecisionAction::kRead) {
        const size_t eq = t.find('=');
        if (eq == std::string::npos || eq + 1 == t.size()) {
          throw UsageError("emend review",
                           "--read wants K=TEXT or ID=TEXT, got '" + Printable(t) + "'");
        }
        target = t.substr(0, eq);
        reading = t.substr(eq + 1);
        // The reading goes into a line of the text and into the TEI: UTF-8,
        // no line break, no control character but a tab (XML cannot hold
        // most of them). The decisions file escapes tabs and backslashes.
        std::string without_tabs = reading;
        std::replace(without_tabs.begin(), without_tabs.end(), '\t', ' ');
        const std::string shown = Printable(reading);
        if (Printable(without_tabs) != without_tabs ||
            utf8::FindInvalid(reading) != std::string::npos) {
          throw UsageError(
              "emend review",
              "--read text must be UTF-8 without control characters, got '" + shown + "'");
        }
      }
      for (auto& d : Resolve(target, action, reading, series, emendations, ocr, args))
        fresh.push_back(d);
    }
  };
  add(args.accept, correct::DecisionAction::kAccept);
  add(args.reject, correct::DecisionAction::kReject);
  add(args.read, correct::DecisionAction::kRead);
  if (fresh.empty()) {
    List(series, ocr, args.limit);
    if (args.structure) ListStructureDoubts(ocr, emendations, args);
    return kOk;
  }
  if (args.decisions.empty())
    throw UsageError("emend review", "--decisions FILE is needed to record decisions");
  // Never lose what is there, even with two editors recording at once: under
  // a lock, parse the file as it is now (so a broken file is not made worse),
  // keep its bytes, append the new lines, replace the file in one step.
  const FolderLock lock(args.decisions);
  RemoveStaleTempFiles(args.decisions);
  std::string existing;
  std::vector<correct::Decision> known;
  struct stat st {};
  if (stat(args.decisions.c_str(), &st) == 0) {
    if ((st.st_mode & 0222) == 0) {
      throw IoError(args.decisions,
                    "is read-only; make it writable (chmod u+w) to record decisions");
    }
    existing = ReadFileBytes(args.decisions);
    known = correct::ParseDecisions(existing, args.decisions);
  }
  std::vector<correct::Decision> added;
  for (const correct::Decision& d : fresh) {
    auto same_key = [&](const correct::Decision& k) {
      return k.ocr == d.ocr && k.proposed == d.proposed && k.before == d.before &&
             k.after == d.after;
    };
    if (auto it = std::find_if(known.begin(), known.end(), same_key); it != known.end()) {
      if (it->line > 0) {
        std::cerr << args.decisions << ":" << it->line << ": already decided ("
                  << Printable(correct::Describe(*it)) << "); edit that line to change it\n";
      } else {
        std::cerr << "emend review: the same decision is given twice ("
                  << Printable(correct::Describe(*it)) << ")\n";
      }
      continue;
    }
    known.push_back(d);
    added.push_back(d);
  }
  if (!added.empty())
    WriteFileAtomically(args.decisions, correct::AppendDecisions(existing, added));
  // Only now is it on disk.
  for (const correct::Decision& d : added)
    std::cout << "recorded: " << Printable(correct::Describe(d)) << "\n";
  std::cout << added.size() << " decision(s) added to " << args.decisions
            << "; they apply from the next 'emend correct --decisions' (make correct)\n";
  return kOk;
}

}  // namespace

Runner AddReviewCommand(CLI::App& app) {
  auto args = std::make_shared<ReviewArgs>();
  CLI::App* cmd = app.add_subcommand(
      "review", "List the flagged emendations for an editor and record decisions on them.");
  cmd->add_option("input", args->input, "the OCR text the emendations were made on")->required();
  cmd->add_option("--emendations", args->emendations, "the emendation records (emend correct)")
      ->required();
  cmd->add_option("--decisions", args->decisions,
                  "the decisions file to add to (created if missing)");
  cmd->add_option("--accept", args->accept,
                  "accept series K (all of it) or the emendation with this id");
  cmd->add_option("--reject", args->reject,
                  "reject series K or one emendation: the OCR reading stays");
  cmd->add_option("--read", args->read, "K=TEXT or ID=TEXT: the editor's own reading");
  cmd->add_option("--next-is", args->next_is,
                  "with a series: only where the next word can be a noun or a verb")
      ->check(CLI::IsMember({"noun", "verb"}));
  cmd->add_option("--limit", args->limit, "examples shown per series (default 5)")
      ->check(CLI::Range(0, 1000000));
  cmd->add_flag("--structure", args->structure,
                "also list the structure's doubtful places: note numbers inferred, marks not "
                "found, page ends placed by line counts");
  cmd->add_option("--profile", args->profile,
                  "with --structure: the thesis's shape (default: DATA/samples/thesis.profile)");
  cmd->add_option(
      "--structure-decisions", args->structure_decisions,
      "with --structure: the structure decisions already taken (TSV: kind, target, text)");
  return [args] { return Run(*args); };
}

}  // namespace emend::cli
