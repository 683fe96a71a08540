// libFuzzer target: decoding deposited pictures (PNG, JPEG, GIF, TIFF, BMP...) with the size
// read from the header first, and the count of a TIFF's pages from its directory chain. OCR is
// left out: it reads what decoding gives.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extractors/image_decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  verifact::DecodeLimits limits;
  limits.max_pixels_per_page = 4'000'000;  // the real limit's logic, at a fuzzing scale
  limits.max_pages = 4;
  int total = 0;
  verifact::DecodeImages(bytes, limits, &total);
  verifact::CountTiffPages(bytes, 1000);
  return 0;
}
