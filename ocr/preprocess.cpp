#include "ocr/preprocess.hpp"

#include <leptonica/allheaders.h>

#include <cmath>
#include <cstdio>

#include "core/error.hpp"
#include "ocr/page_image.hpp"
#include "ocr/resolution.hpp"

namespace emend::ocr {
namespace {

PixPtr Checked(Pix* pix, const char* step) {
  // The caller (RunOcr) names the file and the page.
  if (!pix) throw InputError("", 0, 0, std::string("image preprocessing failed at ") + step);
  return PixPtr(pix);
}

// A global Otsu threshold: one tile as large as the page.
PixPtr Otsu(Pix* grey) {
  Pix* result = nullptr;
  const int w = pixGetWidth(grey), h = pixGetHeight(grey);
  pixOtsuAdaptiveThreshold(grey, w, h, 0, 0, 0.0f, nullptr, &result);
  return Checked(result, "binarisation");
}

}  // namespace

PixPtr CleanBilevel(const Pix* binary, int dpi, std::string* record) {
  Pix* source = const_cast<Pix*>(binary);
  // Ink touching the edges: no text touches the edge of a page.
  PixPtr page = Checked(pixRemoveBorderConnComps(source, 8), "edge clearing");
  // Dust: specks no larger than 1/150 inch anywhere.
  const int dust = std::max(1, dpi / 150);
  page = Checked(
      pixSelectBySize(page.get(), dust, dust, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GT, nullptr),
      "speck removal");
  // Dirt: small specks (up to 1/50 inch) away from the text. A speck is kept
  // when it lies within 1/6 inch along the line (more than a typewriter's
  // word space) and 1/30 inch across of larger ink, or of a speck kept before
  // it (three rounds: a typewriter's ellipsis puts its dots a wide cell
  // apart). Full stops, commas, colons and the dots of i and j stay; dirt in
  // the margins and between the lines goes.
  const int small = std::max(2, dpi / 50);
  const PixPtr large = Checked(
      pixSelectBySize(page.get(), small, small, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GT, nullptr),
      "speck removal");
  const PixPtr specks = Checked(pixXor(nullptr, page.get(), large.get()), "speck removal");
  PixPtr text = Checked(pixCopy(nullptr, large.get()), "speck removal");
  for (int round = 0; round < 3; ++round) {
    const PixPtr near =
        Checked(pixDilateBrick(nullptr, text.get(), 2 * (dpi / 6) + 1, 2 * (dpi / 30) + 1),
                "speck removal");
    // The specks touching the neighbourhood, whole (a seed fill from the overlap).
    const PixPtr seeds = Checked(pixAnd(nullptr, specks.get(), near.get()), "speck removal");
    const PixPtr kept =
        Checked(pixSeedfillBinary(nullptr, seeds.get(), specks.get(), 8), "speck removal");
    text = Checked(pixOr(nullptr, large.get(), kept.get()), "speck removal");
  }
  page = std::move(text);
  if (record) *record = "edges cleared; specks removed";
  return page;
}

PreprocessedPage Preprocess(const Pix* page, const PreprocessOptions& options) {
  QuietLeptonica();
  PreprocessedPage out;
  Pix* source = const_cast<Pix*>(page);  // Leptonica takes non-const images it does not change
  int dpi = DeclaredDpi(page);
  out.dpi_declared = dpi >= 50;
  if (!out.dpi_declared) dpi = options.fallback_dpi;
  std::string record;
  const bool bilevel = pixGetDepth(source) == 1;
  PixPtr grey;
  if (!bilevel) grey = Checked(pixConvertTo8(source, 0), "grey conversion");

  // The resolution, checked against the letters' height.
  std::string resolution_note;
  if (options.check_resolution) {
    const PixPtr rough = bilevel ? Checked(pixClone(source), "clone") : Otsu(grey.get());
    out.x_height = MeasureXHeight(rough.get());
    const ResolutionCheck check = CheckResolution(dpi, out.x_height);
    if (check.changed) {
      resolution_note = check.note;
      dpi = check.dpi;
    }
  }
  out.source_dpi = dpi;

  PixPtr binary;
  if (bilevel && dpi >= options.target_dpi) {
    // Already black and white at a good resolution: no grey to threshold,
    // but the edges and the specks a bilevel scanner keeps.
    record = "bilevel input";
    if (options.clean_bilevel) {
      std::string done;
      binary = CleanBilevel(source, dpi, &done);
      record += "; " + done;
    } else {
      binary = Checked(pixClone(source), "clone");
    }
  } else {
    if (!grey) grey = Checked(pixConvertTo8(source, 0), "grey conversion");
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
    if (options.binarization == Binarization::kOtsu) {
      binary = Otsu(grey.get());
    } else {
      Pix* result = nullptr;
      const int window = std::max(8, dpi / 12);
      pixSauvolaBinarizeTiled(grey.get(), window, 0.34f, 1, 1, nullptr, &result);
      binary = Checked(result, "binarisation");
    }
    grey.reset();
    record += ToString(options.binarization);
    // Specks no larger than a hundredth of an inch are noise, not ink: a full
    // stop or the dot of an i is twice that.
    const int speck = std::max(1, dpi / 100);
    binary = Checked(
        pixSelectBySize(binary.get(), speck, speck, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GT, nullptr),
        "speck removal");
    record += "; specks removed";
  }
  if (options.deskew) {
    // Leptonica's own deskew settings (sweep at 1/4 size over +-7 degrees,
    // search at 1/2), but the rotation is ours so that its angle is known.
    l_float32 angle = 0, confidence = 0;
    const bool found = pixFindSkewSweepAndSearch(binary.get(), &angle, &confidence, 4, 2, 7.0f,
                                                 1.0f, 0.01f) == 0 &&
                       confidence >= 3.0f && std::fabs(angle) >= 0.1f;
    const bool as_given = bilevel && out.scale == 1.0;  // not thresholded here
    if (found && as_given && std::fabs(angle) < options.bilevel_min_deskew_degrees) {
      char buffer[64];
      std::snprintf(buffer, sizeof buffer, "; skew %.2f deg left as it is", angle);
      record += buffer;
    } else if (found) {
      binary = Checked(pixRotate(binary.get(), static_cast<float>(angle * M_PI / 180.0),
                                 L_ROTATE_SHEAR, L_BRING_IN_WHITE, 0, 0),
                       "deskew");
      out.skew_degrees = angle;
      out.geometry.rotation_degrees = angle;
      char buffer[48];
      std::snprintf(buffer, sizeof buffer, "; deskewed %.2f deg", angle);
      record += buffer;
    } else {
      record += "; no skew";
    }
  }
  if (!out.dpi_declared)
    record += "; no dpi declared, assumed " + std::to_string(options.fallback_dpi);
  if (!resolution_note.empty()) record += "; " + resolution_note;
  pixSetResolution(binary.get(), dpi, dpi);
  out.geometry.source_width = pixGetWidth(source);
  out.geometry.source_height = pixGetHeight(source);
  out.geometry.scale = out.scale;
  out.geometry.width = pixGetWidth(binary.get());
  out.geometry.height = pixGetHeight(binary.get());
  out.binary = std::move(binary);
  out.dpi = dpi;
  out.description = record;
  return out;
}

}  // namespace emend::ocr
