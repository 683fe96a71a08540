// Whole scanned documents through OCR: real pages from samples/scans (made from the sample
// invoices by samples/generator/make_scans.py: skewed, noisy, JPEG'd, in several formats).
// Slow (seconds per page), so tagged [.slow]; CI runs them in their own CTest entry.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "models/result_json.h"
#include "pipeline/extract_document.h"
#include "workers/file_bytes.h"

namespace fs = std::filesystem;
using nlohmann::json;

TEST_CASE("Scanned invoices in every picture format are read by OCR", "[pipeline][ocr][.slow]") {
  const fs::path dir = fs::path(VERIFACT_SOURCE_DIR) / "samples" / "scans";
  // A GIF, a skewed colour PNG (-4.85°), a three-page image-only PDF, a 300 dpi grey PNG.
  auto name =
      GENERATE(as<std::string>{}, "scan-001.gif", "scan-005.png", "scan-021.pdf", "scan-022.png");
  CAPTURE(name);
  auto bytes = verifact::ReadFileBytes((dir / name).string());
  REQUIRE(bytes.ok());
  auto result = verifact::ToJson(verifact::ExtractDocument(name, bytes.value()));
  CHECK(result["error"].is_null());
  CHECK(result["text_source"] == "ocr");
  std::ifstream in(dir / (fs::path(name).stem().string() + ".truth.json"));
  json truth = json::parse(in)["fields"];
  json got = verifact::FieldValues(result);
  for (const char* field :
       {"invoice_number", "invoice_date", "total_ht", "total_ttc", "siret", "document_type"}) {
    CAPTURE(field);
    CHECK(got[field] == truth[field]);
  }
  // Every field carries the OCR source and a box on the page as deposited.
  const auto& number = result["fields"]["invoice_number"];
  REQUIRE(number.is_object());
  CHECK(number["source"] == "ocr");
  CHECK(number["bbox"][2].get<double>() > number["bbox"][0].get<double>());
  CHECK(number["confidence"].get<double>() > 0.3);
}
