// FieldFinder: reads the contract's invoice fields off the words of a document, whatever
// produced them (text layer or OCR). Labels are paired with values by layout; checksums and
// the arithmetic HT + TVA = TTC choose among candidates.
#pragma once

#include <memory>
#include <vector>

#include "extractors/page_text.h"
#include "models/invoice_fields.h"

namespace verifact {

struct FieldPatterns;  // the compiled patterns, private to field_finder.cc

class FieldFinder {
 public:
  // Compiles every pattern. Costly: make one per process and share it; Find is thread-safe.
  // A pattern that fails to compile is a bug and aborts with a message.
  FieldFinder();
  ~FieldFinder();
  FieldFinder(const FieldFinder&) = delete;
  FieldFinder& operator=(const FieldFinder&) = delete;

  // Every field the pages support; a field the document does not show stays empty.
  InvoiceFields Find(const std::vector<PageText>& pages) const;

  // The process-wide instance, built on first use.
  static const FieldFinder& Shared();

 private:
  std::unique_ptr<const FieldPatterns> patterns_;
};

}  // namespace verifact
