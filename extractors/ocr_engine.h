// OcrEngine: words and their boxes read off a page image (Tesseract LSTM behind it).
#pragma once

#include <memory>
#include <string>

#include "extractors/gray_image.h"
#include "extractors/page_text.h"
#include "models/error.h"

namespace verifact {

struct OcrOptions {
  // French alone: adding English ("fra+eng") runs a second model on uncertain words and
  // cost a third more time on our scans for about one field in sixty (bench/ocr_vs_tesseract).
  std::string languages = "fra";
  std::string tessdata_dir;  // empty: the system's (Debian: /usr/share/tesseract-ocr/5/tessdata)
  // A printed page takes Tesseract one to three seconds with one thread; a minute means the
  // page is not text, and it is given up (OCR_DEADLINE) so that a batch never stalls on it.
  int page_deadline_ms = 60'000;
};

// One engine holds a loaded model: initialising costs far more than a page, so make one per
// thread and reuse it for every document. Not thread-safe.
class OcrEngine {
 public:
  virtual ~OcrEngine() = default;

  // The words of an upright page image, boxes as fractions of that image, confidence 0-1,
  // source kOcr. `page_number` is echoed. Errors: OCR_FAILED when the engine cannot read it,
  // OCR_DEADLINE when reading it takes longer than the options' page deadline or, when
  // `deadline_ms` > 0, than that (the time left to the document).
  virtual Result<PageText> Recognize(const GrayImage& image, int page_number,
                                     int deadline_ms) = 0;
};

// Error OCR_UNAVAILABLE when the model files for `languages` are missing.
Result<std::unique_ptr<OcrEngine>> NewTesseractOcr(const OcrOptions& options);

}  // namespace verifact
