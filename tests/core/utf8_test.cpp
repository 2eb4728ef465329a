#include "core/utf8.hpp"

#include <gtest/gtest.h>

namespace emend::utf8 {
namespace {

TEST(Utf8, RoundTripsMixedScripts) {
  const std::string text = "Mićunović РГАНИ x";
  EXPECT_EQ(Encode(Decode(text)), text);
  EXPECT_EQ(Length(text), 17u);
}

TEST(Utf8, FindsInvalidSequences) {
  EXPECT_EQ(FindInvalid("plain"), std::string_view::npos);
  EXPECT_EQ(FindInvalid("Опись"), std::string_view::npos);
  EXPECT_EQ(FindInvalid("ab\x80"), 2u);            // stray continuation byte
  EXPECT_EQ(FindInvalid("\xED\xA0\x80"), 0u);      // surrogate
  EXPECT_EQ(FindInvalid("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
}

}  // namespace
}  // namespace emend::utf8
