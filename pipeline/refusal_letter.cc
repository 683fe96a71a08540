#include <string>

#include "pipeline/check_deposit.h"

namespace verifact {
namespace {

// "2268.00" → "2 268,00 €" for a letter; other values as they are.
std::string ForLetter(const std::string& field, const std::string& value) {
  if (value.empty()) return value;
  if (field.rfind("total_", 0) == 0) {
    auto m = Money::ParseCanonical(value);
    if (!m) return value;
    std::string digits = std::to_string(m->cents() < 0 ? -m->cents() : m->cents());
    while (digits.size() < 3) digits.insert(digits.begin(), '0');
    std::string units = digits.substr(0, digits.size() - 2);
    std::string grouped;
    for (size_t i = 0; i < units.size(); ++i) {
      if (i > 0 && (units.size() - i) % 3 == 0) grouped += "\u202f";
      grouped += units[i];
    }
    return (m->negative() ? "-" : "") + grouped + "," + digits.substr(digits.size() - 2) + " €";
  }
  if (field == "invoice_date" && value.size() == 10 && value[4] == '-') {
    return value.substr(8, 2) + "/" + value.substr(5, 2) + "/" + value.substr(0, 4);
  }
  return value;
}

}  // namespace

std::string RefusalLetter(const DepositCase& c, const std::vector<Check>& checks) {
  std::vector<const Check*> refusals;
  for (const Check& k : checks) {
    if (k.severity == Severity::kRefusal) refusals.push_back(&k);
  }
  if (refusals.empty()) return "";
  const FunderProfile& p = *c.profile;
  const InvoiceFields& f = c.extraction->fields;
  std::string out;
  if (!c.proforma_named.empty()) out += "N° de la pro forma : " + c.proforma_named + "\n";
  out += "Motif de refus : " + refusals.front()->message;
  for (size_t i = 1; i < refusals.size(); ++i) out += " ; " + refusals[i]->message;
  out += "\n\nMadame, Monsieur,\n\nNos services ont procédé au contrôle de votre facture";
  if (f.invoice_number) out += " n° " + f.invoice_number->value;
  out += ", déposée le " + ForLetter("invoice_date", c.deposit->deposited_at.ToIso()) + ".\n";
  out += refusals.size() == 1 ? "Cette dernière présente une non-conformité :\n"
                              : "Cette dernière présente les non-conformités suivantes :\n";
  for (const Check* k : refusals) {
    out += "- " + k->message;
    const std::string found = ForLetter(k->field, k->found);
    const std::string expected = ForLetter(k->field, k->expected);
    if (!found.empty() && !expected.empty()) {
      out += " (sur la facture : " + found + " ; attendu : " + expected + ")";
    } else if (!found.empty()) {
      out += " (" + found + ")";
    } else if (!expected.empty()) {
      out += " (attendu : " + expected + ")";
    }
    out += ".\n";
  }
  out += "\n" + p.letter_request + "\n\n" + p.letter_signature + "\n";
  if (!p.letter_actions.empty()) {
    out += "\nActions possibles :\n";
    for (const std::string& a : p.letter_actions) out += "- " + a + "\n";
  }
  return out;
}

}  // namespace verifact
