#include "ocr/page_output.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/markup_escape.hpp"

namespace emend::ocr {
namespace {

// A title property value in double quotes (hOCR escapes '"' and '\' with '\').
std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// The box on the original image (Tesseract's is on the cleaned, perhaps
// scaled and rotated, page).
std::string BoxTitle(const BoundingBox& box, const PageGeometry& geometry) {
  const BoundingBox b = geometry.ToSource(box);
  return "bbox " + std::to_string(b.left) + " " + std::to_string(b.top) + " " +
         std::to_string(b.right) + " " + std::to_string(b.bottom);
}

}  // namespace

std::string PageText(const PageResult& page) {
  std::string text;
  for (const RecognizedLine& line : page.page.lines) {
    for (size_t w = 0; w < line.words.size(); ++w) {
      if (w > 0) text += ' ';
      text += line.words[w].text;
    }
    text += '\n';
  }
  return text;
}

std::string FormatText(const std::vector<PageResult>& pages) {
  std::string text;
  for (size_t p = 0; p < pages.size(); ++p) {
    if (p > 0) text += "\f\n";
    text += PageText(pages[p]);
  }
  return text;
}

std::string HocrHead(const std::string& image) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n"
         "    \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
         "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n"
         "<head>\n<title>" +
         EscapeAttribute(image) +
         "</title>\n"
         "<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
         "<meta name=\"ocr-system\" content=\"emend ocr (Tesseract LSTM)\"/>\n"
         "<meta name=\"ocr-capabilities\" content=\"ocr_page ocr_line ocrx_word ocrp_wconf "
         "ocrp_lang\"/>\n"
         "</head>\n<body>\n";
}

std::string HocrTail() { return "</body>\n</html>\n"; }

std::string HocrPage(const PageResult& page, size_t p, const std::string& image) {
  std::string out;
  const std::string n = std::to_string(p + 1);
  std::string title = "image " + Quoted(image) + "; ppageno " + std::to_string(p);
  if (!page.error.empty()) {
    title += "; x_emend_error " + Quoted(page.error);
  } else {
    title += "; bbox 0 0 " + std::to_string(page.width) + " " + std::to_string(page.height) +
             "; scan_res " + std::to_string(page.dpi) + " " + std::to_string(page.dpi) +
             "; x_emend_preprocessing " + Quoted(page.preprocessing);
    if (!page.printed.number.empty())
      title += "; x_emend_printed_page " + Quoted(page.printed.number);
  }
  out +=
      "<div class=\"ocr_page\" id=\"page_" + n + "\" title=\"" + EscapeAttribute(title) + "\">\n";
  for (size_t l = 0; l < page.page.lines.size(); ++l) {
    const RecognizedLine& line = page.page.lines[l];
    const std::string line_id = n + "_" + std::to_string(l + 1);
    out += " <span class=\"ocr_line\" id=\"line_" + line_id + "\" title=\"" +
           BoxTitle(line.box, page.geometry) + "\">";
    for (size_t w = 0; w < line.words.size(); ++w) {
      const RecognizedWord& word = line.words[w];
      std::string title = BoxTitle(word.box, page.geometry) + "; x_wconf " +
                          std::to_string(static_cast<int>(std::lround(word.confidence)));
      // A word emend changed or added after the engine's reading: what the
      // engine read there ("" where it read nothing, as for a page number
      // read again from ink it left out) and why.
      if (!word.engine_text.empty() || !word.repair.empty()) {
        title += "; x_emend_engine " + Quoted(word.engine_text) + "; x_emend_repair " +
                 Quoted(word.repair);
      }
      out += (w ? " " : "\n  ") + std::string("<span class=\"ocrx_word\" id=\"word_") + line_id +
             "_" + std::to_string(w + 1) + "\" title=\"" + EscapeAttribute(title) + "\"" +
             (word.language.empty() ? "" : " lang=\"" + EscapeAttribute(word.language) + "\"") +
             ">" + EscapeAttribute(word.text) + "</span>";
    }
    out += "\n </span>\n";
  }
  out += "</div>\n";
  return out;
}

std::string FormatHocr(const std::vector<PageResult>& pages, const std::string& image) {
  std::string out = HocrHead(image);
  for (size_t p = 0; p < pages.size(); ++p) out += HocrPage(pages[p], p, image);
  return out + HocrTail();
}

}  // namespace emend::ocr

namespace emend::ocr {
namespace {

// HPOS VPOS WIDTH HEIGHT of a box, on the original image.
std::string AltoBox(const BoundingBox& box, const PageGeometry& geometry) {
  const BoundingBox b = geometry.ToSource(box);
  return "HPOS=\"" + std::to_string(b.left) + "\" VPOS=\"" + std::to_string(b.top) + "\" WIDTH=\"" +
         std::to_string(b.right - b.left) + "\" HEIGHT=\"" + std::to_string(b.bottom - b.top) +
         "\"";
}

std::string Fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

}  // namespace

std::string FormatAlto(const PageResult& page, size_t index, const std::string& image) {
  const std::string n = std::to_string(index + 1);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\"\n"
      "      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "      xsi:schemaLocation=\"http://www.loc.gov/standards/alto/ns-v4# "
      "http://www.loc.gov/alto/v4/alto-4-2.xsd\">\n"
      " <Description>\n  <MeasurementUnit>pixel</MeasurementUnit>\n"
      "  <sourceImageInformation><fileName>" +
      EscapeAttribute(image) +
      "</fileName></sourceImageInformation>\n"
      "  <OCRProcessing ID=\"ocr\"><ocrProcessingStep>";
  if (!page.preprocessing.empty()) {
    out += "<processingStepSettings>" + EscapeAttribute(page.preprocessing) +
           "</processingStepSettings>";
  }
  out +=
      "<processingSoftware><softwareName>emend ocr (Tesseract LSTM)</softwareName>"
      "</processingSoftware></ocrProcessingStep></OCRProcessing>\n </Description>\n <Layout>\n";
  out += "  <Page ID=\"page_" + n + "\" PHYSICAL_IMG_NR=\"" + n + "\"";
  if (!page.printed.number.empty())
    out += " PRINTED_IMG_NR=\"" + EscapeAttribute(page.printed.number) + "\"";
  out += " WIDTH=\"" + std::to_string(page.width) + "\" HEIGHT=\"" + std::to_string(page.height) +
         "\">\n";
  out += "   <PrintSpace HPOS=\"0\" VPOS=\"0\" WIDTH=\"" + std::to_string(page.width) +
         "\" HEIGHT=\"" + std::to_string(page.height) + "\">\n";
  if (!page.page.lines.empty()) {
    // One block for the page: the engine's lines in its reading order.
    BoundingBox all = page.page.lines.front().box;
    for (const RecognizedLine& line : page.page.lines) {
      all.left = std::min(all.left, line.box.left), all.top = std::min(all.top, line.box.top);
      all.right = std::max(all.right, line.box.right),
      all.bottom = std::max(all.bottom, line.box.bottom);
    }
    out += "    <TextBlock ID=\"block_" + n + "\" " + AltoBox(all, page.geometry) + ">\n";
    for (size_t l = 0; l < page.page.lines.size(); ++l) {
      const RecognizedLine& line = page.page.lines[l];
      const std::string line_id = n + "_" + std::to_string(l + 1);
      out +=
          "     <TextLine ID=\"line_" + line_id + "\" " + AltoBox(line.box, page.geometry) + ">\n";
      for (size_t w = 0; w < line.words.size(); ++w) {
        const RecognizedWord& word = line.words[w];
        if (w > 0) out += "      <SP/>\n";
        out += "      <String ID=\"word_" + line_id + "_" + std::to_string(w + 1) + "\" " +
               AltoBox(word.box, page.geometry) + " WC=\"" + Fixed(word.confidence / 100.0, 2) +
               "\"";
        if (!word.language.empty()) out += " LANG=\"" + EscapeAttribute(word.language) + "\"";
        out += " CONTENT=\"" + EscapeAttribute(word.text) + "\"/>\n";
      }
      out += "     </TextLine>\n";
    }
    out += "    </TextBlock>\n";
  }
  out += "   </PrintSpace>\n  </Page>\n </Layout>\n</alto>\n";
  return out;
}

std::string PageTableHeader() { return "page\tprinted\tline\terror\n"; }

std::string PageTableRow(const PageResult& page, size_t index) {
  std::string error = page.error;
  for (char& c : error) {
    if (c == '\t' || c == '\n') c = ' ';
  }
  return std::to_string(index + 1) + "\t" + page.printed.number + "\t" +
         (page.printed.line >= 0 ? std::to_string(page.printed.line + 1) : "") + "\t" + error +
         "\n";
}

std::string FormatPageTable(const std::vector<PageResult>& pages) {
  std::string out = PageTableHeader();
  for (size_t p = 0; p < pages.size(); ++p) out += PageTableRow(pages[p], p);
  return out;
}

}  // namespace emend::ocr
