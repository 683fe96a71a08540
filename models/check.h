// Check and Verdict: the business outcome of a deposit — each rule that fired, with what was
// found and what was expected, and the decision they add up to (../shared/CONTRACT.md).
#pragma once

#include <string>
#include <vector>

namespace verifact {

enum class Severity { kRefusal, kReview, kInfo };

struct Check {
  std::string code;  // a contract check code, e.g. "PROFORMA_AMOUNT_MISMATCH"
  Severity severity = Severity::kReview;
  std::string field;     // the result field it concerns; empty when none
  std::string expected;  // what the rule wanted, in the contract's value format; may be empty
  std::string found;     // what the document or deposit gave; may be empty
  std::string message;   // French, as a refusal letter quotes it
};

enum class Verdict { kAccepted, kRefused, kReview };

// Refused with any refusal check, review with any review check, accepted otherwise.
Verdict Decide(const std::vector<Check>& checks);

const char* SeverityName(Severity severity);  // "refusal", "review", "info"
const char* VerdictName(Verdict verdict);     // "accepted", "refused", "review"

}  // namespace verifact
