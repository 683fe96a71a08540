// CheckDeposit: one deposit's extracted values against its funder's rules, its pro forma and
// the registers — the checks a back-office agent runs by hand, as data the verdict comes from.
#pragma once

#include <string>
#include <vector>

#include "models/check.h"
#include "models/deposit.h"
#include "models/extraction_result.h"
#include "pipeline/funder_profile.h"
#include "pipeline/registry.h"

namespace verifact {

struct DepositCase {
  const Deposit* deposit = nullptr;
  const ExtractionResult* extraction = nullptr;
  long long file_bytes = 0;
  const FunderProfile* profile = nullptr;
  const Registry* registry = nullptr;
  // The pro forma the deposit names (or, failing that, the invoice quotes); null when none is
  // named or it is unknown — `proforma_named` tells which.
  const ProForma* proforma = nullptr;
  std::string proforma_named;
  // An earlier deposit of the same invoice (same bytes, or same SIRET and number); null if none.
  const Deposit* duplicate_of = nullptr;
};

// Below this a value read from the document is not trusted to refuse on: its checks become
// `review` and a LOW_CONFIDENCE check names the field.
inline constexpr double kTrustedConfidence = 0.6;

// The checks that fire, in a stable order, with the profile's severities and messages. Only
// checks the profile lists are applied. Pure; thread-safe.
std::vector<Check> CheckDeposit(const DepositCase& c);

// Checks, verdict and (when refused) letter together: what a deposit's result carries.
DepositOutcome JudgeDeposit(const DepositCase& c);

// The French letter for a refused deposit (empty unless some check is a refusal), modelled on
// OPCO EP's: every reason with what was found and expected, then what the organisation can do.
std::string RefusalLetter(const DepositCase& c, const std::vector<Check>& checks);

}  // namespace verifact
