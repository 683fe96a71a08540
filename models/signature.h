// Signature: what a deposited file carries as a signature — real panels (signed signature
// fields) or only marks that look like one — as the contract's `signature` object says.
#pragma once

#include <string>
#include <vector>

#include "models/field.h"

namespace verifact {

enum class Integrity {
  kValid,                 // the signed bytes verify, and nothing after them changes the content
  kInvalid,               // digest or CMS failure, or a malformed ByteRange
  kModifiedAfterSigning,  // the signature verifies, but later revisions change what it signed
};

enum class CertificateStatus { kTrusted, kUntrusted, kExpired, kRevoked, kUnknown };

// One signed signature field.
struct SignaturePanel {
  std::string field;         // fully qualified field name
  std::string signer;        // the signing certificate's subject (RFC 2253); empty if none found
  std::string signing_time;  // ISO 8601 with offset; empty when the file gives none
  std::string sub_filter;    // e.g. "adbe.pkcs7.detached", "ETSI.RFC3161"
  bool visible = false;      // the widget has an area on a page
  int page = 0;              // from 1; 0 when the widget is on no page
  BBox bbox;                 // the widget's rectangle when visible
  Integrity integrity = Integrity::kInvalid;
  bool covers_whole_document = false;  // the signed range reaches the end of the file
  CertificateStatus certificate = CertificateStatus::kUnknown;
  // Why the panel is not plainly valid, trusted and covering, in words a reviewer can act on
  // (empty for a plainly good panel).
  std::vector<std::string> findings;
};

enum class SignatureMarkKind { kHandwritten, kStamp, kFlattenedDigital };

// Something on a page that looks like a signature but is not a panel.
struct SignatureMark {
  int page = 0;
  BBox bbox;
  SignatureMarkKind kind = SignatureMarkKind::kHandwritten;
  double confidence = 0;
};

enum class SignatureStatus { kNone, kPanel, kImage };

struct SignatureReport {
  std::vector<SignaturePanel> panels;
  std::vector<SignatureMark> images;
  // kPanel when there is a panel; kImage when only marks; kNone otherwise.
  SignatureStatus status() const {
    if (!panels.empty()) return SignatureStatus::kPanel;
    return images.empty() ? SignatureStatus::kNone : SignatureStatus::kImage;
  }
};

// The contract's spellings.
const char* IntegrityName(Integrity integrity);
const char* CertificateStatusName(CertificateStatus status);
const char* SignatureMarkKindName(SignatureMarkKind kind);
const char* SignatureStatusName(SignatureStatus status);

}  // namespace verifact
