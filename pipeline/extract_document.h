// ExtractDocument: one deposited file's bytes in, the contract's extraction result out.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "models/error.h"
#include "models/extraction_result.h"

namespace verifact {

class TrustStore;

// What stays the same across the files of a run. Cheap to copy; safe to share between threads.
struct ExtractOptions {
  // Roots a signing certificate must chain to for `certificate: trusted`; null trusts nothing.
  std::shared_ptr<const TrustStore> trust;
};

// Options with the PEM roots of `trusted_roots_dir` (none when empty). Errors:
// TRUST_STORE_UNREADABLE when the folder cannot be read or holds no certificate.
Result<ExtractOptions> MakeExtractOptions(const std::string& trusted_roots_dir);

// Reads `bytes` (sniffed, never trusted by name) and finds the invoice fields. `file` is only
// echoed. Never throws for anything the bytes contain: a file that cannot be read gives a
// result whose `error` says why. Thread-safe.
ExtractionResult ExtractDocument(std::string file, std::string_view bytes,
                                 const ExtractOptions& options = {});

}  // namespace verifact
