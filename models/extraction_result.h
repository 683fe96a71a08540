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

// The structured invoice a PDF carries (Factur-X, ZUGFeRD, XRechnung, UBL) and where the
// visible page says something else.
struct FacturXReading {
  std::string file;     // the embedded file's name
  std::string syntax;   // "CII", "ZUGFeRD 1.0", "UBL"
  std::string profile;  // guideline ID, when given
  struct Mismatch {
    std::string field;
    std::string xml;   // the XML's value, in the contract's format
    std::string page;  // the page's value
  };
  std::vector<Mismatch> mismatches;
};

struct ExtractionResult {
  std::string file;        // as the user named it
  std::string sha256;      // hex of the bytes read
  std::string media_type;  // sniffed from the bytes, never from the name
  int pages = 0;
  std::string text_source;  // "text-layer", "ocr", "mixed", "facturx"; empty when nothing read
  InvoiceFields fields;
  SignatureReport signature;
  std::optional<FacturXReading> facturx;  // set when the PDF carries a structured invoice
  std::optional<DepositOutcome> outcome;  // set by the checks; absent for `extract`
  std::optional<Error> error;  // set when the file could not be read at all
  // Parts of the file not read (pages past a limit or a deadline): the result stands on the
  // rest, and the checks send it to a person.
  std::vector<Error> warnings;
  std::vector<std::pair<std::string, double>> timings_ms;  // stage name → milliseconds
};

}  // namespace verifact
