#include "ocr/page_image.hpp"

#include <leptonica/allheaders.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <system_error>

#include "core/error.hpp"
#include "ocr/pdf_pages.hpp"

namespace emend::ocr {
namespace {

struct FileCloser {
  void operator()(FILE* f) const { std::fclose(f); }
};

std::string FormatName(int format) {
  switch (format) {
    case IFF_BMP: return "BMP";
    case IFF_JFIF_JPEG: return "JPEG";
    case IFF_PNM: return "PNM";
    case IFF_GIF: return "GIF";
    case IFF_JP2: return "JPEG 2000";
    case IFF_WEBP: return "WebP";
    case IFF_PS: return "PostScript";
    case IFF_LPDF: return "PDF";
    case IFF_SPIX: return "SPIX";
    default: return "";
  }
}

// The format from the file's first bytes: PNG, JPEG, TIFF or PDF; throws for
// anything else.
int CheckFormat(const std::string& path) {
  QuietLeptonica();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw InputError(path, 0, 0, std::filesystem::exists(path, ec) ? "not a regular file"
                                                                    : "cannot open: no such file");
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

// One PNG or JPEG page.
class SingleImage : public PageSource {
 public:
  explicit SingleImage(std::string path) : path_(std::move(path)) {}
  int pages() const override { return 1; }
  PixPtr Read(int) const override {
    PixPtr page(pixRead(path_.c_str()));
    if (!page) throw InputError(path_, 0, 0, "cannot decode the image: truncated or corrupt");
    if (pixGetWidth(page.get()) < 1 || pixGetHeight(page.get()) < 1) {
      throw InputError(path_, 0, 0, "the image has no pixels (zero width or height)");
    }
    return page;
  }

 private:
  std::string path_;
};

// The pages of a TIFF, each read from the file when asked for.
class TiffPages : public PageSource {
 public:
  TiffPages(std::string path, int pages) : path_(std::move(path)), pages_(pages) {}
  int pages() const override { return pages_; }
  PixPtr Read(int index) const override {
    const std::string where = "page " + std::to_string(index + 1) + ": ";
    PixPtr page(pixReadTiff(path_.c_str(), index));
    if (!page) throw InputError(path_, 0, 0, where + "cannot decode the image: truncated or corrupt");
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
  if (format == IFF_PNG || format == IFF_JFIF_JPEG) return std::make_unique<SingleImage>(path);
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
