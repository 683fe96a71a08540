#include "models/check.h"

namespace verifact {

Verdict Decide(const std::vector<Check>& checks) {
  Verdict v = Verdict::kAccepted;
  for (const Check& c : checks) {
    if (c.severity == Severity::kRefusal) return Verdict::kRefused;
    if (c.severity == Severity::kReview) v = Verdict::kReview;
  }
  return v;
}

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kRefusal:
      return "refusal";
    case Severity::kReview:
      return "review";
    case Severity::kInfo:
      return "info";
  }
  return "review";
}

const char* VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kAccepted:
      return "accepted";
    case Verdict::kRefused:
      return "refused";
    case Verdict::kReview:
      return "review";
  }
  return "review";
}

}  // namespace verifact
