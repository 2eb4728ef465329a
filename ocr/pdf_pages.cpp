#include "ocr/pdf_pages.hpp"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <mutex>

#include "core/error.hpp"

namespace emend::ocr {
namespace {

// Poppler reports damage in a file on stderr unless told where else to.
void QuietPoppler() {
  static std::once_flag once;
  std::call_once(
      once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// The direct integer value of `/Key` in a dictionary's text, or -1 (absent,
// or an indirect reference "12 0 R").
int IntegerValue(const std::string& dict, const std::string& key) {
  size_t at = 0;
  while ((at = dict.find(key, at)) != std::string::npos) {
    size_t i = at + key.size();
    at = i;
    if (i < dict.size() && std::isalnum(static_cast<unsigned char>(dict[i])))
      continue;  // "/Widths"
    while (i < dict.size() && IsSpace(dict[i])) ++i;
    size_t digits = i;
    while (digits < dict.size() && std::isdigit(static_cast<unsigned char>(dict[digits]))) ++digits;
    if (digits == i || digits - i > 7) return -1;
    size_t after = digits;
    while (after < dict.size() && IsSpace(dict[after])) ++after;
    // "12 0 R": a reference, not the value.
    size_t generation = after;
    while (generation < dict.size() && std::isdigit(static_cast<unsigned char>(dict[generation])))
      ++generation;
    if (generation > after) {
      size_t r = generation;
      while (r < dict.size() && IsSpace(dict[r])) ++r;
      if (r < dict.size() && dict[r] == 'R') return -1;
    }
    return std::atoi(dict.substr(i, digits - i).c_str());
  }
  return -1;
}

// Rendered pixels (gray, 8 bits) as a Leptonica image; bilevel when the page
// holds only black and white.
PixPtr ToPix(const poppler::image& image) {
  const int w = image.width(), h = image.height();
  PixPtr grey(pixCreate(w, h, 8));
  if (!grey) throw std::runtime_error("out of memory for the page image");
  const char* data = image.const_data();
  const int stride = image.bytes_per_row();
  l_uint32* lines = pixGetData(grey.get());
  const int wpl = pixGetWpl(grey.get());
  bool bilevel = true;
  for (int y = 0; y < h; ++y) {
    const auto* row =
        reinterpret_cast<const unsigned char*>(data + static_cast<size_t>(y) * stride);
    l_uint32* line = lines + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < w; ++x) {
      bilevel = bilevel && (row[x] == 0 || row[x] == 255);
      SET_DATA_BYTE(line, x, row[x]);
    }
  }
  if (!bilevel) return grey;
  PixPtr binary(pixThresholdToBinary(grey.get(), 128));
  if (!binary) throw std::runtime_error("out of memory for the page image");
  return binary;
}

class PdfPages : public PageSource {
 public:
  PdfPages(std::string path, std::unique_ptr<poppler::document> document,
           std::vector<PdfImageSize> images)
      : path_(std::move(path)), document_(std::move(document)), images_(std::move(images)) {}

  int pages() const override { return document_->pages(); }

  PixPtr Read(int index) const override {
    const std::string where = "page " + std::to_string(index + 1) + ": ";
    // Poppler's document is not made for threads: one page rendered at a time
    // (rendering is a small part of a page's time next to Tesseract's).
    std::lock_guard lock(mutex_);
    std::unique_ptr<poppler::page> page(document_->create_page(index));
    if (!page) throw InputError(path_, 0, 0, where + "cannot read the page: damaged");
    const poppler::rectf box = page->page_rect(poppler::crop_box);
    if (box.width() <= 0 || box.height() <= 0) {
      throw InputError(path_, 0, 0, where + "the page has no size");
    }
    const int found = PdfPageDpi(box.width(), box.height(), images_);
    const int dpi = found > 0 ? found : 300;
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
    if (!image.is_valid() || image.width() < 1 || image.height() < 1) {
      throw InputError(path_, 0, 0, where + "cannot render the page: damaged");
    }
    PixPtr pix = ToPix(image);
    // A resolution guessed for want of a page-sized image is not declared.
    if (found > 0) pixSetResolution(pix.get(), dpi, dpi);
    return pix;
  }

 private:
  std::string path_;
  std::unique_ptr<poppler::document> document_;
  std::vector<PdfImageSize> images_;
  mutable std::mutex mutex_;
};

}  // namespace

std::vector<PdfImageSize> PdfImageSizes(const std::string& path, bool* encrypted) {
  std::vector<PdfImageSize> sizes;
  if (encrypted) *encrypted = false;
  std::ifstream in(path, std::ios::binary);
  // A dictionary is looked at within this many bytes of its "/Subtype /Image":
  // consecutive chunks overlap by that much.
  constexpr size_t kMargin = 4096, kChunk = size_t{1} << 22;
  std::string buffer;
  size_t from = 0;  // where unsearched text starts in buffer
  bool eof = false;
  while (!eof) {
    const size_t had = buffer.size();
    buffer.resize(had + kChunk);
    in.read(buffer.data() + had, static_cast<std::streamsize>(kChunk));
    buffer.resize(had + static_cast<size_t>(in.gcount()));
    eof = !in;
    const size_t limit =
        eof ? buffer.size() : (buffer.size() > kMargin ? buffer.size() - kMargin : 0);
    if (encrypted && buffer.find("/Encrypt", from) < limit) *encrypted = true;
    for (size_t at = buffer.find("/Subtype", from); at < limit;
         at = buffer.find("/Subtype", at + 1)) {
      size_t i = at + 8;
      while (i < buffer.size() && IsSpace(buffer[i])) ++i;
      if (buffer.compare(i, 6, "/Image") != 0) continue;
      // The dictionary: from its object's start to its stream (or its end).
      const size_t lower = at > kMargin ? at - kMargin : 0;
      size_t begin = buffer.rfind("obj", at);
      begin = begin == std::string::npos || begin < lower ? lower : begin;
      const size_t end = std::min({buffer.find("stream", at), buffer.find("endobj", at),
                                   std::min(buffer.size(), at + kMargin)});
      const std::string dict = buffer.substr(begin, end - begin);
      const int width = IntegerValue(dict, "/Width"), height = IntegerValue(dict, "/Height");
      if (width > 0 && height > 0) sizes.push_back({width, height});
    }
    from = limit;
    if (!eof && from > kMargin) {
      buffer.erase(0, from - kMargin);
      from = kMargin;
    }
  }
  return sizes;
}

int PdfPageDpi(double width_pt, double height_pt, const std::vector<PdfImageSize>& images) {
  const double page_long = std::max(width_pt, height_pt) / 72.0;  // inches
  const double page_ratio = std::max(width_pt, height_pt) / std::min(width_pt, height_pt);
  double best = 0;
  for (const PdfImageSize& image : images) {
    const double image_long = std::max(image.width, image.height);
    const double image_ratio = image_long / std::min(image.width, image.height);
    if (std::fabs(image_ratio / page_ratio - 1.0) > 0.03) continue;
    best = std::max(best, image_long / page_long);
  }
  // Beyond 1200 dpi a page image would be larger than any scan needs.
  return best > 0 ? static_cast<int>(std::lround(std::min(best, 1200.0))) : 0;
}

std::unique_ptr<PageSource> OpenPdfPages(const std::string& path) {
  QuietPoppler();
  bool encrypted = false;
  std::vector<PdfImageSize> images = PdfImageSizes(path, &encrypted);
  std::unique_ptr<poppler::document> document(poppler::document::load_from_file(path));
  if (!document) {
    throw InputError(path, 0, 0,
                     encrypted ? "encrypted PDF: it needs a password, which emend does not take"
                               : "cannot read the PDF: damaged or truncated");
  }
  if (document->is_locked()) {
    throw InputError(path, 0, 0, "encrypted PDF: it needs a password, which emend does not take");
  }
  if (document->pages() < 1) throw InputError(path, 0, 0, "the PDF has no pages");
  if (images.empty()) {
    throw InputError(path, 0, 0,
                     "the PDF holds no images: not a scan (" + std::to_string(document->pages()) +
                         " page(s) of text or drawings)");
  }
  return std::make_unique<PdfPages>(path, std::move(document), std::move(images));
}

}  // namespace emend::ocr
