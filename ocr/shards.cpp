#include "ocr/shards.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "ocr/shard_spec.hpp"

namespace emend::ocr {
namespace {

constexpr const char* kMagic = "emend page record 1\n";

void Section(std::string& out, const char* name, const std::string& contents) {
  out += std::string(name) + " " + std::to_string(contents.size()) + "\n" + contents + "\n";
}

}  // namespace

std::string ShardFolder(const std::string& base) { return base + ".shards"; }

std::string PageRecordPath(const std::string& folder, size_t index) {
  char name[32];
  std::snprintf(name, sizeof name, "%04zu.page", index + 1);
  return (std::filesystem::path(folder) / name).string();
}

std::string FormatPageRecord(const PageResult& page, size_t index, size_t pages,
                             const std::string& image) {
  std::string out = kMagic;
  out += "page " + std::to_string(index + 1) + " of " + std::to_string(pages) + "\n";
  Section(out, "error", page.error);
  Section(out, "text", PageText(page));
  Section(out, "hocr", HocrPage(page, index, image));
  Section(out, "alto", FormatAlto(page, index, image));
  Section(out, "row", PageTableRow(page, index));
  return out;
}

PageRecord ReadPageRecord(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, 0, "cannot open the page record");
  std::ostringstream all;
  all << in.rdbuf();
  const std::string bytes = all.str();
  auto bad = [&path](const std::string& what) {
    return InputError(path, 0, 0, "not a page record of emend ocr: " + what);
  };
  if (bytes.rfind(kMagic, 0) != 0) throw bad("no header");
  size_t at = std::string(kMagic).size();
  auto line = [&]() {
    const size_t end = bytes.find('\n', at);
    if (end == std::string::npos) throw bad("truncated");
    std::string text = bytes.substr(at, end - at);
    at = end + 1;
    return text;
  };
  PageRecord record;
  {
    const std::string head = line();
    long page = 0, pages = 0;
    const size_t of = head.find(" of ");
    if (head.rfind("page ", 0) != 0 || of == std::string::npos ||
        !ParseDigits(head.substr(5, of - 5), page) || !ParseDigits(head.substr(of + 4), pages) ||
        page < 1 || page > pages) {
      throw bad("no 'page N of M' line");
    }
    record.index = static_cast<size_t>(page - 1);
    record.pages = static_cast<size_t>(pages);
  }
  for (auto [name, field] : {std::pair{"error", &record.error},
                             {"text", &record.text},
                             {"hocr", &record.hocr},
                             {"alto", &record.alto},
                             {"row", &record.row}}) {
    const std::string head = line();
    const std::string prefix = std::string(name) + " ";
    long size = 0;
    if (head.rfind(prefix, 0) != 0 || !ParseDigits(head.substr(prefix.size()), size))
      throw bad("no " + std::string(name) + " section");
    if (at + static_cast<size_t>(size) + 1 > bytes.size() || bytes[at + size] != '\n')
      throw bad("truncated");
    *field = bytes.substr(at, static_cast<size_t>(size));
    at += static_cast<size_t>(size) + 1;
  }
  if (at != bytes.size()) throw bad("trailing bytes");
  return record;
}

}  // namespace emend::ocr
