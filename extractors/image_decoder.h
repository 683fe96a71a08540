// Decoding deposited pictures (PNG, JPEG, GIF, TIFF with all its pages) into greyscale pages,
// with Leptonica behind it. The size is read from the header before any pixel is decoded.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "extractors/gray_image.h"
#include "models/error.h"

namespace verifact {

struct DecodeLimits {
  long long max_pixels_per_page = 120'000'000;  // A4 at 1200 dpi is 140 M: beyond any scan
  int max_pages = 50;
};

// The pages of the picture, as greyscale: all of them, or the first `limits.max_pages` of a
// longer multi-page TIFF. `total_pages`, when given, receives how many pages the file holds
// (so that the pages not decoded can be named). Errors: IMAGE_TOO_LARGE (header over the
// limit), FILE_UNREADABLE (not a picture Leptonica can decode). Thread-safe.
Result<std::vector<GrayImage>> DecodeImages(std::string_view bytes, const DecodeLimits& limits,
                                            int* total_pages = nullptr);

// The first page's size read from the picture's header, nothing decoded: FILE_UNREADABLE when
// there is no header Leptonica knows, IMAGE_TOO_LARGE over `limits.max_pixels_per_page`.
std::optional<Error> CheckPictureHeader(std::string_view bytes, const DecodeLimits& limits);

// How many pages (image file directories) a TIFF file chains, read from its structure without
// decoding anything; -1 when the bytes are not a well-formed TIFF chain. Classic and BigTIFF,
// either byte order; a chain that loops counts its distinct directories, and counting stops
// at `cap`.
int CountTiffPages(std::string_view bytes, int cap = 1'000'000);

}  // namespace verifact
