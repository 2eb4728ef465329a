// Black-and-white pages are cleaned too: a copier's dark edges and the dirt
// between the lines go, the text's ink (full stops, colons, dots of i) stays.
#include "ocr/preprocess.hpp"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include "ocr/page_image.hpp"

namespace emend::ocr {
namespace {

const std::string kPages = std::string(EMEND_SOURCE_DIR) + "/samples/pages";

int Ink(const Pix* pix) {
  l_int32 n = 0;
  pixCountPixels(const_cast<Pix*>(pix), &n, nullptr);
  return n;
}

TEST(CleanBilevel, EdgesAndDirtGoTheTextStays) {
  const PixPtr page = ReadPage(kPages + "/p1-clean.tif", 0);
  ASSERT_EQ(pixGetDepth(page.get()), 1);
  const int w = pixGetWidth(page.get()), h = pixGetHeight(page.get());
  // The clean page loses nothing but what a clean page cannot hold.
  const PixPtr clean = CleanBilevel(page.get(), 300);
  EXPECT_GT(Ink(clean.get()), Ink(page.get()) * 999 / 1000) << "the text's ink stays";
  // Dirt: a dark band along the left edge, 4x4 specks in the margins and
  // between the lines, and single pixels of dust.
  PixPtr dirty(pixCopy(nullptr, const_cast<Pix*>(page.get())));
  pixRasterop(dirty.get(), 0, 0, 30, h, PIX_SET, nullptr, 0, 0);
  for (int i = 0; i < 40; ++i) {
    pixRasterop(dirty.get(), 60 + (i * 613) % (w - 120), 10 + (i % 4) * 5, 4, 4, PIX_SET, nullptr,
                0, 0);
    pixSetPixel(dirty.get(), 70 + (i * 419) % (w - 140), h - 40 + i % 20, 1);
  }
  const PixPtr cleaned = CleanBilevel(dirty.get(), 300);
  PixPtr left(pixXor(nullptr, cleaned.get(), const_cast<Pix*>(clean.get())));
  EXPECT_EQ(Ink(left.get()), 0) << "all the dirt went, and only the dirt";
}

TEST(CleanBilevel, BilevelPagesAreCleanedUnlessAskedNot) {
  const PixPtr page = ReadPage(kPages + "/t2-twopages.tif", 0);
  PreprocessOptions options;
  EXPECT_NE(Preprocess(page.get(), options)
                .description.find("bilevel input; edges cleared; specks removed"),
            std::string::npos);
  options.clean_bilevel = false;
  EXPECT_EQ(Preprocess(page.get(), options).description.find("specks"), std::string::npos);
}

}  // namespace
}  // namespace emend::ocr
