// Escaping text for XML and HTML markup. Everything written into a page or
// an hOCR file from outside (the thesis, ids, attribute values) goes through
// one of these, so markup in the OCR (a "<script>") shows as text.
#pragma once

#include <string>
#include <string_view>

namespace emend {

// Appends text for an element's content: & < > are written as references.
void AppendEscapedText(std::string& out, std::string_view text);

// Appends text for a quoted attribute value: & < > " ' as references.
void AppendEscapedAttribute(std::string& out, std::string_view value);

std::string EscapeText(std::string_view text);
std::string EscapeAttribute(std::string_view value);

}  // namespace emend
