// Manifest lines as the contract writes them, and the errors a malformed line gets.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "models/deposit.h"

using nlohmann::json;
using verifact::ParseDeposit;
using verifact::ParseProForma;

TEST_CASE("A deposit line of the contract parses with its declared values", "[models][deposit]") {
  auto d = ParseDeposit(json::parse(R"({"id": "D-0001", "file": "uploads/23C00390257_1_GR237_AVANCE.pdf",
    "funder": "sigma", "deposited_at": "2023-01-05", "proforma_number": "PRO-00603901",
    "dossiers": ["2206AF 000358"], "purchase_order": "23C00390257_1",
    "declared": {"invoice_number": "FA-2023-0117", "total_ht": "2268.00", "total_ttc": 2268}})"),
                        1);
  REQUIRE(d.ok());
  CHECK(d->id == "D-0001");
  CHECK(d->deposited_at.ToIso() == "2023-01-05");
  CHECK(d->proforma_number == "PRO-00603901");
  CHECK(d->dossiers == std::vector<std::string>{"2206AF000358"});
  CHECK(d->declared.total_ht->ToString() == "2268.00");
  CHECK(d->declared.total_ttc->ToString() == "2268.00");
  CHECK_FALSE(d->declared.invoice_date);
}

TEST_CASE("A malformed deposit line says which line and key", "[models][deposit]") {
  auto bad = [](const char* text) {
    auto d = ParseDeposit(json::parse(text, nullptr, false), 7);
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().code == "MANIFEST_INVALID");
    CHECK(d.error().message.rfind("line 7: ", 0) == 0);
    return d.error().message;
  };
  CHECK(bad("not json").find("object") != std::string::npos);
  CHECK(bad(R"({"file": "a.pdf", "funder": "akto", "deposited_at": "2023-01-05"})")
            .find("\"id\"") != std::string::npos);
  CHECK(bad(R"({"id": "1", "file": "a.pdf", "funder": "akto", "deposited_at": "05/01/2023"})")
            .find("deposited_at") != std::string::npos);
  CHECK(bad(R"({"id": "1", "file": "a.pdf", "funder": "akto", "deposited_at": "2023-01-05",
               "declared": {"total_ttc": "deux mille"}})")
            .find("total_ttc") != std::string::npos);
  CHECK(bad(R"({"id": "1", "file": "a.pdf", "funder": "akto", "deposited_at": "2023-01-05",
               "dossiers": "2206AF000358"})")
            .find("dossiers") != std::string::npos);
}

TEST_CASE("A pro forma line parses; a credit-note one has a negative total", "[models][deposit]") {
  auto p = ParseProForma(json::parse(R"({"number": "PRO-00603901", "funder": "opco-ep",
    "type": "pedagogie", "siret": "36252187900034", "total": "-4135.00",
    "dossiers": ["2206AF000358", "2103DCA22581"], "created_at": "2023-09-18",
    "status": "awaiting_invoice"})"),
                         1);
  REQUIRE(p.ok());
  CHECK(p->total.negative());
  CHECK(p->total.ToString() == "-4135.00");
  CHECK(p->dossiers.size() == 2);
  CHECK_FALSE(ParseProForma(json::parse(R"({"number": "P1"})"), 2).ok());
}

TEST_CASE("A pro forma line with a list where a string belongs is an error, not a throw",
          "[models][deposit]") {
  // Found by fuzz/manifest_fuzzer: json::value("funder", "") threw on an array.
  for (const char* key : {"funder", "type", "status"}) {
    nlohmann::json j = {{"number", "PRO-1"}, {"total", "10.00"}, {key, {"a", "b"}}};
    auto p = ParseProForma(j, 7);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().code == "MANIFEST_INVALID");
    CHECK(p.error().message.find(key) != std::string::npos);
  }
}
