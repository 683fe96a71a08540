// Reading one named file and extracting it, as every command that owns a process does: the
// place where a library's exception on one file is stopped so the other files keep their results.
#pragma once

#include <string>
#include <string_view>

#include "models/extraction_result.h"
#include "pipeline/extract_document.h"

namespace verifact {

// Reads `path` and extracts it, reporting it as `shown_name`. Never throws: a file that cannot be
// read gives FILE_NOT_FOUND / FILE_UNREADABLE, a library failure INTERNAL or OUT_OF_MEMORY, each
// as the result's error (with an empty sha256 when nothing was read). `*size` gets the number of
// bytes read (0 when none).
ExtractionResult ReadAndExtract(const std::string& path, const std::string& shown_name,
                                const ExtractOptions& options, long long* size);

// Extracts bytes already read (a worker's job) behind the same boundary: never throws.
ExtractionResult ExtractBytes(std::string_view bytes, const std::string& shown_name,
                              const ExtractOptions& options);

// The result of a file that could not be read at all (its error, no sha256).
ExtractionResult UnreadableFile(const std::string& shown_name, const Error& why);

}  // namespace verifact
