// Real born-digital invoices from other projects (tests/data/real-invoices, README there): the
// fields issue 2 holds to 90 % on French, German and English invoices.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "models/result_json.h"
#include "pipeline/extract_document.h"
#include "workers/file_bytes.h"

namespace fs = std::filesystem;
using nlohmann::json;

TEST_CASE("Real invoices from other projects: number, date, totals and SIRET",
          "[pipeline][accuracy]") {
  const fs::path dir = fs::path(VERIFACT_SOURCE_DIR) / "tests" / "data" / "real-invoices";
  std::ifstream sources(dir / "SOURCES.tsv");
  std::string line;
  std::getline(sources, line);  // header: file, package, version, path, language, …
  int documents = 0, right = 0, total = 0;
  std::string misses;
  while (std::getline(sources, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cells.push_back(c);
    REQUIRE(cells.size() >= 5);
    const std::string& language = cells[4];
    if (!language.starts_with("fr") && !language.starts_with("de") && !language.starts_with("en"))
      continue;
    const fs::path pdf = dir / cells[0];
    fs::path truth_path = pdf;
    truth_path.replace_extension(".truth.json");
    std::ifstream in(truth_path);
    const json truth = json::parse(in)["fields"];
    auto bytes = verifact::ReadFileBytes(pdf.string());
    REQUIRE(bytes.ok());
    const json got = verifact::FieldValues(
        verifact::ToJson(verifact::ExtractDocument(cells[0], bytes.value())));
    ++documents;
    for (const char* name :
         {"invoice_number", "invoice_date", "total_ht", "total_tva", "total_ttc", "siret"}) {
      if (got[name] == truth[name]) {
        ++right;
      } else {
        misses += cells[0] + " " + name + ": expected " + truth[name].dump() + ", found " +
                  got[name].dump() + "\n";
      }
      ++total;
    }
  }
  CHECK(documents == 8);
  INFO(misses);
  // The issue asks 90 %; all 48 read right today (47 before "Total paid with VAT" was told
  // from a payment line). Falling under 95 % is a regression.
  CHECK(double(right) / total >= 0.95);
}
