// Which pages are read by OCR: pages with a real text layer are not, scanned pages are, and so
// are pages whose text layer is nonsense (a broken font encoding). Fixtures and how they were
// made: tests/data/fixtures/make_fixtures.py.
#include <catch2/catch.hpp>
#include <filesystem>

#include "models/result_json.h"
#include "pipeline/extract_document.h"
#include "workers/file_bytes.h"

namespace fs = std::filesystem;

namespace {

nlohmann::ordered_json Extract(const std::string& name) {
  fs::path path = fs::path(VERIFACT_SOURCE_DIR) / "tests" / "data" / "fixtures" / name;
  auto bytes = verifact::ReadFileBytes(path.string());
  REQUIRE(bytes.ok());
  return verifact::ToJson(verifact::ExtractDocument(name, bytes.value()));
}

}  // namespace

TEST_CASE("A PDF with a born-digital page and a scanned page is read as mixed",
          "[pipeline][ocr][.slow]") {
  auto r = Extract("mixed.pdf");
  CHECK(r["error"].is_null());
  CHECK(r["pages"] == 2);
  CHECK(r["text_source"] == "mixed");
  // Page 1's number comes from its text layer, page 2's total from OCR.
  CHECK(r["fields"]["invoice_number"]["value"] == "F2022-702");
  CHECK(r["fields"]["invoice_number"]["source"] == "text-layer");
  CHECK(r["fields"]["total_ttc"]["page"] == 2);
  CHECK(r["fields"]["total_ttc"]["source"] == "ocr");
}

TEST_CASE("A scan under a nonsense text layer is read by OCR, not by its text layer",
          "[pipeline][ocr][.slow]") {
  auto r = Extract("garbage-layer.pdf");
  CHECK(r["error"].is_null());
  CHECK(r["text_source"] == "ocr");
  CHECK(r["fields"]["invoice_number"]["value"] == "F2506-179");
  CHECK(r["fields"]["total_ttc"]["value"] == "3624.00");
}

TEST_CASE("A few words of text layer over a page image do not spare the scan its OCR",
          "[pipeline][ocr][.slow]") {
  auto r = Extract("stamped-scan.pdf");
  CHECK(r["error"].is_null());
  CHECK(r["text_source"] == "ocr");
  CHECK(r["fields"]["invoice_number"]["value"] == "F2506-179");
  CHECK(r["fields"]["total_ttc"]["value"] == "3624.00");
}

TEST_CASE("A born-digital page holding only a heading is read from its text layer", "[pipeline]") {
  auto r = Extract("heading-page.pdf");
  CHECK(r["error"].is_null());
  CHECK(r["pages"] == 2);
  CHECK(r["text_source"] == "text-layer");
  CHECK_FALSE(r["timings_ms"].contains("ocr"));
  // The heading's number, as its text layer spells it: an OCR reading would say "ocr".
  CHECK(r["fields"]["invoice_number"]["value"] == "INV-0042");
  CHECK(r["fields"]["invoice_number"]["source"] == "text-layer");
  CHECK(r["fields"]["total_ttc"]["page"] == 2);
}
