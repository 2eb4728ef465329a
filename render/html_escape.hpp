// Escaping text from the edition for HTML. Everything that comes from the TEI
// (the thesis, its ids, its attribute values) goes through one of these before
// it reaches a page, so markup in the OCR (a "<script>") shows as text.
#pragma once

#include <string>
#include <string_view>

namespace emend::render {

// Appends text for an element's content: & < > are written as references.
void AppendEscapedText(std::string& out, std::string_view text);

// Appends text for a double-quoted attribute value: & < > " ' as references.
void AppendEscapedAttribute(std::string& out, std::string_view value);

std::string EscapeText(std::string_view text);
std::string EscapeAttribute(std::string_view value);

// A fragment identifier for a URL ("#" + this): characters outside the
// unreserved and sub-delimiter sets of RFC 3986 are percent-encoded, so an id
// with a space or "#" still links to itself. Escape the result as an attribute.
std::string FragmentOf(std::string_view id);

}  // namespace emend::render
