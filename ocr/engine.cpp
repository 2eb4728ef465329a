#include "ocr/engine.hpp"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "core/error.hpp"

namespace emend::ocr {
namespace {

std::vector<std::string> SplitLanguages(const std::string& languages) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= languages.size()) {
    const size_t plus = std::min(languages.find('+', start), languages.size());
    if (plus > start) out.push_back(languages.substr(start, plus - start));
    start = plus + 1;
  }
  return out;
}

std::string DebianPackage(std::string language) {
  std::replace(language.begin(), language.end(), '_', '-');
  std::transform(language.begin(), language.end(), language.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return "tesseract-ocr-" + language;
}

BoundingBox Box(const tesseract::PageIterator& it, tesseract::PageIteratorLevel level) {
  BoundingBox b;
  it.BoundingBox(level, &b.left, &b.top, &b.right, &b.bottom);
  return b;
}

std::string Take(char* text) {
  std::string out = text ? text : "";
  delete[] text;
  return out;
}

}  // namespace

std::string TessdataDir(const EngineOptions& options) {
  if (!options.tessdata_dir.empty()) return options.tessdata_dir;
  if (const char* env = std::getenv("TESSDATA_PREFIX"); env && *env) return env;
  return EMEND_DEFAULT_TESSDATA_DIR;
}

void CheckLanguageModels(const EngineOptions& options) {
  const std::string dir = TessdataDir(options);
  const std::vector<std::string> languages = SplitLanguages(options.languages);
  if (languages.empty()) throw InputError(options.languages, 0, 0, "no language model named");
  for (const std::string& language : languages) {
    const std::filesystem::path model = std::filesystem::path(dir) / (language + ".traineddata");
    std::error_code ec;
    if (!std::filesystem::is_regular_file(model, ec)) {
      throw InputError(model.string(), 0, 0,
                       "language model '" + language + "' not found (Debian package " +
                           DebianPackage(language) + ")");
    }
  }
}

Engine::Engine(const EngineOptions& options) : api_(std::make_unique<tesseract::TessBaseAPI>()) {
  CheckLanguageModels(options);
  // Init-only settings go through Init; Tesseract's own chatter goes nowhere.
  std::vector<std::string> names = {"debug_file"};
  std::vector<std::string> values = {"/dev/null"};
  if (!options.user_words_file.empty()) {
    names.push_back("user_words_file");
    values.push_back(options.user_words_file);
  }
  if (!options.user_patterns_file.empty()) {
    names.push_back("user_patterns_file");
    values.push_back(options.user_patterns_file);
  }
  if (!options.user_words_file.empty() || !options.user_patterns_file.empty()) {
    // The LSTM decoder consults user words and patterns only with its matrix on.
    names.push_back("lstm_use_matrix");
    values.push_back("1");
  }
  const std::string dir = TessdataDir(options);
  if (api_->Init(dir.c_str(), options.languages.c_str(), tesseract::OEM_LSTM_ONLY, nullptr, 0,
                 &names, &values, false) != 0) {
    throw InputError(dir, 0, 0,
                     "Tesseract could not load the language models " + options.languages);
  }
}

Engine::~Engine() {
  if (api_) api_->End();
}

void Engine::Use(const PreprocessedPage& page) {
  if (current_ == page.binary.get()) return;
  api_->SetImage(page.binary.get());
  api_->SetSourceResolution(page.dpi);
  current_ = page.binary.get();
}

RecognizedPage Engine::Recognize(const PreprocessedPage& page) {
  current_ = nullptr;
  api_->SetPageSegMode(tesseract::PSM_AUTO);
  Use(page);
  // The caller (RunOcr) names the file and the page.
  if (api_->Recognize(nullptr) != 0) throw InputError("", 0, 0, "Tesseract failed on the page");
  RecognizedPage out;
  std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
  if (!it) return out;
  do {
    if (it->Empty(tesseract::RIL_WORD)) continue;
    if (out.lines.empty() || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      RecognizedLine& line = out.lines.emplace_back();
      line.box = Box(*it, tesseract::RIL_TEXTLINE);
      if (!it->Baseline(tesseract::RIL_TEXTLINE, &line.baseline_x1, &line.baseline_y1,
                        &line.baseline_x2, &line.baseline_y2)) {
        line.baseline_x1 = line.baseline_y1 = line.baseline_x2 = line.baseline_y2 = 0;
      }
    }
    RecognizedWord word;
    word.text = Take(it->GetUTF8Text(tesseract::RIL_WORD));
    if (word.text.empty()) continue;
    word.confidence = it->Confidence(tesseract::RIL_WORD);
    word.box = Box(*it, tesseract::RIL_WORD);
    if (const char* language = it->WordRecognitionLanguage()) word.language = language;
    do {
      RecognizedSymbol symbol;
      symbol.text = Take(it->GetUTF8Text(tesseract::RIL_SYMBOL));
      symbol.box = Box(*it, tesseract::RIL_SYMBOL);
      word.symbols.push_back(std::move(symbol));
    } while (!it->IsAtFinalElement(tesseract::RIL_WORD, tesseract::RIL_SYMBOL) &&
             it->Next(tesseract::RIL_SYMBOL));
    out.lines.back().words.push_back(std::move(word));
  } while (it->Next(tesseract::RIL_WORD));
  std::erase_if(out.lines, [](const RecognizedLine& line) { return line.words.empty(); });
  // Recognize left results bound to the whole page; later ReadWord calls set rectangles.
  return out;
}

std::string Engine::ReadWord(const PreprocessedPage& page, const BoundingBox& box) {
  Use(page);
  api_->SetPageSegMode(tesseract::PSM_SINGLE_WORD);
  // A little margin: the word's box is tight around its ink.
  const int pad = std::max(2, (box.bottom - box.top) / 6);
  const int left = std::max(0, box.left - pad), top = std::max(0, box.top - pad);
  const int right = std::min<int>(pixGetWidth(page.binary.get()), box.right + pad);
  const int bottom = std::min<int>(pixGetHeight(page.binary.get()), box.bottom + pad);
  if (right <= left || bottom <= top) return "";
  api_->SetRectangle(left, top, right - left, bottom - top);
  std::string text = Take(api_->GetUTF8Text());
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

std::string Engine::ReadDigits(const PreprocessedPage& page, const BoundingBox& box,
                               float* confidence) {
  api_->SetVariable("tessedit_char_whitelist", "0123456789");
  std::string text = ReadWord(page, box);
  if (confidence) *confidence = static_cast<float>(api_->MeanTextConf());
  api_->SetVariable("tessedit_char_whitelist", "");
  text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
  return text;
}

std::string Engine::ReadWithoutDigits(const PreprocessedPage& page, const BoundingBox& box) {
  api_->SetVariable("tessedit_char_blacklist", "0123456789");
  std::string text = ReadWord(page, box);
  api_->SetVariable("tessedit_char_blacklist", "");
  return text;
}

}  // namespace emend::ocr
