#include "render/readable_date.hpp"

namespace emend::render {
namespace {

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

std::string ReadableDate(const std::string& date) {
  static constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};
  const bool year_month = date.size() >= 7 && date[4] == '-' && AllDigits(date.substr(0, 4)) &&
                          AllDigits(date.substr(5, 2));
  if (!year_month || (date.size() != 7 &&
                      !(date.size() == 10 && date[7] == '-' && AllDigits(date.substr(8, 2))))) {
    return date;
  }
  const int month = std::stoi(date.substr(5, 2));
  if (month < 1 || month > 12) return date;
  std::string out = std::string(kMonths[month - 1]) + " " + date.substr(0, 4);
  if (date.size() == 10) out = std::to_string(std::stoi(date.substr(8, 2))) + " " + out;
  return out;
}

}  // namespace emend::render
