// RevisionDiff: what the incremental updates appended after a signed revision change, judged
// the way a signature validator must — further signatures, their fields and widgets, DSS
// (validation data) and document timestamps are allowed; anything that can change what the
// signed pages show or hold is not.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verifact {

struct RevisionDiff {
  bool readable = true;                 // both the signed revision and the file could be parsed
  std::vector<std::string> disallowed;  // each change that modifies the signed content
  std::vector<std::string> allowed;     // each kind of allowed addition, once
};

// `bytes` is the whole file; `signed_end` the end of the signed revision (the end of the
// signature's last byte range), < bytes.size(). `no_changes` is a certification that permits
// none (DocMDP P=1): then only validation data and document timestamps may follow, not further
// signatures. Never throws; a revision or file Poppler cannot parse gives `readable = false`.
// Thread-safe (each call opens its own documents).
RevisionDiff DiffAfterSignedRevision(std::string_view bytes, size_t signed_end,
                                     bool no_changes = false);

// Checks that bytes[signed_end, end) is a sequence of incremental updates (objects, a
// cross-reference section or stream, a trailer, `startxref` pointing into the update, `%%EOF`)
// and nothing else. Returns an empty string when it is, else why not.
std::string CheckUpdateTail(std::string_view bytes, size_t signed_end);

}  // namespace verifact
