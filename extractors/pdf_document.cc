#include "extractors/pdf_document.h"

#include <poppler/Error.h>
#include <poppler/ErrorCodes.h>
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/SplashOutputDev.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>
#include <poppler/goo/GooString.h>
#include <poppler/splash/SplashBitmap.h>

#include <algorithm>
#include <mutex>

namespace verifact {
namespace {

void IgnorePopplerMessage(ErrorCategory /*category*/, Goffset /*pos*/, const char* /*msg*/) {
  // Poppler reports every recoverable oddity of a file on stderr; a batch over thousands of
  // deposits must keep stderr for its own one-line faults. Damage that matters surfaces as a
  // failed open or an empty page instead.
}

void InitPopplerOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    globalParams = std::make_unique<GlobalParams>();
    setErrorCallback(IgnorePopplerMessage);
  });
}

class PopplerPdfDocument final : public PdfDocument {
 public:
  explicit PopplerPdfDocument(std::unique_ptr<PDFDoc> doc) : doc_(std::move(doc)) {}

  int page_count() const override { return doc_->getNumPages(); }

  Result<PageText> Text(int number) override {
    if (number < 1 || number > doc_->getNumPages()) {
      return Error{"PAGE_OUT_OF_RANGE", "page " + std::to_string(number) + " does not exist"};
    }
    PageText page;
    page.number = number;
    page.source = Source::kTextLayer;
    double w = doc_->getPageCropWidth(number);
    double h = doc_->getPageCropHeight(number);
    if (doc_->getPageRotate(number) % 180 != 0) std::swap(w, h);
    if (!(w > 0 && h > 0)) return Error{"FILE_UNREADABLE", "page has no size"};
    page.width_pt = w;
    page.height_pt = h;

    // Physical layout off, raw order off: Poppler only builds words; our TextLayout does lines.
    TextOutputDev dev(nullptr, false, 0, false, false);
    if (!dev.isOk()) return Error{"INTERNAL", "Poppler text device failed to start"};
    doc_->displayPage(&dev, number, 72, 72, 0, false, true, false);
    std::unique_ptr<TextWordList> list = dev.makeWordList();
    const int n = list ? list->getLength() : 0;
    page.words.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
      const TextWord* tw = list->get(i);
      double x0, y0, x1, y1;
      tw->getBBox(&x0, &y0, &x1, &y1);
      std::unique_ptr<GooString> text(tw->getText());
      if (!text || text->getLength() == 0) continue;
      page.words.push_back({text->toStr(), {x0 / w, y0 / h, x1 / w, y1 / h}, 1.0});
    }
    return page;
  }

  void PageSize(int number, double* width_pt, double* height_pt) const override {
    double w = doc_->getPageCropWidth(number);
    double h = doc_->getPageCropHeight(number);
    if (doc_->getPageRotate(number) % 180 != 0) std::swap(w, h);
    *width_pt = w;
    *height_pt = h;
  }

  Result<GrayImage> Render(int number, double dpi, long long max_pixels) override {
    if (number < 1 || number > doc_->getNumPages()) {
      return Error{"PAGE_OUT_OF_RANGE", "page " + std::to_string(number) + " does not exist"};
    }
    double w = 0, h = 0;
    PageSize(number, &w, &h);
    double pixels = (w * dpi / 72.0) * (h * dpi / 72.0);
    if (!(pixels > 0) || pixels > static_cast<double>(max_pixels)) {
      return Error{"PAGE_TOO_LARGE", "page " + std::to_string(number) + " would need " +
                                         std::to_string(static_cast<long long>(pixels)) +
                                         " pixels at " + std::to_string(static_cast<int>(dpi)) +
                                         " dpi"};
    }
    SplashColor paper;
    paper[0] = 255;
    SplashOutputDev out(splashModeMono8, 4, false, paper);
    out.startDoc(doc_.get());
    doc_->displayPage(&out, number, dpi, dpi, 0, false, true, false);
    SplashBitmap* bitmap = out.getBitmap();
    if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0) {
      return Error{"RENDER_FAILED", "page " + std::to_string(number) + " could not be drawn"};
    }
    GrayImage img;
    img.width = bitmap->getWidth();
    img.height = bitmap->getHeight();
    img.dpi = dpi;
    img.pixels.resize(static_cast<size_t>(img.width) * img.height);
    const unsigned char* data = bitmap->getDataPtr();
    for (int y = 0; y < img.height; ++y) {
      const unsigned char* row = data + static_cast<ptrdiff_t>(y) * bitmap->getRowSize();
      std::copy(row, row + img.width, img.pixels.begin() + static_cast<ptrdiff_t>(y) * img.width);
    }
    return img;
  }

 private:
  std::unique_ptr<PDFDoc> doc_;
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
  return std::unique_ptr<PdfDocument>(new PopplerPdfDocument(std::move(doc)));
}

}  // namespace verifact
