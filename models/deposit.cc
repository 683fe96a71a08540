#include "models/deposit.h"

#include "models/identifiers.h"

namespace verifact {
namespace {

Error Invalid(int line, const std::string& what) {
  return Error{"MANIFEST_INVALID", "line " + std::to_string(line) + ": " + what};
}

// The string at `key`, absent when missing or null; an error when it is another type.
Result<std::optional<std::string>> OptionalString(const nlohmann::json& j, const char* key,
                                                  int line) {
  if (!j.contains(key) || j[key].is_null()) return std::optional<std::string>();
  if (!j[key].is_string()) return Invalid(line, std::string("\"") + key + "\" must be a string");
  return std::optional<std::string>(j[key].get<std::string>());
}

Result<std::vector<std::string>> Dossiers(const nlohmann::json& j, int line) {
  std::vector<std::string> out;
  if (!j.contains("dossiers") || j["dossiers"].is_null()) return out;
  if (!j["dossiers"].is_array()) return Invalid(line, "\"dossiers\" must be a list");
  for (const auto& d : j["dossiers"]) {
    if (!d.is_string()) return Invalid(line, "\"dossiers\" must hold strings");
    out.push_back(CompactIdentifier(d.get<std::string>()));
  }
  return out;
}

// A money value given as the contract's string ("2268.00") or, leniently, as a JSON number
// (read through its decimal text, never as a float sum).
Result<std::optional<Money>> OptionalMoney(const nlohmann::json& j, const char* key, int line) {
  if (!j.contains(key) || j[key].is_null()) return std::optional<Money>();
  std::string text = j[key].is_string() ? j[key].get<std::string>() : j[key].dump();
  auto m = Money::ParseCanonical(text);
  if (!m) return Invalid(line, std::string("\"") + key + "\" is not an amount: " + text);
  return std::optional<Money>(*m);
}

Result<std::optional<Date>> OptionalDate(const nlohmann::json& j, const char* key, int line) {
  auto s = OptionalString(j, key, line);
  if (!s.ok()) return s.error();
  if (!s.value()) return std::optional<Date>();
  auto d = Date::ParseIso(*s.value());
  if (!d) return Invalid(line, std::string("\"") + key + "\" is not a YYYY-MM-DD date");
  return std::optional<Date>(*d);
}

}  // namespace

Result<Deposit> ParseDeposit(const nlohmann::json& j, int line) {
  if (!j.is_object()) return Invalid(line, "not a JSON object");
  Deposit d;
  d.line = line;
  for (const char* key : {"id", "file", "funder"}) {
    if (!j.contains(key) || !j[key].is_string() || j[key].get<std::string>().empty()) {
      return Invalid(line, std::string("\"") + key + "\" is required");
    }
  }
  d.id = j["id"].get<std::string>();
  d.file = j["file"].get<std::string>();
  d.funder = j["funder"].get<std::string>();
  auto at = OptionalDate(j, "deposited_at", line);
  if (!at.ok()) return at.error();
  if (!at.value()) return Invalid(line, "\"deposited_at\" is required");
  d.deposited_at = *at.value();
  auto pf = OptionalString(j, "proforma_number", line);
  if (!pf.ok()) return pf.error();
  d.proforma_number = pf.value();  // as the funder writes it; compared in compact form
  auto po = OptionalString(j, "purchase_order", line);
  if (!po.ok()) return po.error();
  d.purchase_order = po.value();
  auto dossiers = Dossiers(j, line);
  if (!dossiers.ok()) return dossiers.error();
  d.dossiers = dossiers.value();
  if (j.contains("declared") && !j["declared"].is_null()) {
    const auto& decl = j["declared"];
    if (!decl.is_object()) return Invalid(line, "\"declared\" must be an object");
    auto number = OptionalString(decl, "invoice_number", line);
    auto date = OptionalDate(decl, "invoice_date", line);
    auto ht = OptionalMoney(decl, "total_ht", line);
    auto ttc = OptionalMoney(decl, "total_ttc", line);
    auto siret = OptionalString(decl, "siret", line);
    for (const Error* e : {number.ok() ? nullptr : &number.error(), date.ok() ? nullptr : &date.error(),
                           ht.ok() ? nullptr : &ht.error(), ttc.ok() ? nullptr : &ttc.error(),
                           siret.ok() ? nullptr : &siret.error()}) {
      if (e) return *e;
    }
    d.declared.invoice_number = number.value();
    d.declared.invoice_date = date.value();
    d.declared.total_ht = ht.value();
    d.declared.total_ttc = ttc.value();
    if (siret.value()) d.declared.siret = CompactIdentifier(*siret.value());
  }
  return d;
}

Result<ProForma> ParseProForma(const nlohmann::json& j, int line) {
  if (!j.is_object()) return Invalid(line, "not a JSON object");
  ProForma p;
  if (!j.contains("number") || !j["number"].is_string()) {
    return Invalid(line, "\"number\" is required");
  }
  p.number = j["number"].get<std::string>();  // as written; compared in compact form
  // Optional strings, but strings when given (json::value would throw on an array: found by
  // fuzz/manifest_fuzzer).
  for (auto [key, slot] : {std::pair{"funder", &p.funder}, {"type", &p.type}, {"status", &p.status}}) {
    auto v = OptionalString(j, key, line);
    if (!v.ok()) return v.error();
    *slot = v.value().value_or("");
  }
  auto siret = OptionalString(j, "siret", line);
  if (!siret.ok()) return siret.error();
  if (siret.value()) p.siret = CompactIdentifier(*siret.value());
  auto total = OptionalMoney(j, "total", line);
  if (!total.ok()) return total.error();
  if (!total.value()) return Invalid(line, "\"total\" is required");
  p.total = *total.value();
  auto dossiers = Dossiers(j, line);
  if (!dossiers.ok()) return dossiers.error();
  p.dossiers = dossiers.value();
  auto created = OptionalDate(j, "created_at", line);
  if (!created.ok()) return created.error();
  p.created_at = created.value();
  return p;
}

}  // namespace verifact
