#include "correct/template_rule.hpp"

#include <algorithm>

#include "correct/token.hpp"

namespace emend::correct {
namespace {

// The other readings in the frame that outvote the one read here.
constexpr int kMinVotes = 3;
// The strokes and rounds the OCR confuses: 1 / I l | and 0 O.
constexpr const char* kLookAlikeGlyphs = "1/Il|0O";

std::string FrameKey(const std::vector<Token>& tokens, size_t i) {
  return tokens[i - 2].text + '\t' + tokens[i - 1].text + '\t' + tokens[i + 1].text + '\t' +
         tokens[i + 2].text;
}

bool SignatureLike(std::string_view chunk) {
  return chunk.find_first_of("0123456789/") != std::string_view::npos;
}

}  // namespace

bool TemplateRule::LookAlike(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a == b) return false;
  constexpr std::string_view kStrokes = "1/Il|";
  constexpr std::string_view kRounds = "0O";
  int apart = 0;
  for (size_t k = 0; k < a.size(); ++k) {
    if (a[k] == b[k]) continue;
    const bool strokes = kStrokes.find(a[k]) != std::string_view::npos &&
                         kStrokes.find(b[k]) != std::string_view::npos;
    const bool rounds = kRounds.find(a[k]) != std::string_view::npos &&
                        kRounds.find(b[k]) != std::string_view::npos;
    if (!strokes && !rounds) return false;
    ++apart;
  }
  return apart <= 2;
}

TemplateRule::TemplateRule(const DocumentStats& document) {
  for (size_t k = 0; k < document.lines().size(); ++k) {
    if (document.lines()[k].find_first_of("0123456789/") == std::string::npos) continue;
    const std::vector<Token>& tokens = document.chunks()[k];
    for (size_t i = 2; i + 2 < tokens.size(); ++i) {
      // Only a chunk with a stroke or a round can be a look-alike of another.
      if (tokens[i].text.find_first_of(kLookAlikeGlyphs) == std::string::npos) continue;
      ++frames_[FrameKey(tokens, i)][tokens[i].text];
    }
  }
}

void TemplateRule::Apply(LineEditor& line, const Evidence&) const {
  // Frames are counted on lines with a digit or a slash only.
  if (line.original().find_first_of("0123456789/") == std::string_view::npos) return;
  const std::vector<Token>& tokens = line.tokens();
  for (size_t i = 2; i + 2 < tokens.size(); ++i) {
    // A look-alike differs only in strokes and rounds.
    if (tokens[i].emendation >= 0 ||
        tokens[i].text.find_first_of(kLookAlikeGlyphs) == std::string::npos)
      continue;
    const auto frame = frames_.find(FrameKey(tokens, i));
    if (frame == frames_.end()) continue;
    const auto here = frame->second.find(tokens[i].text);
    // Read so only here: a reading the document repeats in its frame is its own.
    if (here == frame->second.end() || here->second != 1) continue;
    const auto best =
        std::max_element(frame->second.begin(), frame->second.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best->first == tokens[i].text || best->second < kMinVotes ||
        !(SignatureLike(best->first) || SignatureLike(tokens[i].text)) ||
        !LookAlike(tokens[i].text, best->first)) {
      continue;
    }
    line.Propose({i, 1, best->first, EmendationClass::kConfusion, 0.8,
                  "template: the document has '" + best->first + "' " +
                      std::to_string(best->second) + " times between '" + tokens[i - 2].text + " " +
                      tokens[i - 1].text + "' and '" + tokens[i + 1].text + " " +
                      tokens[i + 2].text + "', and '" + tokens[i].text +
                      "' only here: its look-alike"});
  }
}

}  // namespace emend::correct
