#include "correct/corrector.hpp"

#include <memory>

#include "correct/apostrophe_rule.hpp"
#include "correct/bracket_rule.hpp"
#include "correct/confusion_rule.hpp"
#include "correct/cyrillic_rule.hpp"
#include "correct/diacritic_rule.hpp"
#include "correct/document_stats.hpp"
#include "correct/footnote_mark_rule.hpp"
#include "correct/join_rule.hpp"
#include "correct/line_editor.hpp"
#include "correct/noise_rule.hpp"
#include "correct/noisy_channel.hpp"
#include "correct/numeral_rule.hpp"
#include "correct/possessive_context.hpp"
#include "correct/quote_rule.hpp"
#include "correct/sentence_end_rule.hpp"
#include "correct/split_rule.hpp"
#include "correct/template_rule.hpp"

namespace emend::correct {

Corrector::Corrector(const Lexicon& lexicon, const WordClasses& word_classes,
                     CorrectorOptions options)
    : lexicon_(lexicon), word_classes_(word_classes), options_(options) {}

CorrectionResult Corrector::Correct(const std::vector<std::string>& lines,
                                    const std::vector<std::string>& clean_text) const {
  DocumentStats document;
  document.AddDocument(lines);
  document.AddCleanText(clean_text);
  const Evidence evidence{lexicon_, document, word_classes_};
  const NoisyChannel channel(document, lexicon_);
  const PossessiveContext possessives(document, clean_text, lexicon_, word_classes_);

  // Order matters: Cyrillic and numerals see the OCR's chunks before joins;
  // splits are joined before word rules; apostrophes come last, on whole words.
  // Signature templates first, on the chunks as read.
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(std::make_unique<TemplateRule>(document));
  rules.push_back(std::make_unique<CyrillicRule>(lexicon_, channel));
  rules.push_back(std::make_unique<NumeralRule>(document));
  rules.push_back(std::make_unique<SplitRule>(channel));
  rules.push_back(std::make_unique<JoinRule>(channel));
  rules.push_back(std::make_unique<BracketRule>());
  rules.push_back(std::make_unique<QuoteRule>());
  rules.push_back(std::make_unique<DiacriticRule>(channel));
  rules.push_back(std::make_unique<ConfusionRule>(channel));
  rules.push_back(std::make_unique<ApostropheRule>(possessives));
  rules.push_back(std::make_unique<SentenceEndRule>());
  rules.push_back(std::make_unique<FootnoteMarkRule>(document));
  const NoiseRule noise;

  CorrectionResult result;
  result.lines.reserve(lines.size());
  // The OCR's chunks of the lines before and after, as the document split them.
  const std::vector<std::vector<Token>>& chunks = document.chunks();
  for (size_t k = 0; k < lines.size(); ++k) {
    LineEditor editor(lines[k], static_cast<int>(k) + 1, options_.apply_threshold);
    if (k > 0 && !chunks[k - 1].empty()) editor.set_preceding(chunks[k - 1].back().text);
    if (k + 1 < lines.size()) {
      const std::vector<Token>& next = chunks[k + 1];
      if (!next.empty()) editor.set_following(next.front().text);
      if (next.size() > 1) editor.set_following_second(next[1].text);
      editor.set_next_line(lines[k + 1]);
    }
    if (!noise.Apply(editor, evidence)) {
      for (const auto& rule : rules) rule->Apply(editor, evidence);
    }
    result.lines.push_back(editor.Text());
    for (Emendation& e : editor.Emendations()) result.emendations.push_back(std::move(e));
  }
  // Ids are line.column; two records at one place (a flagged proposal beside
  // an applied one) get a suffix so every id stays unique.
  for (size_t k = 1; k < result.emendations.size(); ++k) {
    int n = 1;
    for (size_t j = k; j-- > 0 && result.emendations[j].line == result.emendations[k].line;) {
      if (result.emendations[j].id == result.emendations[k].id) {
        result.emendations[k].id += std::string(1, static_cast<char>('a' + n++));
        break;
      }
    }
  }
  return result;
}

}  // namespace emend::correct
