#include "pipeline/extract_document.h"

#include <chrono>
#include <vector>

#include "extractors/field_finder.h"
#include "extractors/media_type.h"
#include "extractors/pdf_document.h"
#include "extractors/sha256.h"

namespace verifact {
namespace {

class Stopwatch {
 public:
  double Lap() {
    auto now = std::chrono::steady_clock::now();
    double ms = std::chrono::duration<double, std::milli>(now - last_).count();
    last_ = now;
    return ms;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

}  // namespace

ExtractionResult ExtractDocument(std::string file, std::string_view bytes) {
  Stopwatch watch;
  double total = 0;
  ExtractionResult r;
  r.file = std::move(file);
  auto lap = [&](const char* stage) {
    double ms = watch.Lap();
    total += ms;
    r.timings_ms.emplace_back(stage, ms);
  };
  auto done = [&]() -> ExtractionResult {
    r.timings_ms.emplace_back("total", total);
    return std::move(r);
  };

  r.sha256 = Sha256Hex(bytes);
  r.media_type = SniffMediaType(bytes);
  lap("sniff");
  if (bytes.empty()) {
    r.error = Error{"FILE_UNREADABLE", "the file is empty"};
    return done();
  }
  if (r.media_type.starts_with("image/")) {
    r.error = Error{"OCR_UNAVAILABLE",
                    "this is a picture (" + r.media_type +
                        "); reading scans needs OCR, which this build of verifact does not have yet"};
    return done();
  }
  if (r.media_type != "application/pdf") {
    r.error = Error{"FILE_UNREADABLE", "not a PDF or an image (sniffed as " + r.media_type + ")"};
    return done();
  }

  auto doc = OpenPdfDocument(bytes);
  lap("open");
  if (!doc.ok()) {
    r.error = doc.error();
    return done();
  }
  r.pages = doc.value()->page_count();
  std::vector<PageText> pages;
  pages.reserve(static_cast<size_t>(r.pages));
  size_t words = 0;
  for (int i = 1; i <= r.pages; ++i) {
    auto page = doc.value()->Text(i);
    if (!page.ok()) {
      r.error = page.error();
      return done();
    }
    words += page.value().words.size();
    pages.push_back(std::move(page).value());
  }
  lap("text");
  if (words == 0) {
    r.error = Error{"NO_TEXT_LAYER",
                    "the PDF has no text layer (a scan); reading it needs OCR, which this build "
                    "of verifact does not have yet"};
    return done();
  }
  r.text_source = "text-layer";
  r.fields = FieldFinder::Shared().Find(pages);
  lap("fields");
  return done();
}

}  // namespace verifact
