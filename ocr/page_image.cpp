#include "ocr/page_image.hpp"

#include <leptonica/allheaders.h>
#include <png.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <system_error>
#include <vector>

#include "core/error.hpp"
#include "ocr/pdf_pages.hpp"

namespace emend::ocr {
namespace {

struct FileCloser {
  void operator()(FILE* f) const { std::fclose(f); }
};

std::string FormatName(int format) {
  switch (format) {
    case IFF_BMP:
      return "BMP";
    case IFF_JFIF_JPEG:
      return "JPEG";
    case IFF_PNM:
      return "PNM";
    case IFF_GIF:
      return "GIF";
    case IFF_JP2:
      return "JPEG 2000";
    case IFF_WEBP:
      return "WebP";
    case IFF_PS:
      return "PostScript";
    case IFF_LPDF:
      return "PDF";
    case IFF_SPIX:
      return "SPIX";
    default:
      return "";
  }
}

// The format from the file's first bytes: PNG, JPEG, TIFF or PDF; throws for
// anything else.
int CheckFormat(const std::string& path) {
  QuietLeptonica();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw InputError(
        path, 0, 0,
        std::filesystem::exists(path, ec) ? "not a regular file" : "cannot open: no such file");
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw IoError(path, "cannot read: " + ec.message());
  if (size == 0) throw InputError(path, 0, 0, "empty file (0 bytes), not an image");
  std::unique_ptr<FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) ThrowOpenError(path, errno);
  unsigned char head[12] = {};
  const size_t got = std::fread(head, 1, sizeof head, file.get());
  if (got >= 5 && std::memcmp(head, "%PDF-", 5) == 0) return IFF_LPDF;
  l_int32 format = IFF_UNKNOWN;
  if (got < sizeof head || findFileFormatBuffer(head, &format) != 0 || format == IFF_UNKNOWN) {
    throw InputError(path, 0, 0, "unsupported format: not a PNG, JPEG, TIFF or PDF file");
  }
  if (format != IFF_PNG && format != IFF_JFIF_JPEG && !L_FORMAT_IS_TIFF(format)) {
    const std::string name = FormatName(format);
    throw InputError(path, 0, 0,
                     "unsupported format" + (name.empty() ? "" : " " + name) +
                         ": only PNG, JPEG, TIFF and PDF pages are read");
  }
  return format;
}

uint32_t BigEndian32(const std::string& bytes, size_t at) {
  return static_cast<uint32_t>(static_cast<unsigned char>(bytes[at])) << 24 |
         static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 3]));
}

// Walks the PNG's chunks (length, type, data, CRC) up to IEND, so that a
// truncated or damaged file is refused here with a message of ours; libpng
// would print its own to stderr before failing.
bool PngIsWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t at = 8;  // after the signature, which CheckFormat has seen
  bool first = true;
  while (at + 12 <= bytes.size()) {
    const uint32_t length = BigEndian32(bytes, at);
    if (length > bytes.size() - at - 12) return false;
    const std::string type = bytes.substr(at + 4, 4);
    if (first && type != "IHDR") return false;
    first = false;
    const uLong crc = crc32(crc32(0L, Z_NULL, 0),
                            reinterpret_cast<const Bytef*>(bytes.data() + at + 4), length + 4);
    if (crc != BigEndian32(bytes, at + 8 + length)) return false;
    if (type == "IEND") return true;
    at += 12 + length;
  }
  return false;
}

// A JPEG ends with its end-of-image marker (FF D9), perhaps followed by a
// little padding; a truncated file lacks it, and libjpeg would print its own
// warning and fill the rest of the page with grey.
bool JpegIsWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  const std::streamoff size = in.tellg();
  const std::streamoff tail = std::min<std::streamoff>(size, 1024);
  std::string bytes(static_cast<size_t>(tail), '\0');
  in.seekg(size - tail);
  in.read(bytes.data(), tail);
  return bytes.rfind("\xFF\xD9") != std::string::npos;
}

// PNG pages are decoded here with libpng rather than by Leptonica's pixRead:
// Leptonica leaves libpng's default handlers in place, which print "libpng
// error: ..." and "libpng warning: ..." to stderr. Ours keep the error's text
// for the message naming the file and drop the warnings (a readable file is
// read). The image comes out as Leptonica would give it to the preprocessing:
// 1 bpp for a black-and-white greyscale file (1 is black), 8 bpp grey for
// other greyscale files, 32 bpp RGB for colour and palette files; 16-bit
// samples cut to 8, alpha ignored, interlacing undone, pHYs as dpi.

// libpng's state for one file; the read struct is freed with it.
struct PngRead {
  png_structp png = nullptr;
  png_infop info = nullptr;
  char error[200] = "";
  ~PngRead() { png_destroy_read_struct(&png, info ? &info : nullptr, nullptr); }
};

void KeepPngError(png_structp png, png_const_charp text) {
  auto* read = static_cast<PngRead*>(png_get_error_ptr(png));
  std::snprintf(read->error, sizeof read->error, "%s", text);
  png_longjmp(png, 1);
}

void DropPngWarning(png_structp, png_const_charp) {}

// What the rows will hold once libpng has transformed them.
struct PngLayout {
  png_uint_32 width = 0, height = 0;
  bool bilevel = false;  // greyscale, 1 bit a pixel
  int channels = 0;      // 8-bit samples a pixel otherwise: 1-2 grey(+alpha), 3-4 RGB(+alpha)
  size_t row_bytes = 0;
  png_uint_32 x_ppm = 0, y_ppm = 0;  // pixels a metre, 0 when not declared
};

// The header and the transforms, under libpng's error jump: no C++ object
// with a destructor lives between setjmp and a libpng call.
bool ReadPngHeader(PngRead& read, FILE* file, PngLayout& layout) {
  if (setjmp(png_jmpbuf(read.png))) return false;
  png_init_io(read.png, file);
  png_read_info(read.png, read.info);
  const int color = png_get_color_type(read.png, read.info);
  const int depth = png_get_bit_depth(read.png, read.info);
  layout.bilevel = color == PNG_COLOR_TYPE_GRAY && depth == 1;
  if (depth == 16) png_set_strip_16(read.png);
  if (color == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(read.png);
  if (color == PNG_COLOR_TYPE_GRAY && depth > 1 && depth < 8) {
    png_set_expand_gray_1_2_4_to_8(read.png);
  }
  png_set_interlace_handling(read.png);
  png_read_update_info(read.png, read.info);
  layout.width = png_get_image_width(read.png, read.info);
  layout.height = png_get_image_height(read.png, read.info);
  layout.channels = png_get_channels(read.png, read.info);
  layout.row_bytes = png_get_rowbytes(read.png, read.info);
  png_uint_32 x = 0, y = 0;
  int unit = PNG_RESOLUTION_UNKNOWN;
  if (png_get_pHYs(read.png, read.info, &x, &y, &unit) && unit == PNG_RESOLUTION_METER) {
    layout.x_ppm = x;
    layout.y_ppm = y;
  }
  return true;
}

// Every row (all passes of an interlaced file), then the chunks after them.
bool ReadPngRows(PngRead& read, png_bytepp rows) {
  if (setjmp(png_jmpbuf(read.png))) return false;
  png_read_image(read.png, rows);
  png_read_end(read.png, nullptr);
  return true;
}

int PixelsPerInch(png_uint_32 per_metre) {
  return static_cast<int>(static_cast<double>(per_metre) / 39.37 + 0.5);
}

PixPtr ReadPng(const std::string& path) {
  const auto corrupt = [&](const char* why) {
    return InputError(
        path, 0, 0, std::string("cannot decode the image: corrupt PNG data (libpng: ") + why + ")");
  };
  std::unique_ptr<FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) throw InputError(path, 0, 0, "cannot open for reading");
  PngRead read;
  read.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &read, KeepPngError, DropPngWarning);
  if (read.png) read.info = png_create_info_struct(read.png);
  if (!read.info) throw std::runtime_error("libpng could not start reading " + path);
  PngLayout layout;
  if (!ReadPngHeader(read, file.get(), layout)) throw corrupt(read.error);
  const int depth = layout.bilevel ? 1 : layout.channels <= 2 ? 8 : 32;
  // Leptonica's own limit on an image's size (under 2 GiB of pixels).
  const uint64_t words_per_row = (static_cast<uint64_t>(layout.width) * depth + 31) / 32;
  if (4 * words_per_row * layout.height >= (uint64_t{1} << 31)) {
    throw InputError(path, 0, 0,
                     "the image is too large (" + std::to_string(layout.width) + " x " +
                         std::to_string(layout.height) + " pixels)");
  }
  std::vector<png_byte> bytes(layout.row_bytes * layout.height);
  std::vector<png_bytep> rows(layout.height);
  for (png_uint_32 y = 0; y < layout.height; ++y) rows[y] = bytes.data() + y * layout.row_bytes;
  if (!ReadPngRows(read, rows.data())) throw corrupt(read.error);

  PixPtr page(
      pixCreate(static_cast<l_int32>(layout.width), static_cast<l_int32>(layout.height), depth));
  if (!page) throw InputError(path, 0, 0, "cannot decode the image: out of memory");
  const l_int32 wpl = pixGetWpl(page.get());
  l_uint32* data = pixGetData(page.get());
  for (png_uint_32 y = 0; y < layout.height; ++y) {
    l_uint32* line = data + static_cast<size_t>(y) * wpl;
    const png_byte* row = rows[y];
    if (layout.bilevel) {  // PNG's 0 is black, Leptonica's 1
      for (size_t i = 0; i < layout.row_bytes; ++i) {
        SET_DATA_BYTE(line, i, static_cast<png_byte>(~row[i]));
      }
    } else if (depth == 8) {
      for (png_uint_32 x = 0; x < layout.width; ++x) {
        SET_DATA_BYTE(line, x, row[x * layout.channels]);
      }
    } else {
      for (png_uint_32 x = 0; x < layout.width; ++x) {
        const png_byte* p = row + static_cast<size_t>(x) * layout.channels;
        line[x] = static_cast<l_uint32>(p[0]) << L_RED_SHIFT |
                  static_cast<l_uint32>(p[1]) << L_GREEN_SHIFT |
                  static_cast<l_uint32>(p[2]) << L_BLUE_SHIFT;
      }
    }
  }
  if (layout.bilevel) pixSetPadBits(page.get(), 0);
  if (layout.x_ppm > 0 && layout.y_ppm > 0) {
    pixSetResolution(page.get(), PixelsPerInch(layout.x_ppm), PixelsPerInch(layout.y_ppm));
  }
  return page;
}

// One PNG or JPEG page.
class SingleImage : public PageSource {
 public:
  SingleImage(std::string path, bool png) : path_(std::move(path)), png_(png) {}
  int pages() const override { return 1; }
  PixPtr Read(int) const override {
    PixPtr page(png_ ? ReadPng(path_) : PixPtr(pixRead(path_.c_str())));
    if (!page) throw InputError(path_, 0, 0, "cannot decode the image: truncated or corrupt");
    if (pixGetWidth(page.get()) < 1 || pixGetHeight(page.get()) < 1) {
      throw InputError(path_, 0, 0, "the image has no pixels (zero width or height)");
    }
    return page;
  }

 private:
  std::string path_;
  bool png_;
};

// The pages of a TIFF, each read from the file when asked for.
class TiffPages : public PageSource {
 public:
  TiffPages(std::string path, int pages) : path_(std::move(path)), pages_(pages) {}
  int pages() const override { return pages_; }
  PixPtr Read(int index) const override {
    const std::string where = "page " + std::to_string(index + 1) + ": ";
    PixPtr page(pixReadTiff(path_.c_str(), index));
    if (!page)
      throw InputError(path_, 0, 0, where + "cannot decode the image: truncated or corrupt");
    if (pixGetWidth(page.get()) < 1 || pixGetHeight(page.get()) < 1) {
      throw InputError(path_, 0, 0, where + "the image has no pixels (zero width or height)");
    }
    return page;
  }

 private:
  std::string path_;
  int pages_;
};

}  // namespace

std::unique_ptr<PageSource> OpenPages(const std::string& path) {
  const int format = CheckFormat(path);
  if (format == IFF_LPDF) return OpenPdfPages(path);
  if (format == IFF_PNG && !PngIsWhole(path)) {
    throw InputError(path, 0, 0, "cannot decode the image: truncated or corrupt");
  }
  if (format == IFF_JFIF_JPEG && !JpegIsWhole(path)) {
    throw InputError(path, 0, 0, "cannot decode the image: truncated or corrupt");
  }
  if (format == IFF_PNG || format == IFF_JFIF_JPEG) {
    return std::make_unique<SingleImage>(path, format == IFF_PNG);
  }
  std::unique_ptr<FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  l_int32 pages = 0;
  if (!file || tiffGetCount(file.get(), &pages) != 0 || pages < 1) {
    throw InputError(path, 0, 0, "cannot read the TIFF: truncated or corrupt");
  }
  return std::make_unique<TiffPages>(path, pages);
}

int CountPages(const std::string& path) { return OpenPages(path)->pages(); }

PixPtr ReadPage(const std::string& path, int index) { return OpenPages(path)->Read(index); }

int DeclaredDpi(const Pix* page) {
  const int x = pixGetXRes(page);
  return x > 0 ? x : 0;
}

}  // namespace emend::ocr
