// libFuzzer target: reading the invoice XML a PDF carries (Factur-X/ZUGFeRD CII, UBL).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extractors/structured_invoice.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  verifact::ReadStructuredInvoice(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
