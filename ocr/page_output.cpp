#include "ocr/page_output.hpp"

#include <cmath>

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

std::string BoxTitle(const BoundingBox& b, double scale) {
  auto at = [scale](int v) { return std::to_string(static_cast<int>(std::lround(v / scale))); };
  return "bbox " + at(b.left) + " " + at(b.top) + " " + at(b.right) + " " + at(b.bottom);
}

}  // namespace

std::string FormatText(const std::vector<PageResult>& pages) {
  std::string text;
  for (size_t p = 0; p < pages.size(); ++p) {
    if (p > 0) text += "\f\n";
    for (const RecognizedLine& line : pages[p].page.lines) {
      for (size_t w = 0; w < line.words.size(); ++w) {
        if (w > 0) text += ' ';
        text += line.words[w].text;
      }
      text += '\n';
    }
  }
  return text;
}

std::string FormatHocr(const std::vector<PageResult>& pages, const std::string& image) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n"
      "    \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n"
      "<head>\n<title>" + EscapeAttribute(image) + "</title>\n"
      "<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
      "<meta name=\"ocr-system\" content=\"emend ocr (Tesseract LSTM)\"/>\n"
      "<meta name=\"ocr-capabilities\" content=\"ocr_page ocr_line ocrx_word ocrp_wconf ocrp_lang\"/>\n"
      "</head>\n<body>\n";
  for (size_t p = 0; p < pages.size(); ++p) {
    const PageResult& page = pages[p];
    const std::string n = std::to_string(p + 1);
    out += "<div class=\"ocr_page\" id=\"page_" + n + "\" title=\"" +
           EscapeAttribute("image " + Quoted(image) + "; bbox 0 0 " + std::to_string(page.width) + " " +
                  std::to_string(page.height) + "; ppageno " + std::to_string(p) +
                  "; scan_res " + std::to_string(page.dpi) + " " + std::to_string(page.dpi) +
                  "; x_emend_preprocessing " + Quoted(page.preprocessing)) +
           "\">\n";
    for (size_t l = 0; l < page.page.lines.size(); ++l) {
      const RecognizedLine& line = page.page.lines[l];
      const std::string line_id = n + "_" + std::to_string(l + 1);
      out += " <span class=\"ocr_line\" id=\"line_" + line_id + "\" title=\"" +
             BoxTitle(line.box, page.scale) + "\">";
      for (size_t w = 0; w < line.words.size(); ++w) {
        const RecognizedWord& word = line.words[w];
        std::string title = BoxTitle(word.box, page.scale) + "; x_wconf " +
                            std::to_string(static_cast<int>(std::lround(word.confidence)));
        if (!word.engine_text.empty()) {
          title += "; x_emend_engine " + Quoted(word.engine_text) + "; x_emend_repair " +
                   Quoted(word.repair);
        }
        out += (w ? " " : "\n  ") + std::string("<span class=\"ocrx_word\" id=\"word_") +
               line_id + "_" + std::to_string(w + 1) + "\" title=\"" + EscapeAttribute(title) + "\"" +
               (word.language.empty() ? "" : " lang=\"" + EscapeAttribute(word.language) + "\"") + ">" +
               EscapeAttribute(word.text) + "</span>";
      }
      out += "\n </span>\n";
    }
    out += "</div>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace emend::ocr
