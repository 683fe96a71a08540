#include "extractors/image_prep.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <iterator>

#include "extractors/image_decoder.h"

using verifact::BBox;
using verifact::GrayImage;

namespace {

// A white page at `dpi` with dark horizontal bars standing for lines of text.
GrayImage TextLikePage(int width, int height, double dpi) {
  GrayImage img;
  img.width = width;
  img.height = height;
  img.dpi = dpi;
  img.pixels.assign(static_cast<size_t>(width) * height, 255);
  int line = static_cast<int>((dpi > 0 ? dpi : height / 11.69) / 6);  // six lines an inch
  for (int y = line; y + line / 3 < height - line; y += line) {
    for (int x = width / 10; x < width * 9 / 10; ++x) {
      // Words: ink broken by spaces.
      if ((x / (line / 2)) % 5 == 4) continue;
      for (int k = 0; k < line / 3; ++k) img.pixels[static_cast<size_t>(y + k) * width + x] = 20;
    }
  }
  return img;
}

GrayImage Transposed(const GrayImage& in) {
  GrayImage out;
  out.width = in.height;
  out.height = in.width;
  out.dpi = in.dpi;
  out.pixels.resize(in.pixels.size());
  for (int y = 0; y < in.height; ++y) {
    for (int x = 0; x < in.width; ++x) {
      out.pixels[static_cast<size_t>(x) * out.width + y] = in.at(x, y);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("A page whose lines run vertically is seen as sideways", "[extractors][ocr]") {
  GrayImage upright = TextLikePage(827, 1169, 100);
  CHECK_FALSE(verifact::LooksSideways(upright));
  CHECK(verifact::LooksSideways(Transposed(upright)));
}

TEST_CASE("Boxes found on the cleaned page map back onto the page as deposited",
          "[extractors][ocr]") {
  GrayImage page = TextLikePage(827, 1169, 100);
  for (int turns = 0; turns < 4; ++turns) {
    CAPTURE(turns);
    auto prepared = verifact::PrepareForOcr(page, turns, verifact::PrepOptions{}).value();
    CHECK(prepared.prepared_width == prepared.image.width);
    // The whole prepared image is the whole original page, whatever the turns.
    BBox all = prepared.ToOriginal({0, 0, 1, 1});
    CHECK(all.x0 == Approx(0).margin(0.02));
    CHECK(all.y0 == Approx(0).margin(0.02));
    CHECK(all.x1 == Approx(1).margin(0.02));
    CHECK(all.y1 == Approx(1).margin(0.02));
  }
  // Half a turn: the prepared top-left corner is the original bottom-right.
  auto half = verifact::PrepareForOcr(page, 2, verifact::PrepOptions{}).value();
  BBox corner = half.ToOriginal({0, 0, 0.1, 0.1});
  CHECK(corner.x0 == Approx(0.9).margin(0.02));
  CHECK(corner.y0 == Approx(0.9).margin(0.02));
}

TEST_CASE("Low-resolution scans are scaled up for OCR, 200-300 dpi ones are not",
          "[extractors][ocr]") {
  CHECK(verifact::PrepareForOcr(TextLikePage(1240, 1754, 150), 0, {}).value().scale == Approx(2.0));
  CHECK(verifact::PrepareForOcr(TextLikePage(1654, 2339, 200), 0, {}).value().scale == 1.0);
  // No resolution in the file: estimated from an A4 page's height.
  GrayImage unknown = TextLikePage(1240, 1754, 0);
  CHECK(verifact::EffectiveDpi(unknown) == Approx(150).epsilon(0.01));
}

TEST_CASE("A picture declaring more pixels than the limit is refused before decoding",
          "[extractors][ocr]") {
  // A whole PNG declaring 60000 × 60000 pixels, in 69 bytes (one row of zeros compressed).
  const std::string png(
      "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\xea\x60\x00\x00"
      "\xea\x60\x08\x00\x00\x00\x00\xa5\xb9\x2a\x9e\x00\x00\x00\x0c\x49\x44\x41\x54\x78\x9c\x63"
      "\x60\xa0\x3d\x00\x00\x00\x64\x00\x01\x86\x64\x3c\x35\x00\x00\x00\x00\x49\x45\x4e\x44\xae"
      "\x42\x60\x82",
      69);
  auto pages = verifact::DecodeImages(png, verifact::DecodeLimits{});
  REQUIRE_FALSE(pages.ok());
  CHECK(pages.error().code == "IMAGE_TOO_LARGE");
  auto garbage = verifact::DecodeImages("\x89PNG\r\n\x1a\nnot really", verifact::DecodeLimits{});
  REQUIRE_FALSE(garbage.ok());
  CHECK(garbage.error().code == "FILE_UNREADABLE");
}

TEST_CASE("Pictures too small or too thin to hold an invoice are refused, not crashed on",
          "[extractors][ocr]") {
  for (auto [w, h] : {std::pair{1, 1}, std::pair{3, 4000}, std::pair{6000, 8}, std::pair{40, 60}}) {
    CAPTURE(w, h);
    GrayImage img;
    img.width = w;
    img.height = h;
    img.pixels.assign(static_cast<size_t>(w) * h, 0);
    auto prepared = verifact::PrepareForOcr(img, 0, {});
    REQUIRE_FALSE(prepared.ok());
    CHECK(prepared.error().code == "IMAGE_TOO_SMALL");
    CHECK_FALSE(verifact::LooksSideways(img));
  }
}

TEST_CASE("A TIFF's pages are counted from its directory chain, never looping",
          "[extractors][ocr]") {
  std::ifstream in(std::string(VERIFACT_SOURCE_DIR) + "/samples/scans/scan-008.tif",
                   std::ios::binary);
  std::string tiff((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(verifact::CountTiffPages(tiff) == 2);
  CHECK(verifact::CountTiffPages(tiff.substr(0, 6)) == -1);        // cut inside the header
  CHECK(verifact::CountTiffPages("\x89PNG\r\n\x1a\n0000") == -1);  // not a TIFF
  // One directory (no entries) whose "next" points back at itself.
  const std::string loop("II*\0\x08\0\0\0\0\0\x08\0\0\0", 14);
  CHECK(verifact::CountTiffPages(loop) == 1);
  // The same directory ending the chain: one page.
  const std::string one("II*\0\x08\0\0\0\0\0\0\0\0\0", 14);
  CHECK(verifact::CountTiffPages(one) == 1);
  // BigTIFF: 8-byte offsets and counts; one empty directory at 16.
  std::string big("II+\0\x08\0\0\0\x10\0\0\0\0\0\0\0", 16);
  big += std::string(16, '\0');
  CHECK(verifact::CountTiffPages(big) == 1);
  // Big-endian, and a chain whose next directory lies past the end of the file.
  const std::string past("MM\0*\0\0\0\x08\0\0\0\0\x7f\0", 14);
  CHECK(verifact::CountTiffPages(past) == -1);
}
