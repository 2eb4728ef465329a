// How a grey page becomes black and white before recognition (see
// preprocess.hpp), and the names `emend ocr --binarization` takes. Apart from
// the preprocessing, so that the emend binary can check the option without
// loading the OCR libraries.
#pragma once

#include <string>

namespace emend::ocr {

enum class Binarization {
  kOtsu,     // Otsu's threshold on the background-normalised page
  kSauvola,  // Sauvola's local threshold (window about 1/12 inch)
};

// "otsu" / "sauvola"; Parse returns false for anything else.
std::string ToString(Binarization b);
bool ParseBinarization(const std::string& name, Binarization& out);

}  // namespace emend::ocr
