#include "ocr/pix.hpp"

#include <leptonica/allheaders.h>

#include <mutex>

namespace emend::ocr {

void PixDeleter::operator()(Pix* pix) const { pixDestroy(&pix); }

void QuietLeptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

}  // namespace emend::ocr
