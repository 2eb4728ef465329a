// libFuzzer: arbitrary bytes as a TEI document, read and rendered in both
// formats. Bad input must be an InputError, never a crash, a hang or UB.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "render/renderer.hpp"
#include "tei/tei_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string xml(reinterpret_cast<const char*>(data), size);
  try {
    const emend::tei::Document document = emend::tei::ReadTei(xml, "fuzz.tei.xml");
    for (const char* format : {"html", "latex"}) {
      emend::render::MakeRenderer(format)->Render(document);
    }
  } catch (const emend::InputError&) {
  }
  return 0;
}
