// Deposit and ProForma: what the back office hands verifact beside the files — one line of the
// deposits manifest and one line of the pro formas list (../shared/CONTRACT.md, "Inputs").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "models/date.h"
#include "models/error.h"
#include "models/money.h"

namespace verifact {

// What the depositor typed over the portal's pre-fill; any may be absent.
struct DeclaredValues {
  std::optional<std::string> invoice_number;
  std::optional<Date> invoice_date;
  std::optional<Money> total_ht;
  std::optional<Money> total_ttc;
  std::optional<std::string> siret;
};

struct Deposit {
  std::string id;
  std::string file;    // as written in the manifest (relative to the manifest's folder)
  std::string funder;  // "akto", "opco-ep", "sigma", "chorus"
  Date deposited_at;
  std::optional<std::string> proforma_number;  // as written (compare with CompactIdentifier)
  std::vector<std::string> dossiers;           // compact, upper case
  std::optional<std::string> purchase_order;
  DeclaredValues declared;
  int line = 0;  // 1-based line of the manifest, for ordering and messages
};

struct ProForma {
  std::string number;  // as written (compare with CompactIdentifier)
  std::string funder;
  std::string type;  // pedagogie, frais-annexes, premier-equipement, mobilite, avance
  std::optional<std::string> siret;
  Money total;  // negative for a credit-note (avoir) pro forma
  std::vector<std::string> dossiers;
  std::optional<Date> created_at;
  std::string status;
};

// One manifest line. Errors (code MANIFEST_INVALID) name the line and the key at fault.
Result<Deposit> ParseDeposit(const nlohmann::json& line, int line_number);
Result<ProForma> ParseProForma(const nlohmann::json& line, int line_number);

}  // namespace verifact
