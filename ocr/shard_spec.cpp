#include "ocr/shard_spec.hpp"

namespace emend::ocr {

bool ParseDigits(const std::string& text, long& out) {
  if (text.empty() || text.size() > 9) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  out = std::stol(text);
  return true;
}

bool ParseShard(const std::string& text, ShardSpec& out) {
  const size_t slash = text.find('/');
  if (slash == std::string::npos) return false;
  long k = 0, n = 0;
  if (!ParseDigits(text.substr(0, slash), k) || !ParseDigits(text.substr(slash + 1), n))
    return false;
  if (k < 1 || n < 1 || k > n || n > 100000) return false;
  out = {static_cast<int>(k), static_cast<int>(n)};
  return true;
}

bool InShard(const ShardSpec& shard, size_t global_page) {
  return static_cast<int>(global_page % static_cast<size_t>(shard.count)) == shard.index - 1;
}

}  // namespace emend::ocr
