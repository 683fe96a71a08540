#include "extractors/page_png.h"

#include <leptonica/allheaders.h>

#include <cstdlib>
#include <memory>

#include "extractors/image_decoder.h"
#include "extractors/media_type.h"
#include "extractors/pdf_document.h"

namespace verifact {
namespace {

struct PixDeleter {
  void operator()(PIX* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// `pix` narrowed to `width` pixels when wider, as PNG.
Result<std::string> ScaledPng(PixPtr pix, int width) {
  if (!pix) return Error{"RENDER_FAILED", "cannot hold the page picture"};
  if (static_cast<int>(pixGetWidth(pix.get())) > width) {
    float scale = static_cast<float>(width) / static_cast<float>(pixGetWidth(pix.get()));
    pix.reset(pixScale(pix.get(), scale, scale));
    if (!pix) return Error{"RENDER_FAILED", "cannot scale the page picture"};
  }
  l_uint8* png = nullptr;
  size_t size = 0;
  if (pixWriteMemPng(&png, &size, pix.get(), 0.0f) != 0 || !png) {
    return Error{"RENDER_FAILED", "cannot encode the page picture"};
  }
  std::string out(reinterpret_cast<const char*>(png), size);
  std::free(png);
  return out;
}

Result<std::string> EncodePng(const GrayImage& image, int width) {
  PixPtr pix(pixCreate(image.width, image.height, 8));
  if (!pix) return Error{"RENDER_FAILED", "cannot hold the page picture"};
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < image.height; ++y) {
    l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
    const uint8_t* row = image.pixels.data() + static_cast<size_t>(y) * image.width;
    for (int x = 0; x < image.width; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  return ScaledPng(std::move(pix), width);
}

Result<std::string> EncodePng(const RgbImage& image, int width) {
  PixPtr pix(pixCreate(image.width, image.height, 32));
  if (!pix) return Error{"RENDER_FAILED", "cannot hold the page picture"};
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < image.height; ++y) {
    l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
    const uint8_t* rgb = image.pixels.data() + static_cast<size_t>(y) * image.width * 3;
    for (int x = 0; x < image.width; ++x, rgb += 3) composeRGBPixel(rgb[0], rgb[1], rgb[2], line + x);
  }
  return ScaledPng(std::move(pix), width);
}

}  // namespace

Result<std::string> RenderPagePng(std::string_view bytes, int page, int width) {
  constexpr long long kMaxPixels = 40'000'000;
  if (page < 1 || width < 1) return Error{"PAGE_NOT_FOUND", "no such page"};
  const std::string type = SniffMediaType(bytes);
  if (type == "application/pdf") {
    auto pdf = OpenPdfDocument(bytes);
    if (!pdf.ok()) return pdf.error();
    if (page > pdf.value()->page_count()) return Error{"PAGE_NOT_FOUND", "no such page"};
    double w = 0, h = 0;
    pdf.value()->PageSize(page, &w, &h);
    double dpi = w > 0 ? width * 72.0 / w : 100;
    auto image = pdf.value()->RenderColour(page, dpi, kMaxPixels);
    if (!image.ok()) return image.error();
    return EncodePng(image.value(), width);
  }
  if (type != "image/tiff") {
    // A single picture, shown in its own colours (stamps and ink are what a reviewer looks
    // for); its header is checked against the readers' pixel limit before decoding.
    if (page != 1) return Error{"PAGE_NOT_FOUND", "no such page"};
    if (auto refused = CheckPictureHeader(bytes, DecodeLimits{})) return *refused;
    PixPtr pix(pixReadMem(reinterpret_cast<const l_uint8*>(bytes.data()), bytes.size()));
    if (!pix) return Error{"FILE_UNREADABLE", "the picture cannot be decoded"};
    return ScaledPng(std::move(pix), width);
  }
  // A multi-page TIFF: scans in black and white or grey, shown as the readers see them.
  auto pages = DecodeImages(bytes, DecodeLimits{});
  if (!pages.ok()) return pages.error();
  if (page > static_cast<int>(pages.value().size())) {
    return Error{"PAGE_NOT_FOUND", "no such page"};
  }
  return EncodePng(pages.value()[static_cast<size_t>(page - 1)], width);
}

}  // namespace verifact
