// libFuzzer target: the PDF path — Poppler behind our adapter (words and images of each page,
// rendering, signature panels with their ByteRange, CMS and revision checks, embedded files)
// on arbitrary bytes that claim to be a PDF. OCR is left out: Tesseract reads the renderings,
// and at a few pages a minute it would starve the parser of mutations.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extractors/pdf_document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!bytes.starts_with("%PDF")) return -1;  // not this target's input: left out of the corpus
  auto doc = verifact::OpenPdfDocument(bytes);
  if (!doc.ok()) return 0;
  verifact::PdfDocument& pdf = *doc.value();
  pdf.SetDeadline(std::chrono::steady_clock::now() + std::chrono::seconds(5));
  for (int page = 1; page <= pdf.page_count() && page <= 3; ++page) {
    auto text = pdf.Text(page);
    pdf.Render(page, 18, 2'000'000);  // small, but every drawing operator runs
  }
  pdf.SignaturePanels(nullptr);
  pdf.EmbeddedFiles(1 << 20);
  return 0;
}
