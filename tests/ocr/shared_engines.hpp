// The Tesseract engines the OCR tests' in-process runs (RunOcr) share: one
// shelf per test process (OcrOptions::engines), so that a run with the same
// models and user words as an earlier one starts no engine (about a third of
// a second each) but takes the engines that run put back. The emend binary's
// runs start their own, as an editor's do.
#pragma once

#include <memory>

#include "ocr/engine_shelf.hpp"

namespace emend_test {

inline std::shared_ptr<emend::ocr::EngineShelf> SharedOcrEngines() {
  static const std::shared_ptr<emend::ocr::EngineShelf> shelf =
      std::make_shared<emend::ocr::EngineShelf>();
  return shelf;
}

}  // namespace emend_test
