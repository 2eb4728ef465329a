// Which pages a shard of a long OCR run recognises (see shards.hpp): `emend
// ocr --shard K/N`. Apart from the engine, so that the emend binary can
// check the option without loading the OCR libraries.
#pragma once

#include <cstddef>
#include <string>

namespace emend::ocr {

struct ShardSpec {
  int index = 1;  // 1..count
  int count = 1;
};

// 1 to 9 decimal digits and nothing else, as a number; false otherwise.
bool ParseDigits(const std::string& text, long& out);

// "K/N" with 1 <= K <= N <= 100000; false for anything else.
bool ParseShard(const std::string& text, ShardSpec& out);

// Whether page `global_page` (0-based, over all inputs in order) is shard's.
bool InShard(const ShardSpec& shard, size_t global_page);

}  // namespace emend::ocr
