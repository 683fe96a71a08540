// What one upload may cost (ExtractLimits): a file over the size limit is not parsed, pages
// past the page limit are reported (never silently dropped), a document out of time ends as a
// clear error, and the checks send a partly read file to a person.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extractors/image_decoder.h"
#include "models/result_json.h"
#include "pipeline/check_deposit.h"
#include "pipeline/extract_document.h"
#include "pipeline/funder_profile.h"

namespace fs = std::filesystem;
using namespace verifact;

namespace {

std::string Bytes(const char* relative) {
  std::ifstream in(fs::path(VERIFACT_SOURCE_DIR) / relative, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("limits: a file over the size limit is not parsed", "[pipeline][limits]") {
  ExtractOptions o;
  o.limits.max_file_bytes = 1000;
  auto r = ExtractDocument("inv-003.pdf", Bytes("samples/invoices/inv-003.pdf"), o);
  REQUIRE(r.error);
  CHECK(r.error->code == "FILE_SIZE_LIMIT");
  CHECK(r.sha256.size() == 64);  // still says which file it was
  CHECK(r.pages == 0);
}

TEST_CASE("limits: pages past the limit are reported, the first ones read", "[pipeline][limits]") {
  const std::string pdf = Bytes("samples/invoices/inv-003.pdf");  // 3 pages
  ExtractOptions all;
  auto whole = ExtractDocument("inv-003.pdf", pdf, all);
  REQUIRE_FALSE(whole.error);
  CHECK(whole.warnings.empty());
  CHECK_FALSE(ToJson(whole).contains("warnings"));  // the extension appears only when needed

  ExtractOptions one;
  one.limits.max_pages = 1;
  auto first = ExtractDocument("inv-003.pdf", pdf, one);
  REQUIRE_FALSE(first.error);
  CHECK(first.pages == 3);
  REQUIRE(first.warnings.size() == 1);
  CHECK(first.warnings[0].code == "PAGE_LIMIT");
  CHECK(first.warnings[0].message.find("pages 2 to 3") != std::string::npos);
  CHECK(first.fields.invoice_number);  // the header page was read
  auto j = ToJson(first);
  REQUIRE(j.contains("warnings"));
  CHECK(j["warnings"][0]["code"] == "PAGE_LIMIT");
  // The warning survives the wire between worker and broker.
  auto back = FromJson(nlohmann::json::parse(ToJson(first, JsonForm::kWire).dump()));
  REQUIRE(back.ok());
  REQUIRE(back.value().warnings.size() == 1);
  CHECK(back.value().warnings[0].code == "PAGE_LIMIT");

  // A deposit of that reading goes to a person, whatever else it holds.
  Deposit d;
  d.id = "L-1";
  d.file = "inv-003.pdf";
  d.funder = "chorus";
  d.deposited_at = *Date::FromYmd(2030, 1, 1);
  Registry registry;
  DepositCase c;
  c.deposit = &d;
  c.extraction = &first;
  c.profile = FindProfile("chorus");
  c.registry = &registry;
  auto outcome = JudgeDeposit(c);
  bool incomplete = false;
  for (const Check& check : outcome.checks) incomplete = incomplete || check.code == "READING_INCOMPLETE";
  CHECK(incomplete);
  CHECK(outcome.verdict != Verdict::kAccepted);
}

TEST_CASE("limits: a document out of time is a clear error", "[pipeline][limits]") {
  ExtractOptions o;
  o.limits.document_ms = 0;  // no time at all: Poppler is stopped at its first operation
  auto r = ExtractDocument("inv-003.pdf", Bytes("samples/invoices/inv-003.pdf"), o);
  REQUIRE(r.error);
  CHECK(r.error->code == "DOCUMENT_DEADLINE");
  CHECK(r.pages == 3);
}

TEST_CASE("limits: a multi-page TIFF past the page limit is read up to it, the rest reported",
          "[pipeline][limits][ocr][.slow]") {
  const std::string tiff = Bytes("samples/scans/scan-008.tif");  // 2 pages, scanned
  REQUIRE(CountTiffPages(tiff) == 2);
  ExtractOptions one;
  one.limits.max_pages = 1;
  auto first = ExtractDocument("scan-008.tif", tiff, one);
  REQUIRE_FALSE(first.error);
  CHECK(first.pages == 2);
  REQUIRE(first.warnings.size() == 1);
  CHECK(first.warnings[0].code == "PAGE_LIMIT");
  CHECK(first.warnings[0].message.find("page 2") != std::string::npos);
  CHECK(first.fields.invoice_number);  // the header page was read
}
