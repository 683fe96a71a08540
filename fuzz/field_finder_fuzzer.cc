// libFuzzer target: the field finder on arbitrary words. The input is split into lines, each
// line into words laid out left to right, so labels and values meet as they do on a page.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "extractors/field_finder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 20000) return -1;
  std::string text(reinterpret_cast<const char*>(data), size);
  verifact::PageText page;
  page.number = 1;
  page.width_pt = 595;
  page.height_pt = 842;
  std::istringstream lines(text);
  std::string line;
  for (int y = 0; std::getline(lines, line) && y < 200; ++y) {
    std::istringstream words(line);
    std::string w;
    for (int x = 0; words >> w && x < 40; ++x) {
      double x0 = 0.02 * x, y0 = 0.004 * y;
      page.words.push_back({w, {x0, y0, x0 + 0.018, y0 + 0.003}, 0.9});
    }
  }
  verifact::FieldFinder::Shared().Find({page});
  return 0;
}
