// Decoding deposited pictures (PNG, JPEG, GIF, TIFF with all its pages) into greyscale pages,
// with Leptonica behind it. The size is read from the header before any pixel is decoded.
#pragma once

#include <string_view>
#include <vector>

#include "extractors/gray_image.h"
#include "models/error.h"

namespace verifact {

struct DecodeLimits {
  long long max_pixels_per_page = 120'000'000;  // A4 at 1200 dpi is 140 M: beyond any scan
  int max_pages = 50;
};

// Every page of the picture, as greyscale. Errors: IMAGE_TOO_LARGE (header over the limit),
// FILE_UNREADABLE (not a picture Leptonica can decode). Thread-safe.
Result<std::vector<GrayImage>> DecodeImages(std::string_view bytes, const DecodeLimits& limits);

}  // namespace verifact
