// Escaping text from the edition for HTML. Everything that comes from the TEI
// (the thesis, its ids, its attribute values) goes through one of these before
// it reaches a page, so markup in the OCR (a "<script>") shows as text.
#pragma once

#include <string>
#include <string_view>

#include "core/markup_escape.hpp"

namespace emend::render {

// The markup escaping shared with the hOCR writer (core/markup_escape.hpp).
using emend::AppendEscapedAttribute;
using emend::AppendEscapedText;
using emend::EscapeAttribute;
using emend::EscapeText;

// A fragment identifier for a URL ("#" + this): characters outside the
// unreserved and sub-delimiter sets of RFC 3986 are percent-encoded, so an id
// with a space or "#" still links to itself. Escape the result as an attribute.
std::string FragmentOf(std::string_view id);

}  // namespace emend::render
