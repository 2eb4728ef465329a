#include "ocr/preprocess.hpp"

#include <leptonica/allheaders.h>

#include <cmath>
#include <cstdio>

#include "core/error.hpp"

#include "ocr/page_image.hpp"

namespace emend::ocr {
namespace {

PixPtr Checked(Pix* pix, const char* step) {
  // The caller (RunOcr) names the file and the page.
  if (!pix) throw InputError("", 0, 0, std::string("image preprocessing failed at ") + step);
  return PixPtr(pix);
}

}  // namespace

std::string ToString(Binarization b) { return b == Binarization::kOtsu ? "otsu" : "sauvola"; }

bool ParseBinarization(const std::string& name, Binarization& out) {
  if (name == "otsu") out = Binarization::kOtsu;
  else if (name == "sauvola") out = Binarization::kSauvola;
  else return false;
  return true;
}

PreprocessedPage Preprocess(const Pix* page, const PreprocessOptions& options) {
  QuietLeptonica();
  PreprocessedPage out;
  Pix* source = const_cast<Pix*>(page);  // Leptonica takes non-const images it does not change
  int dpi = DeclaredDpi(page);
  out.dpi_declared = dpi >= 50;
  if (!out.dpi_declared) dpi = options.fallback_dpi;
  std::string record;
  PixPtr binary;
  if (pixGetDepth(source) == 1 && dpi >= options.target_dpi) {
    // Already black and white at a good resolution: only the skew to remove.
    binary = Checked(pixClone(source), "clone");
    record = "bilevel input";
  } else {
    PixPtr grey = Checked(pixConvertTo8(source, 0), "grey conversion");
    if (dpi < options.target_dpi) {
      const float factor = static_cast<float>(options.target_dpi) / static_cast<float>(dpi);
      grey = Checked(pixScale(grey.get(), factor, factor), "scaling");
      out.scale = factor;
      record = std::to_string(dpi) + "->" + std::to_string(options.target_dpi) + " dpi; ";
      dpi = options.target_dpi;
    }
    if (options.normalize_background) {
      grey = Checked(pixBackgroundNormSimple(grey.get(), nullptr, nullptr), "background");
      record += "background normalised; ";
    }
    Pix* result = nullptr;
    if (options.binarization == Binarization::kOtsu) {
      // One tile as large as the page: a global Otsu threshold.
      const int w = pixGetWidth(grey.get()), h = pixGetHeight(grey.get());
      pixOtsuAdaptiveThreshold(grey.get(), w, h, 0, 0, 0.0f, nullptr, &result);
    } else {
      const int window = std::max(8, dpi / 12);
      pixSauvolaBinarizeTiled(grey.get(), window, 0.34f, 1, 1, nullptr, &result);
    }
    binary = Checked(result, "binarisation");
    record += ToString(options.binarization);
    // Specks no larger than a hundredth of an inch are noise, not ink: a full
    // stop or the dot of an i is twice that.
    const int speck = std::max(1, dpi / 100);
    binary = Checked(pixSelectBySize(binary.get(), speck, speck, 8, L_SELECT_IF_EITHER,
                                     L_SELECT_IF_GT, nullptr),
                     "speck removal");
    record += "; specks removed";
  }
  if (options.deskew) {
    l_float32 angle = 0, confidence = 0;
    binary = Checked(pixFindSkewAndDeskew(binary.get(), 2, &angle, &confidence), "deskew");
    // Leptonica only rotates when it is confident; report what it did.
    if (confidence >= 3.0f && std::fabs(angle) >= 0.1f) {
      out.skew_degrees = angle;
      char buffer[48];
      std::snprintf(buffer, sizeof buffer, "; deskewed %.2f deg", angle);
      record += buffer;
    } else {
      record += "; no skew";
    }
  }
  if (!out.dpi_declared) record += "; no dpi declared, assumed " + std::to_string(options.fallback_dpi);
  pixSetResolution(binary.get(), dpi, dpi);
  out.binary = std::move(binary);
  out.dpi = dpi;
  out.description = record;
  return out;
}

}  // namespace emend::ocr
