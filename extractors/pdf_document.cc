#include "extractors/pdf_document.h"

#include <poppler/Catalog.h>
#include <poppler/Error.h>
#include <poppler/ErrorCodes.h>
#include <poppler/FileSpec.h>
#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>
#include <poppler/SplashOutputDev.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>
#include <poppler/UnicodeTypeTable.h>
#include <poppler/goo/GooString.h>
#include <poppler/goo/gmem.h>
#include <poppler/splash/SplashBitmap.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>

#include "extractors/internal/poppler_init.h"
#include "extractors/internal/signature_panel.h"

namespace verifact {
namespace {

void IgnorePopplerMessage(ErrorCategory /*category*/, Goffset /*pos*/, const char* /*msg*/) {
  // Poppler reports every recoverable oddity of a file on stderr; a batch over thousands of
  // deposits must keep stderr for its own one-line faults. Damage that matters surfaces as a
  // failed open or an empty page instead.
}

}  // namespace

// Poppler counts users of its globals and frees them when the count drops to zero, which
// poppler-glib's documents do as they close; one user held for the whole process keeps them
// alive for every thread. Deliberately never deleted (a static object's destructor would run
// after Poppler's own statics are gone); external linkage keeps it a root for leak checkers.
GlobalParamsIniter* g_poppler_user = nullptr;

void InitPopplerOnce() {
  static std::once_flag once;
  std::call_once(once, [] { g_poppler_user = new GlobalParamsIniter(IgnorePopplerMessage); });
}

namespace {

// Soft masks larger than this are not measured (their opacity stays unknown): a signature
// picture is small, and a huge mask is not worth decoding for it.
constexpr long long kMaxMaskPixels = 4'000'000;

// The text device, which also notes where pictures are drawn — without decoding them, except a
// small soft mask whose opacity tells a pasted signature from a logo.
class WordsAndImagesDev final : public TextOutputDev {
 public:
  WordsAndImagesDev(double width, double height)
      : TextOutputDev(nullptr, false, 0, false, false), width_(width), height_(height) {}

  // Poppler hands pictures to a device only when it asks for more than text.
  bool needNonText() override { return true; }

  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                 GfxImageColorMap* color_map, bool interpolate, const int* mask_colors,
                 bool inline_img) override {
    Note(state, width, height, mask_colors != nullptr, -1);
    // The base device skips an inline image's data, which the content parser needs.
    OutputDev::drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors,
                         inline_img);
  }

  void drawMaskedImage(GfxState* state, Object* /*ref*/, Stream* /*str*/, int width, int height,
                       GfxImageColorMap* /*color_map*/, bool /*interpolate*/, Stream* /*mask*/,
                       int /*mask_width*/, int /*mask_height*/, bool /*mask_invert*/,
                       bool /*mask_interpolate*/) override {
    Note(state, width, height, true, -1);
  }

  void drawSoftMaskedImage(GfxState* state, Object* /*ref*/, Stream* /*str*/, int width,
                           int height, GfxImageColorMap* /*color_map*/, bool /*interpolate*/,
                           Stream* mask, int mask_width, int mask_height,
                           GfxImageColorMap* mask_map, bool /*mask_interpolate*/) override {
    Note(state, width, height, true, OpaqueShare(mask, mask_width, mask_height, mask_map));
  }

  std::vector<PlacedImage> TakeImages() { return std::move(images_); }

 private:
  void Note(GfxState* state, int width, int height, bool transparent, double opaque) {
    const double* m = state->getCTM();
    double xs[4], ys[4];
    const double corners[4][2] = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
    for (int i = 0; i < 4; ++i) {
      xs[i] = m[0] * corners[i][0] + m[2] * corners[i][1] + m[4];
      ys[i] = m[1] * corners[i][0] + m[3] * corners[i][1] + m[5];
    }
    auto clamp = [](double v) { return std::clamp(v, 0.0, 1.0); };
    PlacedImage img;
    img.box = {clamp(*std::min_element(xs, xs + 4) / width_),
               clamp(*std::min_element(ys, ys + 4) / height_),
               clamp(*std::max_element(xs, xs + 4) / width_),
               clamp(*std::max_element(ys, ys + 4) / height_)};
    img.width_px = width;
    img.height_px = height;
    img.transparent = transparent;
    img.opaque_share = opaque;
    if (images_.size() < 1000) images_.push_back(img);
  }

  static double OpaqueShare(Stream* mask, int width, int height, GfxImageColorMap* map) {
    if (!mask || !map || width <= 0 || height <= 0 ||
        static_cast<long long>(width) * height > kMaxMaskPixels || map->getNumPixelComps() != 1) {
      return -1;
    }
    ImageStream pixels(mask, width, 1, map->getBits());
    pixels.reset();
    long long opaque = 0;
    for (int y = 0; y < height; ++y) {
      unsigned char* line = pixels.getLine();
      if (!line) break;
      for (int x = 0; x < width; ++x) {
        GfxGray g;
        map->getGray(line + x, &g);
        if (colToByte(g) >= 128) ++opaque;
      }
    }
    pixels.close();
    return static_cast<double>(opaque) / (static_cast<double>(width) * height);
  }

  double width_, height_;
  std::vector<PlacedImage> images_;
};

// Beyond this many attachments a file is not an invoice with its XML.
constexpr int kMaxAttachments = 100;

// Reads one attached file whole, decoded, unless it was seen already or is over `max_bytes`
// (an attachment is no reason to inflate a bomb).
void Collect(const FileSpec& const_spec, size_t max_bytes, std::set<std::string>* seen,
             std::vector<PdfDocument::EmbeddedFile>* files) {
  auto& spec = const_cast<FileSpec&>(const_spec);  // Poppler's getters are not const
  if (!spec.isOk()) return;
  EmbFile* file = spec.getEmbeddedFile();
  Stream* stream = file && file->isOk() ? file->stream() : nullptr;
  if (!stream) return;
  PdfDocument::EmbeddedFile out;
  if (const GooString* name = spec.getFileName()) out.name = name->toStr();
  stream->reset();
  unsigned char buf[8192];
  int got;
  while ((got = stream->doGetChars(static_cast<int>(sizeof buf), buf)) > 0) {
    out.bytes.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(got));
    if (out.bytes.size() > max_bytes) break;
  }
  stream->close();
  if (out.bytes.size() > max_bytes) return;
  const std::string key =
      out.name + '\0' + std::to_string(std::hash<std::string_view>{}(out.bytes));
  if (!seen->insert(key).second) return;
  files->push_back(std::move(out));
}

// The largest picture a page's resources declare (Width × Height of its image XObjects,
// through form XObjects), read from the dictionaries without decoding anything: Poppler
// decodes a picture whole inside one drawing operation, where no deadline can stop it, so a
// 40000×40000 picture behind a tiny stream must be refused before the page is drawn.
// A scan of A4 at 1200 dpi is 140 million pixels: beyond any invoice.
constexpr long long kMaxDeclaredImagePixels = 150'000'000;

// The largest inline picture (BI … ID … EI) of a content stream, or of an array of them: its
// size is written in the stream itself, so the stream is read in chunks, looking only at the
// few bytes of dictionary between each "BI" and "ID". `stop` is asked between chunks (a
// content stream can itself be a decompression bomb).
long long LargestInlineImage(Object* content, const std::function<bool()>& stop) {
  if (content->isArray()) {
    long long largest = 0;
    for (int i = 0; i < content->arrayGetLength() && i < 10000; ++i) {
      Object part = content->arrayGet(i);
      largest = std::max(largest, LargestInlineImage(&part, stop));
    }
    return largest;
  }
  if (!content->isStream()) return 0;
  auto delimiter = [](int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0 || c == '/' ||
           c == '[' || c == ']' || c == '<' || c == '>' || c == '(' || c == ')';
  };
  // The width × height named in one inline dictionary ("/W 60000 /H 60000 /BPC 8 …").
  auto declared = [](const std::string& dict) -> long long {
    double w = 0, h = 0;
    std::string key;
    size_t i = 0;
    while (i < dict.size()) {
      if (dict[i] == '/') {
        size_t j = i + 1;
        while (j < dict.size() && std::isalnum(static_cast<unsigned char>(dict[j]))) ++j;
        key = dict.substr(i + 1, j - i - 1);
        i = j;
      } else if (std::isdigit(static_cast<unsigned char>(dict[i]))) {
        size_t j = i;
        while (j < dict.size() && (std::isdigit(static_cast<unsigned char>(dict[j])) || dict[j] == '.'))
          ++j;
        double v = std::atof(dict.substr(i, j - i).c_str());
        if (key == "W" || key == "Width") w = v;
        if (key == "H" || key == "Height") h = v;
        key.clear();
        i = j;
      } else {
        ++i;
      }
    }
    double pixels = w * h;
    return pixels > 9e18 ? static_cast<long long>(9e18) : static_cast<long long>(pixels);
  };
  Stream* stream = content->getStream();
  stream->reset();
  long long largest = 0;
  std::string dict;     // bytes after a "BI", while its dictionary is read
  bool in_dict = false;
  int p1 = ' ', p2 = ' ', p3 = ' ';  // the last three bytes, newest first
  unsigned char buffer[65536];
  for (;;) {
    if (stop()) break;
    const int n = stream->doGetChars(sizeof buffer, buffer);
    if (n <= 0) break;
    for (int k = 0; k < n; ++k) {
      const int c = buffer[k];
      if (in_dict) {
        dict.push_back(static_cast<char>(c));
        // "ID" as a token ends the dictionary; a dictionary this long is not one.
        const size_t len = dict.size();
        const bool id = len >= 3 && delimiter(c) && dict[len - 3] == 'I' && dict[len - 2] == 'D' &&
                        (len == 3 || delimiter(static_cast<unsigned char>(dict[len - 4])));
        if (id || len > 1024) {
          largest = std::max(largest, declared(dict));
          dict.clear();
          in_dict = false;
        }
      } else if (delimiter(c) && p1 == 'I' && p2 == 'B' && delimiter(p3)) {
        in_dict = true;  // "BI" as a whole token
      }
      p3 = p2;
      p2 = p1;
      p1 = c;
    }
  }
  stream->close();
  return largest;
}

long long LargestDeclaredImage(Dict* resources, int depth, std::set<std::pair<int, int>>* seen,
                               const std::function<bool()>& stop) {
  if (!resources || depth > 8) return 0;
  Object xobjects = resources->lookup("XObject");
  if (!xobjects.isDict()) return 0;
  long long largest = 0;
  Dict* dict = xobjects.getDict();
  for (int i = 0; i < dict->getLength() && i < 10000; ++i) {
    const Object& ref = dict->getValNF(i);
    if (ref.isRef() && !seen->insert({ref.getRef().num, ref.getRef().gen}).second) continue;
    Object x = dict->getVal(i);
    if (!x.isStream()) continue;
    Dict* xd = x.streamGetDict();
    if (xd->lookup("Subtype").isName("Image")) {
      Object w = xd->lookup("Width"), h = xd->lookup("Height");
      if (w.isNum() && h.isNum() && w.getNum() > 0 && h.getNum() > 0) {
        double pixels = w.getNum() * h.getNum();
        largest = std::max(largest, pixels > 9e18 ? static_cast<long long>(9e18)
                                                  : static_cast<long long>(pixels));
      }
    } else {
      largest = std::max(largest, LargestInlineImage(&x, stop));  // a form's own drawing
      Object inner = xd->lookup("Resources");
      if (inner.isDict()) {
        largest = std::max(largest, LargestDeclaredImage(inner.getDict(), depth + 1, seen, stop));
      }
    }
  }
  return largest;
}

// `box` (fractions of a page) once the page is turned `turn` degrees clockwise.
BBox TurnBox(const BBox& box, int turn) {
  switch (turn) {
    case 90:
      return {1 - box.y1, box.x0, 1 - box.y0, box.x1};
    case 180:
      return {1 - box.x1, 1 - box.y1, 1 - box.x0, 1 - box.y0};
    case 270:
      return {box.y0, 1 - box.x1, box.y1, 1 - box.x0};
    default:
      return box;
  }
}

// Appends code point `u` to `out` in UTF-8.
void AppendUtf8(Unicode u, std::string* out) {
  if (u < 0x80) {
    out->push_back(static_cast<char>(u));
  } else if (u < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (u >> 6)));
    out->push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else if (u < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (u >> 12)));
    out->push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else if (u < 0x110000) {
    out->push_back(static_cast<char>(0xF0 | (u >> 18)));
    out->push_back(static_cast<char>(0x80 | ((u >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (u & 0x3F)));
  }
}

// A word's text in Unicode's compatibility composition (NFKC), in UTF-8: an accent typed as a
// letter and a combining mark ("Nume\u0301ro") becomes one letter, a ligature ("ﬁ") its
// letters, so labels match however the producer encoded them.
std::string NormalisedText(const TextWord& word) {
  const int n = word.getLength();
  std::vector<Unicode> chars(static_cast<size_t>(std::max(n, 0)));
  for (int i = 0; i < n; ++i) chars[static_cast<size_t>(i)] = *word.getChar(i);
  int length = 0;
  std::unique_ptr<Unicode, void (*)(void*)> normal(
      unicodeNormalizeNFKC(chars.data(), n, &length, nullptr), &gfree);
  std::string text;
  for (int i = 0; normal && i < length; ++i) AppendUtf8(normal.get()[i], &text);
  return text;
}

class PopplerPdfDocument final : public PdfDocument {
 public:
  PopplerPdfDocument(std::unique_ptr<PDFDoc> doc, std::string_view bytes)
      : doc_(std::move(doc)), bytes_(bytes) {}

  int page_count() const override { return doc_->getNumPages(); }

  void SetDeadline(std::chrono::steady_clock::time_point deadline) override {
    deadline_ = deadline;
  }
  bool past_deadline() const override { return std::chrono::steady_clock::now() > deadline_; }

  // Poppler's abort check, asked between drawing operations.
  static bool PastDeadline(void* self) {
    return static_cast<const PopplerPdfDocument*>(self)->past_deadline();
  }

  // IMAGE_TOO_LARGE when page `number` declares a picture over kMaxDeclaredImagePixels, as an
  // image XObject or inline in its content. Answered once per page (text, then render).
  std::optional<Error> CheckDeclaredImages(int number) {
    if (auto known = checked_.find(number); known != checked_.end()) return known->second;
    Page* page = doc_->getPage(number);
    if (!page) return std::nullopt;
    auto stop = [this] { return past_deadline(); };
    std::set<std::pair<int, int>> seen;
    long long pixels = LargestDeclaredImage(page->getResourceDict(), 0, &seen, stop);
    Object contents = page->getContents();
    pixels = std::max(pixels, LargestInlineImage(&contents, stop));
    std::optional<Error> verdict;
    if (pixels > kMaxDeclaredImagePixels) {
      verdict = Error{"IMAGE_TOO_LARGE", "page " + std::to_string(number) +
                                             " holds a picture of " + std::to_string(pixels) +
                                             " pixels, over the limit; deposit a lighter scan"};
    }
    checked_[number] = verdict;
    return verdict;
  }

  Result<PageText> Text(int number) override {
    if (number < 1 || number > doc_->getNumPages()) {
      return Error{"PAGE_OUT_OF_RANGE", "page " + std::to_string(number) + " does not exist"};
    }
    if (auto too_large = CheckDeclaredImages(number)) return *too_large;
    auto known = turn_.find(number);
    PageText page;
    Result<int> upright = ReadWords(number, known != turn_.end() ? known->second : 0, &page);
    if (!upright.ok()) return upright.error();
    if (known == turn_.end()) {
      turn_[number] = upright.value();
      if (upright.value() != 0) {
        page = PageText{};
        if (auto again = ReadWords(number, upright.value(), &page); !again.ok()) {
          return again.error();
        }
      }
    }
    return page;
  }

  void PageSize(int number, double* width_pt, double* height_pt) override {
    SizeTurned(number, Turn(number), width_pt, height_pt);
  }

  // The page's size in points once its /Rotate and a further clockwise `turn` are applied.
  void SizeTurned(int number, int turn, double* width_pt, double* height_pt) const {
    double w = doc_->getPageCropWidth(number);
    double h = doc_->getPageCropHeight(number);
    if ((doc_->getPageRotate(number) + turn) % 180 != 0) std::swap(w, h);
    *width_pt = w;
    *height_pt = h;
  }

  // The words (and pictures' places) of page `number` drawn with a further clockwise `turn`,
  // into `page`. Returns the turn, in degrees clockwise from this drawing, that would set most
  // of its text upright: 0 when it already reads left to right.
  Result<int> ReadWords(int number, int turn, PageText* page) {
    double w = 0, h = 0;
    SizeTurned(number, turn, &w, &h);
    if (!(w > 0 && h > 0)) return Error{"FILE_UNREADABLE", "page has no size"};
    page->number = number;
    page->source = Source::kTextLayer;
    page->width_pt = w;
    page->height_pt = h;
    // Physical layout off, raw order off: Poppler only builds words; our TextLayout does lines.
    WordsAndImagesDev dev(w, h);
    if (!dev.isOk()) return Error{"INTERNAL", "Poppler text device failed to start"};
    doc_->displayPage(&dev, number, 72, 72, turn, false, true, false, &PastDeadline, this);
    std::unique_ptr<TextWordList> list = dev.makeWordList();
    const int n = list ? list->getLength() : 0;
    page->words.reserve(static_cast<size_t>(n));
    // Characters by direction (Poppler's 0: left to right, 1: downwards, 2: upside down,
    // 3: upwards).
    std::array<long, 4> chars{};
    for (int i = 0; i < n; ++i) {
      const TextWord* tw = list->get(i);
      double x0, y0, x1, y1;
      tw->getBBox(&x0, &y0, &x1, &y1);
      std::string text = NormalisedText(*tw);
      if (text.empty()) continue;
      chars[static_cast<size_t>(tw->getRotation() & 3)] += tw->getLength();
      page->words.push_back(
          {std::move(text), {x0 / w, y0 / h, x1 / w, y1 / h}, 1.0, tw->getSpaceAfter()});
    }
    page->images = dev.TakeImages();
    // Turn only for a clear majority: a sideways legal mention in the margin of an upright
    // invoice is common and must leave the page as it is.
    const long all = chars[0] + chars[1] + chars[2] + chars[3];
    const auto most = std::max_element(chars.begin(), chars.end());
    const int direction = static_cast<int>(most - chars.begin());
    if (direction == 0 || all < 20 || *most * 10 < all * 6) return 0;
    return (4 - direction) * 90;
  }

  // The further clockwise turn (0, 90, 180 or 270 degrees) that sets page `number`'s text
  // upright. A portrait invoice turned in a viewer before it was saved, or a page whose content
  // was drawn sideways, would otherwise be read as columns of stray letters. Text, renderings
  // and sizes all use it, so field boxes land on the picture reviewers see. Found from the
  // words once and kept; 0 for a page without text and for one that cannot be drawn.
  int Turn(int number) {
    if (auto known = turn_.find(number); known != turn_.end()) return known->second;
    int turn = 0;
    if (number >= 1 && number <= doc_->getNumPages() && !CheckDeclaredImages(number)) {
      PageText scratch;
      Result<int> upright = ReadWords(number, 0, &scratch);
      if (upright.ok()) turn = upright.value();
    }
    turn_[number] = turn;
    return turn;
  }

  // Whether page `number` may be drawn at `dpi`: PAGE_OUT_OF_RANGE, PAGE_TOO_LARGE (over
  // `max_pixels`), IMAGE_TOO_LARGE (a picture declared too large), or nothing.
  std::optional<Error> CheckDrawable(int number, double dpi, long long max_pixels) {
    if (number < 1 || number > doc_->getNumPages()) {
      return Error{"PAGE_OUT_OF_RANGE", "page " + std::to_string(number) + " does not exist"};
    }
    double w = 0, h = 0;
    PageSize(number, &w, &h);
    double pixels = (w * dpi / 72.0) * (h * dpi / 72.0);
    if (!(pixels > 0) || pixels > static_cast<double>(max_pixels)) {
      char size[96];
      std::snprintf(size, sizeof size, "%.0f × %.0f inches", w / 72, h / 72);
      return Error{"PAGE_TOO_LARGE", "page " + std::to_string(number) + " measures " + size +
                                         ": too large to draw at a readable resolution"};
    }
    return CheckDeclaredImages(number);
  }

  // Page `number` drawn by Splash at `dpi`, in grey (splashModeMono8, one byte a pixel) or
  // colour (splashModeRGB8, three); stopped at the deadline between drawing operations.
  Result<std::unique_ptr<SplashBitmap>> Draw(int number, double dpi, SplashColorMode mode) {
    SplashColor paper;
    paper[0] = paper[1] = paper[2] = 255;
    SplashOutputDev out(mode, 4, false, paper);
    out.startDoc(doc_.get());
    doc_->displayPage(&out, number, dpi, dpi, Turn(number), false, true, false, &PastDeadline,
                      this);
    std::unique_ptr<SplashBitmap> bitmap(out.takeBitmap());
    if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0) {
      return Error{"RENDER_FAILED", "page " + std::to_string(number) + " could not be drawn"};
    }
    return bitmap;
  }

  // The bitmap's rows without their padding, `bytes_per_pixel` each.
  static std::vector<uint8_t> Unpadded(SplashBitmap& bitmap, int bytes_per_pixel) {
    const size_t row_bytes = static_cast<size_t>(bitmap.getWidth()) * bytes_per_pixel;
    std::vector<uint8_t> pixels(row_bytes * static_cast<size_t>(bitmap.getHeight()));
    const unsigned char* data = bitmap.getDataPtr();
    for (int y = 0; y < bitmap.getHeight(); ++y) {
      const unsigned char* row = data + static_cast<ptrdiff_t>(y) * bitmap.getRowSize();
      std::copy(row, row + row_bytes, pixels.begin() + static_cast<ptrdiff_t>(y * row_bytes));
    }
    return pixels;
  }

  Result<RgbImage> RenderColour(int number, double dpi, long long max_pixels) override {
    if (auto refused = CheckDrawable(number, dpi, max_pixels)) return *refused;
    auto bitmap = Draw(number, dpi, splashModeRGB8);
    if (!bitmap.ok()) return bitmap.error();
    RgbImage img;
    img.width = bitmap.value()->getWidth();
    img.height = bitmap.value()->getHeight();
    img.pixels = Unpadded(*bitmap.value(), 3);
    return img;
  }

  Result<GrayImage> Render(int number, double dpi, long long max_pixels) override {
    if (auto refused = CheckDrawable(number, dpi, max_pixels)) return *refused;
    auto bitmap = Draw(number, dpi, splashModeMono8);
    if (!bitmap.ok()) return bitmap.error();
    GrayImage img;
    img.width = bitmap.value()->getWidth();
    img.height = bitmap.value()->getHeight();
    img.dpi = dpi;
    img.pixels = Unpadded(*bitmap.value(), 1);
    img.ink = ColourInk(number);
    return img;
  }

  // The page's coloured ink, from a second rendering in colour at 100 dpi (cheap beside OCR):
  // the grey rendering OCR reads is kept exactly as it was.
  InkMap ColourInk(int number) {
    InkMap ink;
    auto bitmap = Draw(number, 100, splashModeRGB8);
    if (!bitmap.ok()) return ink;
    ink.width = bitmap.value()->getWidth();
    ink.height = bitmap.value()->getHeight();
    const std::vector<uint8_t> rgb = Unpadded(*bitmap.value(), 3);
    ink.cells.resize(static_cast<size_t>(ink.width) * ink.height);
    for (size_t i = 0; i < ink.cells.size(); ++i) {
      ink.cells[i] = InkMap::Classify(rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2]);
    }
    return ink;
  }

  std::vector<EmbeddedFile> EmbeddedFiles(size_t max_bytes) override {
    // Factur-X puts its XML in the EmbeddedFiles name tree and lists it in the catalog's /AF;
    // some older producers only attach it to a page (FileAttachment annotations). All three
    // are looked at; a file seen twice is read once.
    std::vector<EmbeddedFile> files;
    std::set<std::string> seen;
    Catalog* catalog = doc_->getCatalog();
    const int n = std::min(catalog->numEmbeddedFiles(), kMaxAttachments);
    for (int i = 0; i < n; ++i) {
      std::unique_ptr<FileSpec> spec = catalog->embeddedFile(i);
      if (spec) Collect(*spec, max_bytes, &seen, &files);
    }
    Object root = doc_->getXRef()->getCatalog();
    Object af = root.isDict() ? root.dictLookup("AF") : Object(objNull);
    for (int i = 0; af.isArray() && i < std::min(af.arrayGetLength(), kMaxAttachments); ++i) {
      Object entry = af.arrayGet(i);
      if (entry.isDict()) Collect(FileSpec(&entry), max_bytes, &seen, &files);
    }
    for (int p = 1; p <= std::min(doc_->getNumPages(), 20); ++p) {
      Page* page = doc_->getPage(p);
      Object annots = page ? page->getAnnotsObject() : Object(objNull);
      for (int i = 0; annots.isArray() && i < std::min(annots.arrayGetLength(), 200); ++i) {
        Object annot = annots.arrayGet(i);
        if (!annot.isDict() || !annot.dictLookup("Subtype").isName("FileAttachment")) continue;
        Object fs = annot.dictLookup("FS");
        if (fs.isDict()) Collect(FileSpec(&fs), max_bytes, &seen, &files);
      }
    }
    return files;
  }

  std::vector<SignaturePanel> SignaturePanels(const TrustStore* trust) override {
    std::vector<SignaturePanel> panels = ReadSignaturePanels(doc_.get(), bytes_, trust);
    // Widgets are placed on the displayed page; a page turned upright turns its boxes too.
    for (SignaturePanel& panel : panels) {
      if (panel.visible && panel.page >= 1) panel.bbox = TurnBox(panel.bbox, Turn(panel.page));
    }
    return panels;
  }

 private:
  std::unique_ptr<PDFDoc> doc_;
  std::map<int, std::optional<Error>> checked_;  // CheckDeclaredImages, per page
  std::map<int, int> turn_;                      // Turn, per page
  std::chrono::steady_clock::time_point deadline_ = std::chrono::steady_clock::time_point::max();
  std::string_view bytes_;
};

}  // namespace

Result<std::unique_ptr<PdfDocument>> OpenPdfDocument(std::string_view bytes) {
  InitPopplerOnce();
  // MemStream reads the caller's buffer in place; PDFDoc takes ownership of the stream.
  auto* stream =
      new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  auto doc = std::make_unique<PDFDoc>(stream);
  if (!doc->isOk()) {
    int code = doc->getErrorCode();
    if (code == errEncrypted) {
      return Error{"PDF_ENCRYPTED",
                   "the PDF is protected by a password; deposit an unprotected copy"};
    }
    return Error{"FILE_UNREADABLE", "the PDF is damaged and cannot be read (Poppler error " +
                                        std::to_string(code) + ")"};
  }
  if (doc->getNumPages() < 1) return Error{"FILE_UNREADABLE", "the PDF has no pages"};
  return std::unique_ptr<PdfDocument>(new PopplerPdfDocument(std::move(doc), bytes));
}

}  // namespace verifact
