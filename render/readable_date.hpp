// A date as the editions print it, the same in HTML and in the PDF.
#pragma once

#include <string>

namespace emend::render {

// "2004-02" reads "February 2004", "2004-02-01" reads "1 February 2004"; any
// other form is returned as given.
std::string ReadableDate(const std::string& date);

}  // namespace emend::render
