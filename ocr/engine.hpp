// One Tesseract 5 LSTM engine (the C++ API), for one thread at a time.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ocr/page_geometry.hpp"
#include "ocr/preprocess.hpp"

namespace tesseract {
class TessBaseAPI;
}

namespace emend::ocr {

// One character as the engine placed it (LSTM boxes are approximate).
struct RecognizedSymbol {
  std::string text;  // UTF-8
  BoundingBox box;   // in the preprocessed image
};

struct RecognizedWord {
  std::string text;                       // UTF-8, after script repair and mark reading
  float confidence = 0;                   // Tesseract's word confidence, 0..100
  BoundingBox box;                        // in the preprocessed image
  std::string language;                   // the model that read it ("eng", "hrv", "rus")
  std::string engine_text;                // what the engine read, when script repair changed it
  std::string repair;                     // the repair's evidence, when it changed the word
  std::vector<RecognizedSymbol> symbols;  // what the engine read, symbol by symbol
};

struct RecognizedLine {
  BoundingBox box;
  std::vector<RecognizedWord> words;
  // The line's baseline as the engine fitted it: (x1, y1) to (x2, y2) in the
  // preprocessed image; both ends 0 when the engine gave none.
  int baseline_x1 = 0, baseline_y1 = 0, baseline_x2 = 0, baseline_y2 = 0;
};

struct RecognizedPage {
  std::vector<RecognizedLine> lines;
};

struct EngineOptions {
  // Folder of *.traineddata; empty: $TESSDATA_PREFIX, else the build default.
  std::string tessdata_dir;
  // Tesseract models joined by '+' (English, Serbo-Croatian Latin, Russian).
  std::string languages = "eng+hrv+rus";
  // Tesseract user words / patterns files (see user_dictionary.hpp); may be empty.
  std::string user_words_file;
  std::string user_patterns_file;
};

// The folder of language models that `options` means.
std::string TessdataDir(const EngineOptions& options);

// Throws InputError naming the model file for the first language in
// `languages` that has no model in the tessdata folder.
void CheckLanguageModels(const EngineOptions& options);

class Engine {
 public:
  // Loads the models. Throws InputError naming a missing model file, or the
  // tessdata folder if Tesseract refuses to start.
  explicit Engine(const EngineOptions& options);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Recognises a whole page (page segmentation automatic). Throws an
  // InputError without a file name if Tesseract fails on the page.
  RecognizedPage Recognize(const PreprocessedPage& page);

  // Reads the single word at `box` of `page` (the same image handed to
  // Recognize, or any other); "" when nothing is read.
  std::string ReadWord(const PreprocessedPage& page, const BoundingBox& box);

  // Reads the digits at `box` of `page` as one word, the engine allowed no
  // other character; `confidence` (if given) gets the engine's 0..100. "" when
  // nothing is read.
  std::string ReadDigits(const PreprocessedPage& page, const BoundingBox& box,
                         float* confidence = nullptr);

  // Reads the single word at `box` of `page` as ReadWord does, the engine
  // allowed no digit. "" when nothing is read.
  std::string ReadWithoutDigits(const PreprocessedPage& page, const BoundingBox& box);

 private:
  void Use(const PreprocessedPage& page);

  std::unique_ptr<tesseract::TessBaseAPI> api_;
  const Pix* current_ = nullptr;  // the image Tesseract holds now
};

}  // namespace emend::ocr
