// Scanner and stamp noise in the scan's title-page block, against the lines
// of the notices that must stay.
#include "tei/scan_notice.hpp"

#include <gtest/gtest.h>

namespace emend::tei {
namespace {

TEST(ScanNotice, NoiseBecomesAGap) {
  for (const char* noise : {"00001t.tif", "OF", "POUTICAL, AN0 pi", "P0LITICAL"}) {
    EXPECT_TRUE(IsScanNoise(noise)) << noise;
  }
}

TEST(ScanNotice, TheNoticesStay) {
  for (const char* kept : {"UMI U615474", "1957:", "YUGOSLAV-SOVIET RELATIONS, 1953-",
                           "INFORMATION TO ALL USERS", "ProQuest LLC", "Ann Arbor, Ml 48106-1346",
                           "P.O. Box 1346", "Svetozar Rajak", "All rights reserved", ""}) {
    EXPECT_FALSE(IsScanNoise(kept)) << kept;
  }
}

}  // namespace
}  // namespace emend::tei
