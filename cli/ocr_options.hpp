// `emend ocr`'s command line. Two programs register it: the emend binary, which
// checks it (and prints its help) and then starts emend-ocr in its place with
// the same arguments (ocr_command.cpp); and emend-ocr, which runs the command
// (ocr_main.cpp). Only emend-ocr loads the OCR libraries.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "ocr/engine.hpp"
#include "ocr/preprocess.hpp"

namespace emend::cli {

struct OcrArgs {
  std::vector<std::string> inputs;
  std::string output_dir;
  int jobs = 0;
  std::string languages = ocr::EngineOptions{}.languages;
  std::string tessdata_dir;
  std::string binarization = ocr::ToString(ocr::PreprocessOptions{}.binarization);
  std::string dictionaries;
  std::string hunspell_dir = EMEND_DEFAULT_HUNSPELL_DIR;
  bool no_deskew = false, no_script_repair = false, no_user_words = false, no_raised_marks = false;
  bool no_bilevel_cleaning = false, no_page_number_reread = false;
  std::string shard;  // "K/N"
  bool merge = false;
  bool no_progress = false;
};

// Adds the `ocr` subcommand to `app`, its options read into `args` (which
// must outlive `app`'s parse), and returns it.
CLI::App* AddOcrOptions(CLI::App& app, OcrArgs& args);

}  // namespace emend::cli
