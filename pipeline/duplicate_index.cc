#include "pipeline/duplicate_index.h"

#include "models/identifiers.h"

namespace verifact {

std::string DuplicateIndex::InvoiceKey(const ExtractionResult& r) {
  if (!r.fields.siret || !r.fields.invoice_number) return "";
  return r.fields.siret->value + "|" + CompactIdentifier(r.fields.invoice_number->value);
}

const Deposit* DuplicateIndex::Find(const ExtractionResult& r) const {
  if (!r.sha256.empty()) {
    auto it = by_bytes_.find(r.sha256);
    if (it != by_bytes_.end()) return it->second;
  }
  const std::string key = InvoiceKey(r);
  if (!key.empty()) {
    auto it = by_invoice_.find(key);
    if (it != by_invoice_.end()) return it->second;
  }
  return nullptr;
}

void DuplicateIndex::Add(const Deposit* deposit, const ExtractionResult& r) {
  if (!r.sha256.empty()) by_bytes_.emplace(r.sha256, deposit);
  const std::string key = InvoiceKey(r);
  if (!key.empty()) by_invoice_.emplace(key, deposit);
}

}  // namespace verifact
