// PopplerSignatureCheck: Poppler's own verdict on each signature (poppler-glib, NSS behind it) —
// the second, independent opinion beside OpenSSL's. No glib type leaks out.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace verifact {

enum class PopplerVerdict {
  kValid,           // digest and signature verify
  kDigestMismatch,  // the signed bytes changed
  kInvalid,         // the signature itself does not verify
  kDecodingError,   // Poppler cannot decode the CMS
  kNoOpinion,       // Poppler could not judge (unsupported type, internal failure)
};

struct PopplerSignatureReading {
  std::string field;  // fully qualified field name
  PopplerVerdict verdict = PopplerVerdict::kNoOpinion;
};

// One reading per signature field Poppler lists whose fully qualified name is in `fields`, in
// Poppler's order; other fields are not validated. Empty when Poppler cannot open the bytes.
// Serialised process-wide (Poppler's NSS set-up is not thread-safe); digest and signature
// only, no certificate or revocation check.
std::vector<PopplerSignatureReading> CheckSignaturesWithPoppler(
    std::string_view bytes, const std::set<std::string>& fields);

const char* PopplerVerdictName(PopplerVerdict verdict);

}  // namespace verifact
