// Books in: PDF scans, JPEG, multi-page TIFF, page by page; bad files and bad
// pages named; the declared resolution checked against the text's x-height;
// boxes mapped back to the original image.
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "ocr/ocr.hpp"
#include "ocr/page_geometry.hpp"
#include "ocr/page_image.hpp"
#include "ocr/pdf_pages.hpp"
#include "ocr/preprocess.hpp"
#include "ocr/resolution.hpp"
#include "tests/ocr/shared_engines.hpp"
#include "tests/ocr/shared_lexicon.hpp"

namespace emend::ocr {
namespace {

namespace fs = std::filesystem;

const std::string kPages = std::string(EMEND_SOURCE_DIR) + "/samples/pages";
// Lines cut from the sample pages (tests/data/ocr/README.md), for the runs
// whose point is which pages fail and which are written.
const std::string kData = std::string(EMEND_SOURCE_DIR) + "/tests/data/ocr";

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A PDF of the given objects (1 is the catalog), with a correct xref table.
std::string MakePdf(const std::vector<std::string>& objects, const std::string& trailer = "") {
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R " + trailer +
         " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

const std::string kTextPage =
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    "/Resources << /Font << /F1 5 0 R >> >> >>";
const std::string kTextContent =
    "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Hello, world) Tj ET\nendstream";
const std::string kFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

class PageSourceTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() / ("emend-ocr-source-" + std::to_string(::getpid()) + "-" +
                                     testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) { return (dir_ / name).string(); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(Path(name), std::ios::binary) << bytes;
    return Path(name);
  }
  // A PDF of the pages of `images`, each placed at `dpi` (Leptonica's writer).
  std::string WritePdf(const std::string& name, const std::vector<std::string>& images, int dpi) {
    Pixa* pixa = pixaCreate(0);
    for (const std::string& image : images) {
      const PixPtr page = ReadPage(image, 0);
      pixaAddPix(pixa, const_cast<Pix*>(page.get()), L_COPY);
    }
    pixaConvertToPdf(pixa, dpi, 1.0f, L_DEFAULT_ENCODE, 0, nullptr, Path(name).c_str());
    pixaDestroy(&pixa);
    return Path(name);
  }
  fs::path dir_;
};

std::string Message(const std::string& path) {
  try {
    const std::unique_ptr<PageSource> source = OpenPages(path);
    for (int i = 0; i < source->pages(); ++i) source->Read(i);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST_F(PageSourceTest, PdfPagesAreRenderedAtTheirImagesResolution) {
  // A 300 dpi bilevel page and a 150 dpi grey page in one PDF, each placed at
  // its own resolution: each comes back pixel for pixel.
  const PixPtr clean = ReadPage(kPages + "/p1-clean.tif", 0);
  const std::string pdf300 = WritePdf("clean.pdf", {kPages + "/p1-clean.tif"}, 300);
  const std::unique_ptr<PageSource> source = OpenPages(pdf300);
  ASSERT_EQ(source->pages(), 1);
  const PixPtr page = source->Read(0);
  EXPECT_EQ(pixGetWidth(page.get()), pixGetWidth(clean.get()));
  EXPECT_EQ(pixGetHeight(page.get()), pixGetHeight(clean.get()));
  EXPECT_EQ(pixGetDepth(page.get()), 1) << "a bilevel scan stays bilevel";
  EXPECT_EQ(DeclaredDpi(page.get()), 300);
  // Rendered at its native resolution, the page is the image, pixel for
  // pixel, one row higher (Poppler's Splash places images so; pdftoppm too).
  PixPtr lowered(pixTranslate(nullptr, const_cast<Pix*>(page.get()), 0, 1, L_BRING_IN_WHITE));
  PixPtr difference(pixXor(nullptr, lowered.get(), const_cast<Pix*>(clean.get())));
  l_int32 differ = -1;
  pixCountPixels(difference.get(), &differ, nullptr);
  EXPECT_EQ(differ, 0) << "pixels that differ";

  const PixPtr grey = ReadPage(kPages + "/p2-degraded.png", 0);
  const std::string pdf150 = WritePdf("grey.pdf", {kPages + "/p2-degraded.png"}, 150);
  const PixPtr rendered = OpenPages(pdf150)->Read(0);
  EXPECT_EQ(pixGetWidth(rendered.get()), pixGetWidth(grey.get()));
  EXPECT_EQ(DeclaredDpi(rendered.get()), 150);
}

TEST_F(PageSourceTest, PdfImageSizesAndPageResolution) {
  const std::string pdf =
      WritePdf("two.pdf", {kPages + "/t1-footnote.png", kPages + "/p1-clean.tif"}, 300);
  const std::vector<PdfImageSize> sizes = PdfImageSizes(pdf);
  ASSERT_EQ(sizes.size(), 2u);
  EXPECT_EQ(sizes[1].width, 2550);
  // A letter page (612 x 792 pt) that a 2550 x 3300 image fills: 300 dpi.
  EXPECT_EQ(PdfPageDpi(612, 792, {{2550, 3300}}), 300);
  EXPECT_EQ(PdfPageDpi(792, 612, {{2550, 3300}}), 300) << "a landscape page, a portrait image";
  EXPECT_EQ(PdfPageDpi(612, 792, {{800, 300}, {1275, 1650}}), 150);
  EXPECT_EQ(PdfPageDpi(612, 792, {{800, 300}}), 0) << "no image of the page's shape";
}

TEST_F(PageSourceTest, JpegPagesAreRead) {
  const PixPtr footnote = ReadPage(kPages + "/t1-footnote.png", 0);
  ASSERT_EQ(pixWriteJpeg(Path("page.jpg").c_str(), const_cast<Pix*>(footnote.get()), 90, 0), 0);
  const PixPtr page = ReadPage(Path("page.jpg"), 0);
  EXPECT_EQ(pixGetWidth(page.get()), pixGetWidth(footnote.get()));
  const std::string jpeg = Slurp(Path("page.jpg"));
  const std::string cut = Write("cut.jpg", jpeg.substr(0, jpeg.size() / 2));
  EXPECT_EQ(Message(cut), cut + ": cannot decode the image: truncated or corrupt");
}

TEST_F(PageSourceTest, EachBadPdfHasItsMessage) {
  const std::string catalog = "<< /Type /Catalog /Pages 2 0 R >>";
  const std::string one_page = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
  const struct {
    std::string path;
    std::string message;
  } cases[] = {
      {Write("text.pdf", MakePdf({catalog, one_page, kTextPage, kTextContent, kFont})),
       "the PDF holds no images: not a scan (1 page(s) of text or drawings)"},
      {Write("empty.pdf", MakePdf({catalog, "<< /Type /Pages /Kids [] /Count 0 >>"})),
       "the PDF has no pages"},
      {Write("locked.pdf",
             MakePdf({catalog, one_page, kTextPage, kTextContent, kFont,
                      "<< /Filter /Standard /V 1 /R 2 /P -4 /O <" + std::string(64, '7') +
                          "> /U <" + std::string(64, 'a') + "> >>"},
                     "/Encrypt 6 0 R /ID "
                     "[<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>]")),
       "encrypted PDF: it needs a password, which emend does not take"},
      {Write("junk.pdf", "%PDF-1.4\nthis is not a PDF body at all\n"),
       "cannot read the PDF: damaged or truncated"},
  };
  for (const auto& c : cases) EXPECT_EQ(Message(c.path), c.path + ": " + c.message);
}

// Points the n-th (0-based) page's image data of a little-endian TIFF past the
// end of the file: that page cannot be decoded, the others can.
void DamageTiffPage(const std::string& path, int n) {
  std::string bytes = Slurp(path);
  ASSERT_EQ(bytes.substr(0, 2), "II");
  auto u16 = [&](size_t at) {
    return static_cast<uint32_t>(static_cast<unsigned char>(bytes[at]) |
                                 static_cast<unsigned char>(bytes[at + 1]) << 8);
  };
  auto u32 = [&](size_t at) { return u16(at) | u16(at + 2) << 16; };
  size_t ifd = u32(4);
  for (int i = 0; i < n; ++i) ifd = u32(ifd + 2 + 12 * u16(ifd));
  const uint32_t entries = u16(ifd);
  for (uint32_t e = 0; e < entries; ++e) {
    const size_t entry = ifd + 2 + 12 * e;
    if (u16(entry) != 273) continue;  // StripOffsets
    ASSERT_EQ(u32(entry + 4), 1u) << "one strip";
    const uint32_t far = 0x7fff0000;
    for (int b = 0; b < 4; ++b) bytes[entry + 8 + b] = static_cast<char>(far >> (8 * b) & 0xff);
  }
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST_F(PageSourceTest, DamagedTiffPageIsNamedAndTheOthersWritten) {
  const std::string tiff = Path("three.tif");
  for (int page : {0, 1, 0}) {
    const PixPtr pix = ReadPage(kData + "/two-lines.tif", page);
    ASSERT_EQ(pixWriteTiff(tiff.c_str(), const_cast<Pix*>(pix.get()), IFF_TIFF_G4,
                           fs::exists(tiff) ? "a" : "w"),
              0);
  }
  DamageTiffPage(tiff, 1);
  EXPECT_EQ(Message(tiff), tiff + ": page 2: cannot decode the image: truncated or corrupt");

  OcrOptions options;
  options.dictionaries_dir = std::string(EMEND_SOURCE_DIR) + "/dictionaries";
  options.lexicon = emend_test::SharedOcrLexicon();
  options.engines = emend_test::SharedOcrEngines();
  options.jobs = 2;
  const OcrReport report = RunOcr({tiff}, Path("out"), options);
  ASSERT_EQ(report.inputs.size(), 1u);
  EXPECT_FALSE(report.inputs[0].error);
  EXPECT_EQ(
      report.inputs[0].page_errors,
      std::vector<std::string>{tiff + ": page 2: cannot decode the image: truncated or corrupt"});
  EXPECT_EQ(report.Failures(), 0u);
  EXPECT_EQ(report.PagesFailed(), 1u);
  // Three pages in the text, the second empty; its error in the hOCR.
  const std::string text = Slurp(Path("out/three.txt"));
  const size_t first = text.find("\f\n"), second = text.find("\f\n", first + 2);
  ASSERT_NE(second, std::string::npos) << text;
  EXPECT_EQ(second, first + 2) << "page 2 is empty:\n" << text;
  EXPECT_NE(Slurp(Path("out/three.hocr")).find("x_emend_error"), std::string::npos);
}

// The command line: a PDF scan and a TIFF with a damaged page in one run
// (without the script repair, which loads Hunspell's dictionaries: the
// footnote's line reads "Фонд 0144" without it too).
TEST_F(PageSourceTest, CommandLineSaysSomePagesFailed) {
  const std::string tiff = Path("three.tif");
  for (int page : {0, 1, 0}) {
    const PixPtr pix = ReadPage(kData + "/two-lines.tif", page);
    ASSERT_EQ(pixWriteTiff(tiff.c_str(), const_cast<Pix*>(pix.get()), IFF_TIFF_G4,
                           fs::exists(tiff) ? "a" : "w"),
              0);
  }
  DamageTiffPage(tiff, 2);
  const std::string pdf = WritePdf("footnote.pdf", {kData + "/footnote-line.png"}, 200);
  const std::string command = std::string(EMEND_BINARY) + " ocr " + pdf + " " + tiff + " -o " +
                              Path("out") + " --jobs 2 --no-script-repair 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string output;
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
  const int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 5) << output;
  EXPECT_EQ(output, tiff +
                        ": page 3: cannot decode the image: truncated or corrupt\n"
                        "emend ocr: 1 page(s) failed and are left empty in the outputs (exit 5)\n");
  const std::string footnote = Slurp(Path("out/footnote.txt"));
  EXPECT_NE(footnote.find("Фонд 0144"), std::string::npos) << footnote;
  EXPECT_TRUE(fs::exists(Path("out/three.alto/0003.xml")));
}

TEST_F(PageSourceTest, WrongDeclaredResolutionDoesNotScaleThePageUp) {
  // A 300 dpi scan that says it is 72 dpi.
  const PixPtr page = ReadPage(kPages + "/p1-clean.tif", 0);
  pixSetResolution(const_cast<Pix*>(page.get()), 72, 72);
  const PreprocessedPage clean = Preprocess(page.get(), PreprocessOptions{});
  EXPECT_EQ(clean.source_dpi, 300) << clean.description;
  EXPECT_EQ(clean.scale, 1.0);
  EXPECT_EQ(pixGetWidth(clean.binary.get()), pixGetWidth(page.get()));
  EXPECT_NE(clean.description.find("72 dpi does not fit the text"), std::string::npos)
      << clean.description;
  // Declared right, it stands; a real 150 dpi page is still scaled up.
  pixSetResolution(const_cast<Pix*>(page.get()), 300, 300);
  EXPECT_EQ(Preprocess(page.get(), PreprocessOptions{}).description.find("does not fit"),
            std::string::npos);
  const PixPtr low = ReadPage(kPages + "/p2-degraded.png", 0);
  const PreprocessedPage scaled = Preprocess(low.get(), PreprocessOptions{});
  EXPECT_EQ(scaled.source_dpi, 150) << scaled.description;
  EXPECT_EQ(scaled.scale, 2.0);
}

TEST(Resolution, CheckTable) {
  const struct {
    int declared, x_height, expected;
  } cases[] = {
      {300, 21, 300}, {72, 21, 300}, {150, 10, 150}, {1200, 21, 300},
      {200, 14, 200}, {300, 0, 300}, {96, 42, 600},  {72, 5, 72},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(CheckResolution(c.declared, c.x_height).dpi, c.expected)
        << c.declared << " dpi, x-height " << c.x_height;
  }
}

TEST(PageGeometry, BoxesMapBackToTheOriginal) {
  // A square on a page, scaled 2x and rotated as the preprocessing does.
  PixPtr page(pixCreate(1000, 800, 1));
  pixRasterop(page.get(), 700, 100, 10, 10, PIX_SET, nullptr, 0, 0);
  PixPtr scaled(pixScale(page.get(), 2.0f, 2.0f));
  for (const double degrees : {0.0, 1.5, -2.0}) {
    PixPtr rotated(pixRotate(scaled.get(), static_cast<float>(degrees * M_PI / 180.0),
                             L_ROTATE_SHEAR, L_BRING_IN_WHITE, 0, 0));
    Box* found = nullptr;
    Boxa* boxes = pixConnCompBB(rotated.get(), 8);
    ASSERT_EQ(boxaGetCount(boxes), 1);
    found = boxaGetBox(boxes, 0, L_CLONE);
    l_int32 x, y, w, h;
    boxGetGeometry(found, &x, &y, &w, &h);
    boxDestroy(&found);
    boxaDestroy(&boxes);
    PageGeometry geometry{
        1000, 800, 2.0, degrees, pixGetWidth(rotated.get()), pixGetHeight(rotated.get())};
    const BoundingBox back = geometry.ToSource({x, y, x + w, y + h});
    // The box of a rotated square is a little larger than the square.
    EXPECT_NEAR((back.left + back.right) / 2.0, 705, 2) << degrees;
    EXPECT_NEAR((back.top + back.bottom) / 2.0, 105, 2) << degrees;
  }
}

}  // namespace
}  // namespace emend::ocr
