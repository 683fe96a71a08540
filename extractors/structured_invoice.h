// StructuredInvoice: the invoice carried as XML inside a PDF — Factur-X / ZUGFeRD (UN/CEFACT
// CII, ZUGFeRD 1.0's CrossIndustryDocument) or UBL Invoice / CreditNote — read into the same
// fields the page gives (pugixml behind it).
#pragma once

#include <string>
#include <string_view>

#include "models/error.h"
#include "models/invoice_fields.h"

namespace verifact {

struct StructuredInvoice {
  std::string syntax;  // "CII", "ZUGFeRD 1.0", "UBL"
  std::string profile;  // the guideline ID when given (e.g. "urn:factur-x.eu:1p0:basic")
  InvoiceFields fields;  // source kFacturX, confidence 1, page 0 (no place on a page)
  std::string seller_siren;  // the seller's SIREN (scheme 0002, or the SIRET's first 9 digits)
};

// Reads an XML document. Errors: NOT_AN_INVOICE (well-formed XML of another kind, or not XML).
// Amounts of a credit note (type 381, or a UBL CreditNote) come out negative, as the contract
// writes credit notes. The seller's SIRET is filled only from a 14-digit identifier (scheme
// 0009); a SIREN alone (scheme 0002) cannot make one. Thread-safe.
Result<StructuredInvoice> ReadStructuredInvoice(std::string_view xml);

}  // namespace verifact
