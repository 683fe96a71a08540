// The signature panels of an open Poppler document, for PdfDocument (this folder only: the
// public way in is PdfDocument::SignaturePanels).
#pragma once

#include <string_view>
#include <vector>

#include "extractors/trust_store.h"
#include "models/signature.h"

class PDFDoc;

namespace verifact {

// Every signature field of `doc` whose value is a signature dictionary, in form order, checked
// for ByteRange shape, integrity (OpenSSL and Poppler independently), what later revisions
// change, and the signer's certificate. `bytes` are the bytes `doc` was opened from. An
// unsigned signature field is not a panel. `trust` may be null (nothing is then `trusted`).
// Never throws: a broken panel comes back `invalid` with its findings.
std::vector<SignaturePanel> ReadSignaturePanels(PDFDoc* doc, std::string_view bytes,
                                                const TrustStore* trust);

}  // namespace verifact
