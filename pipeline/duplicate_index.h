// DuplicateIndex: which deposits carry an invoice already deposited — the same bytes, or the
// same issuer SIRET and invoice number. Deposits are added in the order that decides which is
// the original (deposited_at, then manifest line); the later one is the duplicate.
#pragma once

#include <map>
#include <string>
#include <utility>

#include "models/deposit.h"
#include "models/extraction_result.h"

namespace verifact {

class DuplicateIndex {
 public:
  // The earlier deposit this one repeats, or null. Pointers must outlive the index.
  const Deposit* Find(const ExtractionResult& reading) const;
  // Records a deposit as seen (the first with a key keeps it).
  void Add(const Deposit* deposit, const ExtractionResult& reading);

 private:
  static std::string InvoiceKey(const ExtractionResult& reading);  // "SIRET|NUMBER" or ""
  std::map<std::string, const Deposit*> by_bytes_;
  std::map<std::string, const Deposit*> by_invoice_;
};

}  // namespace verifact
