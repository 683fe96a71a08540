#include "extractors/image_decoder.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>

namespace verifact {
namespace {

struct PixDeleter {
  void operator()(PIX* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

const l_uint8* Data(std::string_view bytes) {
  return reinterpret_cast<const l_uint8*>(bytes.data());
}

// The coloured ink of a colour picture, one cell per block of about 1/100 inch; a cell takes a
// colour when a third of its pixels have it (JPEG's colour fringes round black print do not).
InkMap ColourInk(PIX* pix, double dpi) {
  InkMap ink;
  if (pixGetDepth(pix) != 32 && !pixGetColormap(pix)) return ink;
  PixPtr rgb(pixGetDepth(pix) == 32 ? pixClone(pix) : pixConvertTo32(pix));
  if (!rgb) return ink;
  const int w = static_cast<int>(pixGetWidth(rgb.get()));
  const int h = static_cast<int>(pixGetHeight(rgb.get()));
  const double assumed = dpi > 0 ? dpi : (w > 2000 ? 300 : 150);
  const int scale = std::clamp(static_cast<int>(assumed / 100 + 0.5), 1, 8);
  ink.width = (w + scale - 1) / scale;
  ink.height = (h + scale - 1) / scale;
  std::vector<uint16_t> blue(static_cast<size_t>(ink.width) * ink.height);
  std::vector<uint16_t> red(blue.size());
  l_uint32* data = pixGetData(rgb.get());
  const int wpl = pixGetWpl(rgb.get());
  for (int y = 0; y < h; ++y) {
    const l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
    const size_t row = static_cast<size_t>(y / scale) * ink.width;
    for (int x = 0; x < w; ++x) {
      l_int32 r, g, b;
      extractRGBValues(line[x], &r, &g, &b);
      const uint8_t c = InkMap::Classify(r, g, b);
      if (c == InkMap::kBlue) ++blue[row + x / scale];
      if (c == InkMap::kRed) ++red[row + x / scale];
    }
  }
  const int need = std::max(1, scale * scale / 3);
  ink.cells.resize(blue.size());
  for (size_t i = 0; i < blue.size(); ++i) {
    ink.cells[i] = blue[i] >= need ? InkMap::kBlue : red[i] >= need ? InkMap::kRed : InkMap::kNone;
  }
  return ink;
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
  out.ink = ColourInk(pix, out.dpi);
  return out;
}

// An unsigned integer of `size` bytes at `at`, in the file's byte order; false when it runs
// past the end.
bool ReadUnsigned(std::string_view bytes, uint64_t at, int size, bool little, uint64_t* out) {
  if (at > bytes.size() || bytes.size() - at < static_cast<uint64_t>(size)) return false;
  uint64_t v = 0;
  for (int i = 0; i < size; ++i) {
    const uint64_t b = static_cast<uint8_t>(bytes[at + (little ? size - 1 - i : i)]);
    v = (v << 8) | b;
  }
  *out = v;
  return true;
}

}  // namespace

int CountTiffPages(std::string_view bytes, int cap) {
  if (bytes.size() < 8) return -1;
  const bool little = bytes[0] == 'I' && bytes[1] == 'I';
  if (!little && !(bytes[0] == 'M' && bytes[1] == 'M')) return -1;
  uint64_t version = 0, offset = 0;
  if (!ReadUnsigned(bytes, 2, 2, little, &version)) return -1;
  const bool big = version == 43;
  if (!big && version != 42) return -1;
  // Classic: 2-byte entry count, 12-byte entries, 4-byte offsets. BigTIFF: 8, 20 and 8.
  const int count_size = big ? 8 : 2, entry_size = big ? 20 : 12, offset_size = big ? 8 : 4;
  if (!ReadUnsigned(bytes, big ? 8 : 4, offset_size, little, &offset)) return -1;
  int pages = 0;
  std::unordered_set<uint64_t> seen;
  // A directory met again closes a loop (a damaged or hostile file): the pages are the
  // distinct directories before it.
  while (offset != 0 && pages < cap && seen.insert(offset).second) {
    uint64_t entries = 0;
    if (!ReadUnsigned(bytes, offset, count_size, little, &entries)) return -1;
    const uint64_t next_at = offset + static_cast<uint64_t>(count_size) + entries * entry_size;
    if (entries > bytes.size() || next_at > bytes.size()) return -1;
    if (!ReadUnsigned(bytes, next_at, offset_size, little, &offset)) return -1;
    ++pages;
  }
  return pages;
}

namespace {

// CheckPictureHeader, also giving Leptonica's file format (IFF_…) when the header is read.
std::optional<Error> ReadPictureHeader(std::string_view bytes, const DecodeLimits& limits,
                                       l_int32* format) {
  l_int32 w = 0, h = 0, bps = 0, spp = 0, iscmap = 0;
  if (pixReadHeaderMem(Data(bytes), bytes.size(), format, &w, &h, &bps, &spp, &iscmap) != 0) {
    return Error{"FILE_UNREADABLE", "the picture's header cannot be read"};
  }
  if (static_cast<long long>(w) * h > limits.max_pixels_per_page || w <= 0 || h <= 0) {
    return Error{"IMAGE_TOO_LARGE", "the picture declares " + std::to_string(w) + "×" +
                                        std::to_string(h) + " pixels, over the limit"};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Error> CheckPictureHeader(std::string_view bytes, const DecodeLimits& limits) {
  l_int32 format = 0;
  return ReadPictureHeader(bytes, limits, &format);
}

Result<std::vector<GrayImage>> DecodeImages(std::string_view bytes, const DecodeLimits& limits,
                                            int* total_pages) {
  static const bool quiet = [] {
    setMsgSeverity(L_SEVERITY_NONE);  // Leptonica's warnings are for developers, not batches
    return true;
  }();
  (void)quiet;
  l_int32 format = 0;
  if (auto refused = ReadPictureHeader(bytes, limits, &format)) return *refused;
  std::vector<GrayImage> pages;
  if (format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_G3 ||
      format == IFF_TIFF_LZW || format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS ||
      format == IFF_TIFF_RLE || format == IFF_TIFF_JPEG) {
    size_t offset = 0;
    int index = 0;
    do {
      if (index >= limits.max_pages) {  // the caller warns about the pages left unread
        if (total_pages) *total_pages = std::max(CountTiffPages(bytes), index + 1);
        return pages;
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
    if (total_pages) *total_pages = static_cast<int>(pages.size());
    return pages;
  }
  PixPtr pix(pixReadMem(Data(bytes), bytes.size()));
  if (!pix) return Error{"FILE_UNREADABLE", "the picture cannot be decoded (damaged or truncated)"};
  auto g = ToGray(pix.get());
  if (!g.ok()) return g.error();
  pages.push_back(std::move(g).value());
  if (total_pages) *total_pages = 1;
  return pages;
}

}  // namespace verifact
