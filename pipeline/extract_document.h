// ExtractDocument: one deposited file's bytes in, the contract's extraction result out.
#pragma once

#include <string>
#include <string_view>

#include "models/extraction_result.h"

namespace verifact {

// Reads `bytes` (sniffed, never trusted by name) and finds the invoice fields. `file` is only
// echoed. Never throws for anything the bytes contain: a file that cannot be read gives a
// result whose `error` says why. Thread-safe.
ExtractionResult ExtractDocument(std::string file, std::string_view bytes);

}  // namespace verifact
