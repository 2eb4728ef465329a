// PNG pages as emend reads them (libpng with handlers of its own): every
// kind of PNG decodes to what Leptonica's pixRead gave the preprocessing,
// corrupt image data is one message naming the file, and nothing of
// libpng's reaches stderr.
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>
#include <png.h>
#include <sys/wait.h>
#include <zlib.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <vector>

#include "core/error.hpp"
#include "ocr/page_image.hpp"

namespace emend::ocr {
namespace {

namespace fs = std::filesystem;

const std::string kFootnote = std::string(EMEND_SOURCE_DIR) + "/samples/pages/t1-footnote.png";

struct Chunk {
  std::string type;
  std::string data;
};

std::vector<Chunk> ReadChunks(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<Chunk> chunks;
  for (size_t at = 8; at + 12 <= bytes.size();) {
    const auto byte = [&](size_t i) {
      return static_cast<uint32_t>(static_cast<unsigned char>(bytes[i]));
    };
    const uint32_t length = byte(at) << 24 | byte(at + 1) << 16 | byte(at + 2) << 8 | byte(at + 3);
    chunks.push_back({bytes.substr(at + 4, 4), bytes.substr(at + 8, length)});
    at += 12 + length;
  }
  return chunks;
}

void AppendBigEndian(std::string& out, uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>(value >> shift & 0xFF);
}

// The chunks as a PNG file whose every CRC is right, so that only the data is wrong.
std::string PngBytes(const std::vector<Chunk>& chunks) {
  std::string out = "\x89PNG\r\n\x1a\n";
  for (const Chunk& c : chunks) {
    AppendBigEndian(out, static_cast<uint32_t>(c.data.size()));
    const std::string typed = c.type + c.data;
    out += typed;
    AppendBigEndian(out, static_cast<uint32_t>(crc32(crc32(0L, Z_NULL, 0),
                                                     reinterpret_cast<const Bytef*>(typed.data()),
                                                     static_cast<uInt>(typed.size()))));
  }
  return out;
}

Chunk& First(std::vector<Chunk>& chunks, const std::string& type) {
  for (Chunk& c : chunks) {
    if (c.type == type) return c;
  }
  throw std::logic_error("no " + type + " chunk");
}

// One PNG to write: colour type, bit depth, interlacing, a tRNS chunk.
struct Kind {
  const char* name;
  int color;
  int depth;
  bool interlaced;
  bool transparency;
  // The file whose pixRead decoding is the reference, when not this kind's
  // own: Leptonica 1.82 reads a greyscale file with a tRNS chunk as wholly
  // transparent and gives black pixels; emend reads its samples.
  const char* reference = nullptr;
};

// A PNG of the kind with varied samples (16-bit ones with a low byte that
// rounding would notice) and a 300 dpi pHYs.
void WritePng(const std::string& path, const Kind& kind, png_uint_32 width, png_uint_32 height) {
  FILE* file = std::fopen(path.c_str(), "wb");
  ASSERT_NE(file, nullptr);
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png_create_info_struct(png);
  png_init_io(png, file);
  png_set_IHDR(png, info, width, height, kind.depth, kind.color,
               kind.interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_pHYs(png, info, 11811, 11811, PNG_RESOLUTION_METER);
  const int levels = 1 << std::min(kind.depth, 8);
  if (kind.color == PNG_COLOR_TYPE_PALETTE) {
    std::vector<png_color> palette(levels);
    for (int i = 0; i < levels; ++i) {
      palette[i] = {static_cast<png_byte>(i * 37), static_cast<png_byte>(255 - i * 11),
                    static_cast<png_byte>(i * i % 256)};
    }
    png_set_PLTE(png, info, palette.data(), levels);
  }
  if (kind.transparency) {
    if (kind.color == PNG_COLOR_TYPE_PALETTE) {
      const png_byte alpha[2] = {0, 128};
      png_set_tRNS(png, info, alpha, 2, nullptr);
    } else {
      png_color_16 key = {};
      key.gray = 1;
      png_set_tRNS(png, info, nullptr, 0, &key);
    }
  }
  png_write_info(png, info);
  const int channels = png_get_channels(png, info);
  const size_t samples = static_cast<size_t>(width) * channels;
  std::vector<std::vector<png_byte>> rows(height);
  std::vector<png_bytep> pointers;
  for (png_uint_32 y = 0; y < height; ++y) {
    std::vector<int> values(samples);
    for (size_t i = 0; i < samples; ++i)
      values[i] = static_cast<int>((i * 7 + y * 13 + i * y / 5) % 256);
    std::vector<png_byte>& row = rows[y];
    if (kind.depth == 16) {
      for (int v : values) {
        row.push_back(static_cast<png_byte>(v));
        row.push_back(static_cast<png_byte>(0xC0 ^ v));
      }
    } else if (kind.depth == 8) {
      row.assign(values.begin(), values.end());
    } else {  // packed, the first pixel in the high bits
      row.assign((samples * kind.depth + 7) / 8, 0);
      for (size_t i = 0; i < samples; ++i) {
        const int v = values[i] % levels;
        row[i * kind.depth / 8] |=
            static_cast<png_byte>(v << (8 - kind.depth - i * kind.depth % 8));
      }
    }
    pointers.push_back(row.data());
  }
  png_write_image(png, pointers.data());
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  std::fclose(file);
}

class PngReadTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() / ("emend-png-" + std::to_string(::getpid()) + "-" +
                                     testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

TEST_F(PngReadTest, EveryKindDecodesAsLeptonicaDecodedIt) {
  const Kind kinds[] = {
      {"grey-1", PNG_COLOR_TYPE_GRAY, 1, false, false},
      {"grey-1-interlaced", PNG_COLOR_TYPE_GRAY, 1, true, false},
      {"grey-2", PNG_COLOR_TYPE_GRAY, 2, false, false},
      {"grey-4", PNG_COLOR_TYPE_GRAY, 4, false, false},
      {"grey-8", PNG_COLOR_TYPE_GRAY, 8, false, false},
      {"grey-8-interlaced", PNG_COLOR_TYPE_GRAY, 8, true, false},
      {"grey-8-trns", PNG_COLOR_TYPE_GRAY, 8, false, true, "grey-8"},
      {"grey-16", PNG_COLOR_TYPE_GRAY, 16, false, false},
      {"grey-alpha-8", PNG_COLOR_TYPE_GRAY_ALPHA, 8, false, false},
      {"grey-alpha-16", PNG_COLOR_TYPE_GRAY_ALPHA, 16, false, false},
      {"rgb-8", PNG_COLOR_TYPE_RGB, 8, false, false},
      {"rgb-8-interlaced", PNG_COLOR_TYPE_RGB, 8, true, false},
      {"rgb-16", PNG_COLOR_TYPE_RGB, 16, false, false},
      {"rgba-8", PNG_COLOR_TYPE_RGB_ALPHA, 8, false, false},
      {"rgba-16", PNG_COLOR_TYPE_RGB_ALPHA, 16, false, false},
      {"palette-1", PNG_COLOR_TYPE_PALETTE, 1, false, false},
      {"palette-2", PNG_COLOR_TYPE_PALETTE, 2, false, false},
      {"palette-4", PNG_COLOR_TYPE_PALETTE, 4, false, false},
      {"palette-8", PNG_COLOR_TYPE_PALETTE, 8, false, false},
      {"palette-8-trns", PNG_COLOR_TYPE_PALETTE, 8, false, true},
      {"palette-8-interlaced", PNG_COLOR_TYPE_PALETTE, 8, true, false},
  };
  for (const Kind& kind : kinds) {
    SCOPED_TRACE(kind.name);
    const std::string path = Path(std::string(kind.name) + ".png");
    WritePng(path, kind, 37, 23);  // odd sizes: rows end inside a byte and a word
    testing::internal::CaptureStderr();
    const PixPtr ours = ReadPage(path, 0);
    EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
    const std::string reference =
        kind.reference ? Path(std::string(kind.reference) + ".png") : path;
    const PixPtr theirs(pixRead(reference.c_str()));
    ASSERT_TRUE(ours && theirs);
    EXPECT_EQ(pixGetWidth(ours.get()), 37);
    EXPECT_EQ(pixGetHeight(ours.get()), 23);
    EXPECT_EQ(DeclaredDpi(ours.get()), 300);
    EXPECT_EQ(DeclaredDpi(ours.get()), DeclaredDpi(theirs.get()));
    const bool bilevel = kind.color == PNG_COLOR_TYPE_GRAY && kind.depth == 1;
    EXPECT_EQ(pixGetDepth(ours.get()), bilevel ? 1 : kind.color & PNG_COLOR_MASK_COLOR ? 32 : 8);
    l_int32 same = 0;
    if (bilevel) {  // the preprocessing takes these as they are
      ASSERT_EQ(pixGetDepth(theirs.get()), 1);
      pixEqual(ours.get(), theirs.get(), &same);
    } else {  // and converts the others to 8-bit grey
      const PixPtr a(pixConvertTo8(ours.get(), 0)), b(pixConvertTo8(theirs.get(), 0));
      pixEqual(a.get(), b.get(), &same);
    }
    EXPECT_TRUE(same);
  }
}

TEST_F(PngReadTest, CorruptDataIsOneMessageNamingTheFile) {
  const struct {
    const char* name;
    std::function<void(std::vector<Chunk>&)> damage;
  } cases[] = {
      {"idat-bytes",
       [](std::vector<Chunk>& c) {
         std::string& data = First(c, "IDAT").data;
         for (size_t i = 10; i < 400; ++i) data[i] = static_cast<char>(data[i] ^ 0x5A);
       }},
      {"zlib-header", [](std::vector<Chunk>& c) { First(c, "IDAT").data.replace(0, 2, 2, '\0'); }},
      {"bit-depth-3", [](std::vector<Chunk>& c) { First(c, "IHDR").data[8] = 3; }},
      {"too-little-data",
       [](std::vector<Chunk>& c) {
         std::vector<Chunk> kept;
         bool idat = false;
         for (Chunk& chunk : c) {
           if (chunk.type == "IDAT") {
             if (idat) continue;
             chunk.data.resize(100);
             idat = true;
           }
           kept.push_back(chunk);
         }
         c = kept;
       }},
  };
  const std::vector<Chunk> footnote = ReadChunks(kFootnote);
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<Chunk> chunks = footnote;
    c.damage(chunks);
    const std::string path = Path(std::string(c.name) + ".png");
    std::ofstream(path, std::ios::binary) << PngBytes(chunks);
    testing::internal::CaptureStderr();
    std::string message;
    try {
      ASSERT_EQ(CountPages(path), 1);
      ReadPage(path, 0);
    } catch (const InputError& e) {
      message = e.what();
    }
    EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
    const std::string start = path + ": cannot decode the image: corrupt PNG data (libpng: ";
    EXPECT_EQ(message.substr(0, start.size()), start) << message;
    EXPECT_EQ(message.back(), ')') << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  }
}

// libpng warns about a pHYs chunk of the wrong length and reads on: the
// page is read, without the dpi it could not declare, and nothing printed.
TEST_F(PngReadTest, ReadableFileWithWarningsIsReadQuietly) {
  std::vector<Chunk> chunks = ReadChunks(kFootnote);
  First(chunks, "pHYs").data.resize(8);
  const std::string path = Path("short-phys.png");
  std::ofstream(path, std::ios::binary) << PngBytes(chunks);
  testing::internal::CaptureStderr();
  const PixPtr page = ReadPage(path, 0);
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
  ASSERT_TRUE(page);
  EXPECT_EQ(pixGetWidth(page.get()), 1700);
  EXPECT_EQ(DeclaredDpi(page.get()), 0);
}

// emend ocr on a PNG whose image data is corrupt: the page's message and the
// input's ("no page could be read"), each naming the file, exit status 1,
// nothing of libpng's on stdout or stderr, and no output files. (No script
// repair: its dictionaries would load for a page that is never read.)
TEST_F(PngReadTest, OcrCommandPrintsOnlyTheMessage) {
  std::vector<Chunk> chunks = ReadChunks(kFootnote);
  std::string& data = First(chunks, "IDAT").data;
  for (size_t i = 10; i < 400; ++i) data[i] = static_cast<char>(data[i] ^ 0x5A);
  const std::string path = Path("scan.png");
  std::ofstream(path, std::ios::binary) << PngBytes(chunks);
  // The engine starts before the page is read: the English model alone, the
  // smallest to load.
  const std::string command = std::string(EMEND_BINARY) + " ocr " + path + " -o " + Path("out") +
                              " --no-script-repair --languages eng 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  const int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 1);
  const std::string start = path + ": cannot decode the image: corrupt PNG data (libpng: ";
  const size_t first_end = output.find(")\n");
  ASSERT_NE(first_end, std::string::npos) << output;
  EXPECT_EQ(output.substr(0, start.size()), start) << output;
  EXPECT_EQ(output.find('\n'), first_end + 1) << output;  // the first line ends there
  EXPECT_EQ(output.substr(first_end + 2), path + ": no page could be read\n") << output;
  // No line of libpng's own.
  EXPECT_EQ(output.find("libpng", start.size()), std::string::npos) << output;
  EXPECT_FALSE(fs::exists(Path("out/scan.txt")));
}

}  // namespace
}  // namespace emend::ocr
