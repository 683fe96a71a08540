// ExtractDocument: one deposited file's bytes in, the contract's extraction result out.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "models/error.h"
#include "models/extraction_result.h"

namespace verifact {

class TrustStore;

// What one upload may cost, so that a hostile file ends as a clear result, never a stalled or
// exhausted worker. (Pixels per page, render resolution and each page's OCR have their own
// limits in the readers: IMAGE_TOO_LARGE, PAGE_TOO_LARGE, OCR_DEADLINE.)
struct ExtractLimits {
  long long max_file_bytes = 64LL << 20;  // larger: error FILE_SIZE_LIMIT, nothing parsed
  int max_pages = 50;                     // later pages are not read: warning PAGE_LIMIT
  // Wall time for the whole document: pages not reached in time are not read (warning
  // DOCUMENT_DEADLINE); Poppler and Tesseract are stopped mid-page when it runs out; a
  // document whose first page cannot be read in time is an error DOCUMENT_DEADLINE.
  int document_ms = 25'000;
};

// What stays the same across the files of a run. Cheap to copy; safe to share between threads.
struct ExtractOptions {
  // Roots a signing certificate must chain to for `certificate: trusted`; null trusts nothing.
  std::shared_ptr<const TrustStore> trust;
  ExtractLimits limits;
};

// FILE_SIZE_LIMIT when a file of `size` bytes is over `limits` (callers ask before reading
// the file into memory); nothing otherwise.
std::optional<Error> CheckFileSize(long long size, const ExtractLimits& limits);

// Options with the PEM roots of `trusted_roots_dir` (none when empty). Errors:
// TRUST_STORE_UNREADABLE when the folder cannot be read or holds no certificate.
Result<ExtractOptions> MakeExtractOptions(const std::string& trusted_roots_dir);

// Reads `bytes` (sniffed, never trusted by name) and finds the invoice fields. `file` is only
// echoed. Never throws for anything the bytes contain: a file that cannot be read gives a
// result whose `error` says why. Thread-safe.
ExtractionResult ExtractDocument(std::string file, std::string_view bytes,
                                 const ExtractOptions& options = {});

}  // namespace verifact
