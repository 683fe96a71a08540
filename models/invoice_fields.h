// InvoiceFields: what verifact reads off an invoice, each value optional.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "models/date.h"
#include "models/field.h"
#include "models/money.h"

namespace verifact {

enum class DocumentType { kInvoice, kCreditNote };

// "invoice" or "credit_note".
const char* DocumentTypeName(DocumentType type);

// Identifiers are compact and upper case (no spaces); amounts are signed (negative on a
// credit note); an empty optional means the document does not show the value.
struct InvoiceFields {
  std::optional<Field<std::string>> invoice_number;
  std::optional<Field<Date>> invoice_date;
  std::optional<Field<Money>> total_ht;
  std::optional<Field<Money>> total_tva;
  std::optional<Field<Money>> total_ttc;
  std::optional<Field<std::string>> siret;  // the issuer's
  std::optional<Field<std::string>> vat_number;
  std::optional<Field<std::string>> iban;
  std::optional<Field<std::vector<std::string>>> dossiers;
  std::optional<Field<std::string>> proforma_number;
  std::optional<Field<std::string>> purchase_order;
  std::optional<Field<DocumentType>> document_type;
  // Not a contract field: whether the page says why no VAT is charged ("Exonération de TVA,
  // art. 261-4-4° a du CGI", "TVA non applicable"). Checks use it for a zero VAT.
  bool vat_exemption_mentioned = false;
};

// The contract's field names, in its order (the names VisitFields passes).
inline constexpr std::array<const char*, 12> kFieldNames = {
    "invoice_number", "invoice_date",    "total_ht",       "total_tva",
    "total_ttc",      "siret",           "vat_number",     "iban",
    "dossiers",       "proforma_number", "purchase_order", "document_type"};

// Calls fn(name, field) for every field in the contract's order; `field` is the optional
// member itself, so fn may read or change it (a generic lambda takes every type).
template <typename Fields, typename Fn>
void VisitFields(Fields& f, Fn&& fn) {
  fn("invoice_number", f.invoice_number);
  fn("invoice_date", f.invoice_date);
  fn("total_ht", f.total_ht);
  fn("total_tva", f.total_tva);
  fn("total_ttc", f.total_ttc);
  fn("siret", f.siret);
  fn("vat_number", f.vat_number);
  fn("iban", f.iban);
  fn("dossiers", f.dossiers);
  fn("proforma_number", f.proforma_number);
  fn("purchase_order", f.purchase_order);
  fn("document_type", f.document_type);
}

}  // namespace verifact
