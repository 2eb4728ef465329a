// The working state of one line while the rules run over it: its chunks as
// they read now, and the emendations made or proposed so far.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "correct/emendation.hpp"
#include "correct/token.hpp"

namespace emend::correct {

struct Proposal {
  size_t first = 0;  // first chunk replaced
  size_t count = 1;  // how many chunks (joined when more than one)
  std::string text;  // the new text of the whole span, punctuation included
  EmendationClass emendation_class = EmendationClass::kConfusion;
  double confidence = 0;
  std::string evidence;
};

class LineEditor {
 public:
  // line_number is 1-based; apply_threshold decides applied vs flagged.
  LineEditor(std::string_view line, int line_number, double apply_threshold);

  const std::vector<Token>& tokens() const { return tokens_; }
  // The first chunk of the next line, for rules whose context runs on
  // ("Peoples" at a line end, "Democracies" on the next line).
  const std::string& following() const { return following_; }
  void set_following(std::string chunk) { following_ = std::move(chunk); }
  // The whole next line, or empty.
  const std::string& next_line() const { return next_line_; }
  void set_next_line(std::string text) { next_line_ = std::move(text); }
  // The next line's second chunk, or empty.
  const std::string& following_second() const { return following_second_; }
  void set_following_second(std::string chunk) { following_second_ = std::move(chunk); }
  // The last chunk of the previous line ("Vol." before a line starting "Ill,").
  const std::string& preceding() const { return preceding_; }
  void set_preceding(std::string chunk) { preceding_ = std::move(chunk); }
  std::string_view original() const { return original_; }
  int line_number() const { return line_number_; }

  // Applies a proposal at or above the threshold (the chunks become one chunk
  // with the new text), or records it as flagged. Returns true if applied.
  bool Propose(const Proposal& proposal);
  // Records a line of scanner noise (flagged, the text stays).
  void MarkNoise(std::string evidence);

  // The corrected line: original spacing between chunks is kept.
  std::string Text() const;
  // The emendations of this line, in column order, with ids and columns set.
  std::vector<Emendation> Emendations() const;

 private:
  struct Pending {
    size_t begin, end;  // byte span in the original line
    std::string reading;
    Emendation record;
    bool folded = false;  // taken into a later proposal over it
  };
  std::string original_;
  int line_number_;
  double threshold_;
  std::vector<Token> tokens_;
  std::vector<Pending> emendations_;
  std::string following_;
  std::string following_second_;
  std::string next_line_;
  std::string preceding_;
};

}  // namespace emend::correct
