// libFuzzer target: the PDF path of ExtractDocument (text layer, rendering and OCR of pages
// without text, signature panels, embedded XML) on arbitrary bytes that claim to be a PDF.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pipeline/extract_document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!bytes.starts_with("%PDF")) return -1;  // not this target's input: left out of the corpus
  static const verifact::ExtractOptions options = [] {
    verifact::ExtractOptions o;
    o.limits.max_pages = 3;          // many pages say nothing more about the parser
    o.limits.document_ms = 3'000;    // OCR of mutated pages dominates: keep the runs coming
    return o;
  }();
  verifact::ExtractDocument("fuzz.pdf", bytes, options);
  return 0;
}
