#include "extractors/image_decoder.h"

#include <leptonica/allheaders.h>

#include <memory>
#include <string>

namespace verifact {
namespace {

struct PixDeleter {
  void operator()(PIX* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

const l_uint8* Data(std::string_view bytes) {
  return reinterpret_cast<const l_uint8*>(bytes.data());
}

// Any depth and colour map to 8-bit grey; copies the rows into a GrayImage.
Result<GrayImage> ToGray(PIX* pix) {
  PixPtr grey(pixConvertTo8(pix, 0));
  if (!grey) return Error{"FILE_UNREADABLE", "the picture's pixels could not be converted"};
  GrayImage out;
  out.width = static_cast<int>(pixGetWidth(grey.get()));
  out.height = static_cast<int>(pixGetHeight(grey.get()));
  out.dpi = pixGetXRes(pix);
  out.pixels.resize(static_cast<size_t>(out.width) * out.height);
  l_uint32* data = pixGetData(grey.get());
  int wpl = pixGetWpl(grey.get());
  for (int y = 0; y < out.height; ++y) {
    l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
    uint8_t* row = out.pixels.data() + static_cast<size_t>(y) * out.width;
    for (int x = 0; x < out.width; ++x) row[x] = static_cast<uint8_t>(GET_DATA_BYTE(line, x));
  }
  return out;
}

}  // namespace

Result<std::vector<GrayImage>> DecodeImages(std::string_view bytes, const DecodeLimits& limits) {
  static const bool quiet = [] {
    setMsgSeverity(L_SEVERITY_NONE);  // Leptonica's warnings are for developers, not batches
    return true;
  }();
  (void)quiet;
  l_int32 w = 0, h = 0, bps = 0, spp = 0, iscmap = 0, format = 0;
  if (pixReadHeaderMem(Data(bytes), bytes.size(), &format, &w, &h, &bps, &spp, &iscmap) != 0) {
    return Error{"FILE_UNREADABLE", "the picture's header cannot be read"};
  }
  if (static_cast<long long>(w) * h > limits.max_pixels_per_page || w <= 0 || h <= 0) {
    return Error{"IMAGE_TOO_LARGE", "the picture declares " + std::to_string(w) + "×" +
                                        std::to_string(h) + " pixels, over the limit"};
  }
  std::vector<GrayImage> pages;
  if (format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_G3 ||
      format == IFF_TIFF_LZW || format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS ||
      format == IFF_TIFF_RLE || format == IFF_TIFF_JPEG) {
    size_t offset = 0;
    int index = 0;
    do {
      if (index >= limits.max_pages) {
        return Error{"TOO_MANY_PAGES", "the TIFF has more than " +
                                           std::to_string(limits.max_pages) +
                                           " pages; deposit the invoice alone"};
      }
      l_int32 pw = 0, ph = 0, pbps = 0, pspp = 0, pres = 0, pcmap = 0, pformat = 0;
      if (readHeaderMemTiff(Data(bytes), bytes.size(), index, &pw, &ph, &pbps, &pspp, &pres, &pcmap,
                            &pformat) != 0) {
        return Error{"FILE_UNREADABLE",
                     "TIFF page " + std::to_string(index + 1) + " cannot be read"};
      }
      if (static_cast<long long>(pw) * ph > limits.max_pixels_per_page) {
        return Error{"IMAGE_TOO_LARGE",
                     "TIFF page " + std::to_string(index + 1) + " is over the pixel limit"};
      }
      PixPtr pix(pixReadMemFromMultipageTiff(Data(bytes), bytes.size(), &offset));
      if (!pix) {
        return Error{"FILE_UNREADABLE",
                     "TIFF page " + std::to_string(index + 1) + " cannot be decoded"};
      }
      auto g = ToGray(pix.get());
      if (!g.ok()) return g.error();
      pages.push_back(std::move(g).value());
      ++index;
    } while (offset != 0);
    return pages;
  }
  PixPtr pix(pixReadMem(Data(bytes), bytes.size()));
  if (!pix) return Error{"FILE_UNREADABLE", "the picture cannot be decoded (damaged or truncated)"};
  auto g = ToGray(pix.get());
  if (!g.ok()) return g.error();
  pages.push_back(std::move(g).value());
  return pages;
}

}  // namespace verifact
