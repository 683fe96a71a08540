// FromJson is ToJson's way back for readings crossing a process boundary: every value survives
// the wire form exactly (checks compare confidences with thresholds), and anything else is a
// WIRE_INVALID error rather than a guess.
#include <catch2/catch.hpp>

#include "models/result_json.h"

using namespace verifact;

namespace {

ExtractionResult Everything() {
  ExtractionResult r;
  r.file = "uploads/FA-1.pdf";
  r.sha256 = std::string(64, 'a');
  r.media_type = "application/pdf";
  r.pages = 2;
  r.text_source = "mixed";
  r.fields.invoice_number = Field<std::string>{"FA-2023-0117", 0.5999999, 1, {0.1, 0.2, 0.3, 0.4},
                                               Source::kTextLayer};
  r.fields.invoice_date = Field<Date>{*Date::FromYmd(2023, 1, 5), 0.91, 1, {}, Source::kOcr};
  r.fields.total_ht = Field<Money>{Money::FromCents(-226800), 0.8, 2, {}, Source::kFacturX};
  r.fields.dossiers =
      Field<std::vector<std::string>>{{"2206AF000358", "2103DCA22581"}, 0.7, 1, {}, Source::kOcr};
  r.fields.document_type = Field<DocumentType>{DocumentType::kCreditNote, 1, 0, {}, Source::kFacturX};
  r.fields.vat_exemption_mentioned = true;
  SignaturePanel p;
  p.field = "Signature1";
  p.signer = "CN=Test";
  p.sub_filter = "adbe.pkcs7.detached";
  p.visible = true;
  p.page = 1;
  p.bbox = {0.5, 0.8, 0.9, 0.9};
  p.integrity = Integrity::kModifiedAfterSigning;
  p.certificate = CertificateStatus::kExpired;
  p.findings = {"changed after signing"};
  r.signature.panels.push_back(p);
  r.signature.images.push_back({2, {0.1, 0.1, 0.2, 0.2}, SignatureMarkKind::kStamp, 0.77});
  r.facturx = FacturXReading{"factur-x.xml", "CII", "", {{"total_ht", "-2268.00", "-2200.00"}}};
  r.timings_ms = {{"total", 12.5}};
  return r;
}

}  // namespace

TEST_CASE("FromJson reads back every value of the wire form exactly", "[models][wire]") {
  ExtractionResult r = Everything();
  auto back = FromJson(nlohmann::json::parse(ToJson(r, JsonForm::kWire).dump()));
  REQUIRE(back.ok());
  CHECK(ToJson(back.value(), JsonForm::kWire) == ToJson(r, JsonForm::kWire));
  CHECK(ToJson(back.value()) == ToJson(r));
  CHECK(back.value().fields.invoice_number->confidence == 0.5999999);  // not rounded to 0.6
  CHECK(back.value().fields.vat_exemption_mentioned);
  // The contract form rounds, and says nothing of what is not in the contract.
  CHECK(ToJson(r)["fields"]["invoice_number"]["confidence"] == 0.6);
  CHECK_FALSE(ToJson(r).contains("vat_exemption_mentioned"));
}

TEST_CASE("FromJson keeps an error reading and an empty one", "[models][wire]") {
  ExtractionResult r;
  r.file = "missing.pdf";
  r.error = Error{"FILE_NOT_FOUND", "no such file"};
  auto back = FromJson(nlohmann::json::parse(ToJson(r, JsonForm::kWire).dump()));
  REQUIRE(back.ok());
  REQUIRE(back.value().error);
  CHECK(back.value().error->code == "FILE_NOT_FOUND");
  CHECK(back.value().sha256.empty());
  CHECK(ToJson(back.value()) == ToJson(r));
}

TEST_CASE("FromJson refuses what ToJson never writes", "[models][wire]") {
  nlohmann::json good = nlohmann::json::parse(ToJson(Everything(), JsonForm::kWire).dump());
  CHECK_FALSE(FromJson(nlohmann::json()).ok());
  CHECK_FALSE(FromJson(nlohmann::json::array()).ok());
  auto broken = good;
  broken["fields"]["total_ht"]["value"] = "douze";
  auto r = FromJson(broken);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == "WIRE_INVALID");
  broken = good;
  broken["signature"]["panels"][0]["integrity"] = "probably";
  CHECK_FALSE(FromJson(broken).ok());
  broken = good;
  broken["fields"]["invoice_number"]["bbox"] = {1, 2};
  CHECK_FALSE(FromJson(broken).ok());
  broken = good;
  broken.erase("signature");
  CHECK_FALSE(FromJson(broken).ok());
}
