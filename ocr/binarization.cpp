#include "ocr/binarization.hpp"

namespace emend::ocr {

std::string ToString(Binarization b) { return b == Binarization::kOtsu ? "otsu" : "sauvola"; }

bool ParseBinarization(const std::string& name, Binarization& out) {
  if (name == "otsu")
    out = Binarization::kOtsu;
  else if (name == "sauvola")
    out = Binarization::kSauvola;
  else
    return false;
  return true;
}

}  // namespace emend::ocr
