// GrayImage: an 8-bit greyscale raster, the one image type that crosses between the libraries
// (Poppler renders it, Leptonica decodes it, OpenCV cleans it, Tesseract reads it), so that no
// library's own image type leaves its adapter.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace verifact {

struct GrayImage {
  int width = 0;
  int height = 0;
  double dpi = 0;               // 0 when the file does not say
  std::vector<uint8_t> pixels;  // row-major, width × height, 0 black … 255 white

  bool empty() const { return width <= 0 || height <= 0; }
  uint8_t at(int x, int y) const { return pixels[static_cast<size_t>(y) * width + x]; }
};

}  // namespace verifact
