// degrade_page: turns a clean rendered page (text2image output) into a page
// that looks scanned, with every degradation set by an option so that the
// sample pages can be remade exactly. Used by samples/pages/make-pages.sh.
//
//   degrade_page IN OUT.{png,tif} [--dpi N] [--skew DEG] [--exposure E]
//                [--shade F] [--noise SIGMA] [--speckle P] [--blots N] [--border W]
//                [--seed S] [--binary] [--append] [--as-is]
//
// --dpi      resolution of the output (the input's declared one is the source)
// --skew     rotation in degrees (positive: counter-clockwise)
// --exposure -2..2: negative thins the strokes (light copy), positive thickens
// --shade    0..1: how much darker the page gets towards its lower right corner
// --noise    standard deviation of Gaussian noise in grey levels
// --speckle  fraction of pixels turned into dark specks
// --blots    how many dark blots of dirt (1 to 4 pixels across) to scatter
// --border   width in pixels of the dark band a copier leaves along the left
//            and bottom edges (ragged on its inner side)
// --binary   write a 1-bit page (global threshold), as a bilevel scanner would
// --append   add the page to a (multi-page) TIFF instead of replacing OUT
// --as-is    no degradation at all: the page as read (to gather pages degraded
//            one by one into a multi-page TIFF with --append)
#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include "ocr/pix.hpp"

namespace {

using emend::ocr::PixPtr;

struct Settings {
  std::string input, output;
  int dpi = 0;
  double skew = 0, shade = 0, noise = 0, speckle = 0;
  int exposure = 0, blots = 0, border = 0;
  unsigned seed = 1;
  bool binary = false, append = false, as_is = false;
};

int Fail(const std::string& message) {
  std::fprintf(stderr, "degrade_page: %s\n", message.c_str());
  return 1;
}

bool Parse(int argc, char** argv, Settings& s) {
  int positional = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "--binary") {
      s.binary = true;
    } else if (arg == "--append") {
      s.append = true;
    } else if (arg == "--as-is") {
      s.as_is = true;
    } else if (arg.rfind("--", 0) == 0) {
      const char* v = value();
      if (!v) return false;
      if (arg == "--dpi")
        s.dpi = std::atoi(v);
      else if (arg == "--skew")
        s.skew = std::atof(v);
      else if (arg == "--exposure")
        s.exposure = std::atoi(v);
      else if (arg == "--shade")
        s.shade = std::atof(v);
      else if (arg == "--noise")
        s.noise = std::atof(v);
      else if (arg == "--speckle")
        s.speckle = std::atof(v);
      else if (arg == "--blots")
        s.blots = std::atoi(v);
      else if (arg == "--border")
        s.border = std::atoi(v);
      else if (arg == "--seed")
        s.seed = static_cast<unsigned>(std::atoi(v));
      else
        return false;
    } else if (positional == 0) {
      s.input = arg, ++positional;
    } else if (positional == 1) {
      s.output = arg, ++positional;
    } else {
      return false;
    }
  }
  return positional == 2;
}

// Darkens the page smoothly towards one corner (uneven lighting of a scan),
// then adds Gaussian noise and dark specks.
void ShadeAndNoise(Pix* pix, const Settings& s) {
  const int w = pixGetWidth(pix), h = pixGetHeight(pix), wpl = pixGetWpl(pix);
  l_uint32* data = pixGetData(pix);
  std::mt19937 random(s.seed);
  std::normal_distribution<double> gauss(0.0, s.noise > 0 ? s.noise : 1.0);
  std::uniform_real_distribution<double> uniform(0.0, 1.0);
  for (int y = 0; y < h; ++y) {
    l_uint32* row = data + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < w; ++x) {
      const double across = 0.5 * (static_cast<double>(x) / w + static_cast<double>(y) / h);
      double v = GET_DATA_BYTE(row, x) * (1.0 - s.shade * across);
      if (s.noise > 0) v += gauss(random);
      if (s.speckle > 0 && uniform(random) < s.speckle) v *= 0.35;
      SET_DATA_BYTE(row, x, static_cast<int>(std::lround(std::clamp(v, 0.0, 255.0))));
    }
  }
}

// Dirt and a copier's dark edges, drawn on the grey page.
void BlotsAndBorder(Pix* pix, const Settings& s) {
  const int w = pixGetWidth(pix), h = pixGetHeight(pix), wpl = pixGetWpl(pix);
  l_uint32* data = pixGetData(pix);
  std::mt19937 random(s.seed * 7919u + 1u);
  auto dark = [&](int x, int y) {
    if (x >= 0 && y >= 0 && x < w && y < h)
      SET_DATA_BYTE(data + static_cast<size_t>(y) * wpl, x, 20);
  };
  std::uniform_int_distribution<int> across(0, w - 1), down(0, h - 1), size(1, 4);
  for (int b = 0; b < s.blots; ++b) {
    const int cx = across(random), cy = down(random), r = size(random);
    for (int dy = -r / 2; dy <= r / 2; ++dy) {
      for (int dx = -r / 2; dx <= r / 2; ++dx) dark(cx + dx, cy + dy);
    }
  }
  if (s.border > 0) {
    std::uniform_int_distribution<int> ragged(-s.border / 3, s.border / 3);
    for (int y = 0; y < h; ++y) {
      const int edge = s.border + ragged(random);
      for (int x = 0; x < edge; ++x) dark(x, y);
    }
    for (int x = 0; x < w; ++x) {
      const int edge = s.border + ragged(random);
      for (int y = h - edge; y < h; ++y) dark(x, y);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  Settings s;
  if (!Parse(argc, argv, s)) {
    return Fail(
        "usage: degrade_page IN OUT [--dpi N] [--skew DEG] [--exposure E] [--shade F] "
        "[--noise SIGMA] [--speckle P] [--blots N] [--border W] [--seed S] [--binary] [--append] "
        "[--as-is]");
  }
  PixPtr page(pixRead(s.input.c_str()));
  if (!page) return Fail(s.input + ": cannot read the image");
  const int source_dpi = pixGetXRes(page.get()) > 0 ? pixGetXRes(page.get()) : 300;
  if (s.as_is) {
    pixSetResolution(page.get(), source_dpi, source_dpi);
    const int compression = pixGetDepth(page.get()) == 1 ? IFF_TIFF_G4 : IFF_TIFF_ZIP;
    if (pixWriteTiff(s.output.c_str(), page.get(), compression, s.append ? "a" : "w") != 0) {
      return Fail(s.output + ": cannot write the image");
    }
    return 0;
  }
  PixPtr grey(pixConvertTo8(page.get(), 0));
  if (s.dpi > 0 && s.dpi != source_dpi) {
    const float factor = static_cast<float>(s.dpi) / static_cast<float>(source_dpi);
    grey.reset(pixScale(grey.get(), factor, factor));
  } else {
    // A light blur so that even a full-resolution page has soft edges.
    grey.reset(pixBlockconv(grey.get(), 1, 1));
  }
  for (int i = 0; i < std::abs(s.exposure); ++i) {
    // Grey erosion spreads the dark strokes; dilation eats into them.
    grey.reset(s.exposure > 0 ? pixErodeGray(grey.get(), 3, 1) : pixDilateGray(grey.get(), 1, 3));
  }
  if (s.skew != 0) {
    const float radians = static_cast<float>(s.skew * M_PI / 180.0);
    grey.reset(pixRotate(grey.get(), radians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
  }
  if (!grey) return Fail(s.input + ": degrading failed");
  ShadeAndNoise(grey.get(), s);
  BlotsAndBorder(grey.get(), s);
  PixPtr out = s.binary ? PixPtr(pixThresholdToBinary(grey.get(), 150)) : std::move(grey);
  const int dpi = s.dpi > 0 ? s.dpi : source_dpi;
  pixSetResolution(out.get(), dpi, dpi);
  const bool tiff =
      s.output.size() > 4 && (s.output.ends_with(".tif") || s.output.ends_with(".tiff"));
  l_ok failed;
  if (tiff) {
    const int compression = pixGetDepth(out.get()) == 1 ? IFF_TIFF_G4 : IFF_TIFF_ZIP;
    failed = pixWriteTiff(s.output.c_str(), out.get(), compression, s.append ? "a" : "w");
  } else {
    failed = pixWrite(s.output.c_str(), out.get(), IFF_PNG);
  }
  if (failed) return Fail(s.output + ": cannot write the image");
  return 0;
}
