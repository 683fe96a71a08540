// GrayImage: an 8-bit greyscale raster, the one image type that crosses between the libraries
// (Poppler renders it, Leptonica decodes it, OpenCV cleans it, Tesseract reads it), so that no
// library's own image type leaves its adapter.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace verifact {

// Where coloured ink lies on a picture — a stamp's violet or red ring, a signature in blue ink —
// at about 100 dpi: the cells cover the whole picture, cell (x, y) is at fractions
// (x / width, y / height) of it.
struct InkMap {
  enum : uint8_t { kNone = 0, kBlue = 1, kRed = 2 };
  int width = 0;
  int height = 0;
  std::vector<uint8_t> cells;  // row-major, width × height, kNone / kBlue / kRed

  bool empty() const { return width <= 0 || height <= 0; }
  // The class of one pixel: saturated, not pale, blue-violet or red-orange ink. Print in black
  // and pale tints are kNone.
  static uint8_t Classify(int r, int g, int b) {
    const int hi = r > g ? (r > b ? r : b) : (g > b ? g : b);
    const int lo = r < g ? (r < b ? r : b) : (g < b ? g : b);
    if (hi - lo < 60 || hi > 245 || hi < 60) return kNone;
    if (b == hi || (r == hi && b > g + 30)) return kBlue;  // blue, violet, purple
    if (r == hi && g < r - 50) return kRed;
    return kNone;
  }
};

struct GrayImage {
  int width = 0;
  int height = 0;
  double dpi = 0;               // 0 when the file does not say
  std::vector<uint8_t> pixels;  // row-major, width × height, 0 black … 255 white
  InkMap ink;                   // coloured ink of the same picture; empty when it has no colour

  bool empty() const { return width <= 0 || height <= 0; }
  uint8_t at(int x, int y) const { return pixels[static_cast<size_t>(y) * width + x]; }
};

// A page in colour, for people only (the review page): the readers work on GrayImage.
struct RgbImage {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> pixels;  // row-major, width × height × 3: red, green, blue
};

}  // namespace verifact
