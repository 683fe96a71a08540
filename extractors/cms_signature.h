// CmsSignature: verifies the CMS (PKCS#7) blob of a PDF signature over the bytes it signs, with
// OpenSSL alone — the independent half of the signature check (Poppler is the other half).
#pragma once

#include <string>
#include <string_view>

#include "extractors/trust_store.h"
#include "models/signature.h"

namespace verifact {

struct CmsVerification {
  bool parsed = false;    // the blob is a CMS SignedData OpenSSL can read
  bool verified = false;  // digest of the signed bytes and the signature over it both check out
  std::string signer;     // signing certificate's subject, RFC 2253; empty if not found
  std::string signing_time;  // ISO 8601 (+00:00) from the signed signingTime attribute or the
                             // timestamp token's genTime; empty when the CMS carries neither
  CertificateStatus certificate = CertificateStatus::kUnknown;
  std::string problem;              // why not verified; empty when verified
  std::string certificate_problem;  // why the certificate is not trusted; empty when it is
  std::string padding_problem;      // non-zero bytes after the CMS in its reserved space
};

// `der` is the /Contents string (DER, possibly zero-padded), `signed_bytes` the concatenated
// ByteRange pieces, `sub_filter` the signature dictionary's /SubFilter: adbe.pkcs7.detached and
// ETSI.CAdES.detached (detached CMS), adbe.pkcs7.sha1 (CMS over the SHA-1 of the bytes),
// ETSI.RFC3161 (a timestamp token whose imprint is the bytes' digest). `claimed_time` (epoch
// seconds, 0 if none) is the /M date, used for the certificate's validity when the CMS has no
// time of its own. `trust` may be null: then a certificate is never `trusted`. Thread-safe.
CmsVerification VerifyCmsSignature(std::string_view der, std::string_view signed_bytes,
                                   std::string_view sub_filter, long long claimed_time,
                                   const TrustStore* trust);

}  // namespace verifact
