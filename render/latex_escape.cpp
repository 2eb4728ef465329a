#include "render/latex_escape.hpp"

namespace emend::render {

std::string EscapeLatex(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '\\':
        out += "\\textbackslash{}";
        break;
      case '{':
        out += "\\{";
        break;
      case '}':
        out += "\\}";
        break;
      case '$':
        out += "\\$";
        break;
      case '&':
        out += "\\&";
        break;
      case '#':
        out += "\\#";
        break;
      case '%':
        out += "\\%";
        break;
      case '_':
        out += "\\_";
        break;
      case '~':
        out += "\\textasciitilde{}";
        break;
      case '^':
        out += "\\textasciicircum{}";
        break;
      case '[':
        out += "{[}";
        break;
      case ']':
        out += "{]}";
        break;
      default:
        // Bytes below 0x20 (newline, tab, carriage return, ...) and DEL are
        // layout or junk to TeX; a space keeps words apart. UTF-8 lead and
        // continuation bytes are >= 0x80 and pass through whole.
        if (static_cast<unsigned char>(c) < 0x20 || c == '\x7f') {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string LatexAnchorName(std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : id) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '-';
    if (keep) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '+';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

}  // namespace emend::render
