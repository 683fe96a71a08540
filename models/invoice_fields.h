// InvoiceFields: what verifact reads off an invoice, each value optional.
#pragma once

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
};

}  // namespace verifact
