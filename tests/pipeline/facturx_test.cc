// PDFs carrying their invoice as XML (Factur-X/CII, ZUGFeRD 1.0, UBL/XRechnung): the XML's values
// are used exactly, and a page that disagrees with its XML is caught (tests/data/facturx,
// make_facturx.py).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extractors/structured_invoice.h"
#include "models/result_json.h"
#include "pipeline/extract_document.h"
#include "workers/file_bytes.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A MANIFEST.tsv's rows (header skipped), each as its cells.
std::vector<std::vector<std::string>> ReadManifest(const fs::path& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cells.push_back(c);
    rows.push_back(cells);
  }
  return rows;
}

// The contract result of one test PDF, read as the pipeline reads it.
json Extract(const fs::path& path) {
  auto bytes = verifact::ReadFileBytes(path.string());
  REQUIRE(bytes.ok());
  return verifact::ToJson(verifact::ExtractDocument(path.filename().string(), bytes.value()));
}

// Each expected field of `r` read from the XML (source facturx) with the expected value:
// counted in `fields`, and in `exact` when it is.
void CountXmlFields(const json& r, const json& expected, int* fields, int* exact) {
  for (const auto& [name, value] : expected.items()) {
    ++*fields;
    INFO(name);
    const auto& f = r["fields"][name];
    REQUIRE(f.is_object());
    CHECK(f["source"] == "facturx");
    CHECK(f["value"] == value);
    *exact += f["source"] == "facturx" && f["value"] == value;
  }
}

}  // namespace

TEST_CASE("Every XML-carried field is read exactly, and another invoice's XML is caught",
          "[pipeline][facturx]") {
  const fs::path dir = fs::path(VERIFACT_SOURCE_DIR) / "tests" / "data" / "facturx";
  int files = 0, fields = 0, exact = 0, caught = 0, foreign = 0;
  for (const auto& cells : ReadManifest(dir / "MANIFEST.tsv")) {
    REQUIRE(cells.size() == 5);
    INFO(cells[0]);
    const json r = Extract(dir / cells[0]);
    ++files;
    REQUIRE(r.contains("facturx"));
    CHECK(r["facturx"]["syntax"] == cells[1]);
    CHECK(r["text_source"] == "facturx");
    const bool mismatch_expected = cells[3] == "yes";
    foreign += mismatch_expected;
    caught += mismatch_expected && !r["facturx"]["mismatches"].empty();
    if (!mismatch_expected) CHECK(r["facturx"]["mismatches"].empty());
    const json expected = json::parse(cells[4]);  // kept alive while iterated
    for (const auto& [name, value] : expected.items()) {
      if (value.is_null()) continue;
      ++fields;
      INFO(name);
      const auto& f = r["fields"][name];
      REQUIRE(f.is_object());
      CHECK(f["source"] == "facturx");
      CHECK(f["value"] == value);
      exact += f["value"] == value;
    }
  }
  CHECK(files == 9);
  CHECK(exact == fields);  // the issue asks >= 99 %: every one here
  CHECK(caught == foreign);
}

TEST_CASE("Only invoice XML is read, and never with its entities expanded",
          "[extractors][facturx]") {
  CHECK(verifact::ReadStructuredInvoice("not xml at all").error().code == "NOT_AN_INVOICE");
  CHECK(verifact::ReadStructuredInvoice("<?xml version=\"1.0\"?><x:Order xmlns:x=\"u\"/>")
            .error()
            .code == "NOT_AN_INVOICE");
  // A billion laughs: the DOCTYPE is skipped, so nothing expands.
  auto r = verifact::ReadStructuredInvoice(
      "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
      "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><Invoice><ID>&b;</ID></Invoice>");
  if (r.ok() && r->fields.invoice_number) {
    CHECK(r->fields.invoice_number->value.size() < 100);
  }
  auto credit = verifact::ReadStructuredInvoice(
      "<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\" "
      "xmlns:cbc=\"c\" xmlns:cac=\"a\"><cbc:ID>AV-1</cbc:ID><cbc:IssueDate>2024-05-02</cbc:IssueDate>"
      "<cac:LegalMonetaryTotal><cbc:TaxInclusiveAmount>120.00</cbc:TaxInclusiveAmount>"
      "</cac:LegalMonetaryTotal></CreditNote>");
  REQUIRE(credit.ok());
  CHECK(credit->syntax == "UBL");
  CHECK(credit->fields.total_ttc->value.ToString() == "-120.00");
  CHECK(credit->fields.document_type->value == verifact::DocumentType::kCreditNote);
  CHECK(credit->fields.invoice_date->value.ToIso() == "2024-05-02");
}

TEST_CASE("A seller known by its SIREN only is still checked against the page's SIRET",
          "[extractors][facturx]") {
  auto r = verifact::ReadStructuredInvoice(
      "<rsm:CrossIndustryInvoice xmlns:rsm=\"r\" xmlns:ram=\"a\"><rsm:ExchangedDocument>"
      "<ram:ID>F-1</ram:ID><ram:TypeCode>380</ram:TypeCode></rsm:ExchangedDocument>"
      "<rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty>"
      "<ram:SpecifiedLegalOrganization><ram:ID schemeID=\"0002\">732829320</ram:ID>"
      "</ram:SpecifiedLegalOrganization></ram:SellerTradeParty></ram:ApplicableHeaderTradeAgreement>"
      "</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>");
  REQUIRE(r.ok());
  CHECK(r->seller_siren == "732829320");
  CHECK_FALSE(r->fields.siret);  // a SIREN cannot make a SIRET
  CHECK(r->fields.invoice_number->value == "F-1");
}

TEST_CASE("Deeply nested XML is read without exhausting the stack", "[extractors][facturx]") {
  std::string xml = "<Invoice><ID>X-1</ID><AccountingSupplierParty>";
  for (int i = 0; i < 200000; ++i) xml += "<Party>";
  for (int i = 0; i < 200000; ++i) xml += "</Party>";
  xml += "</AccountingSupplierParty></Invoice>";
  auto r = verifact::ReadStructuredInvoice(xml);
  REQUIRE(r.ok());
  CHECK(r->fields.invoice_number->value == "X-1");
}

// Real XML from other projects (EN 16931 examples, mustangproject, akretion/factur-x), each
// embedded in a carrier PDF: tests/data/facturx/real/README.md.
TEST_CASE("Real Factur-X, ZUGFeRD and UBL invoices from other projects read exactly",
          "[pipeline][facturx]") {
  const fs::path dir = fs::path(VERIFACT_SOURCE_DIR) / "tests" / "data" / "facturx" / "real";
  int files = 0, fields = 0, exact = 0;
  for (const auto& cells : ReadManifest(dir / "MANIFEST.tsv")) {
    REQUIRE(cells.size() == 3);
    INFO(cells[0]);
    const json r = Extract(dir / cells[0]);
    ++files;
    REQUIRE(r.contains("facturx"));
    CHECK(r["facturx"]["syntax"] == cells[1]);
    const json expected = json::parse(cells[2]);
    CountXmlFields(r, expected, &fields, &exact);
  }
  CHECK(files == 21);
  CHECK(exact == fields);  // the issue asks >= 99 %
}

TEST_CASE("Factur-X and UBL PDFs written by other projects' software read exactly",
          "[pipeline][facturx]") {
  // Attachments, object streams and encryption as other writers make them (README there).
  const fs::path dir =
      fs::path(VERIFACT_SOURCE_DIR) / "tests" / "data" / "facturx" / "other-writers";
  int own = 0, foreign = 0, fields = 0, exact = 0, caught = 0;
  for (const auto& cells : ReadManifest(dir / "MANIFEST.tsv")) {
    REQUIRE(cells.size() == 4);
    INFO(cells[0]);
    const json r = Extract(dir / cells[0]);
    REQUIRE(r.contains("facturx"));
    CHECK(r["text_source"] == "facturx");
    CHECK(r["facturx"]["syntax"] == cells[1]);
    const json expected = json::parse(cells[3]);
    const json& mismatches = r["facturx"]["mismatches"];
    if (cells[2] == "foreign") {
      ++foreign;
      bool names_number = false;
      for (const auto& m : mismatches) {
        names_number |= m["field"] == "invoice_number" &&
                        m["xml"] == expected["invoice_number"] && m["page"] != m["xml"];
      }
      caught += names_number;
      continue;
    }
    ++own;
    CHECK(mismatches.empty());
    CountXmlFields(r, expected, &fields, &exact);
  }
  CHECK(own == 5);
  CHECK(exact == fields);
  CHECK(foreign == 2);
  CHECK(caught == foreign);
}
