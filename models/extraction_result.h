// ExtractionResult: the contract's result object as `verifact extract` fills it.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "models/check.h"
#include "models/error.h"
#include "models/invoice_fields.h"
#include "models/signature.h"

namespace verifact {

// What `check` and `run` add to a file's reading: the deposit's checks and decision.
struct DepositOutcome {
  std::string deposit_id;
  std::vector<Check> checks;
  Verdict verdict = Verdict::kReview;
  std::string refusal_letter;  // empty unless refused
};

struct ExtractionResult {
  std::string file;        // as the user named it
  std::string sha256;      // hex of the bytes read
  std::string media_type;  // sniffed from the bytes, never from the name
  int pages = 0;
  std::string text_source;  // "text-layer", "ocr", "mixed", "facturx"; empty when nothing read
  InvoiceFields fields;
  SignatureReport signature;
  std::optional<DepositOutcome> outcome;  // set by the checks; absent for `extract`
  std::optional<Error> error;  // set when the file could not be read at all
  std::vector<std::pair<std::string, double>> timings_ms;  // stage name → milliseconds
};

}  // namespace verifact
