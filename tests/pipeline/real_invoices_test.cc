// Real born-digital invoices from other projects (tests/data/real-invoices, README there): the
// fields issue 2 holds to 90 % on French, German and English invoices.
#include <algorithm>
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

namespace {

// The fields (number, date, HT, TVA, TTC, SIRET) of the French, German and English
// documents listed in `dir`/SOURCES.tsv, read right, out of how many; misses named.
struct Score {
  int documents = 0, right = 0, total = 0;
  std::string misses;
};

Score ScoreSet(const fs::path& dir) {
  Score score;
  std::ifstream sources(dir / "SOURCES.tsv");
  std::string line;
  std::getline(sources, line);  // header: file, …, language in column `language`
  std::vector<std::string> header;
  std::stringstream hs(line);
  for (std::string c; std::getline(hs, c, '\t');) header.push_back(c);
  const auto language_column =
      std::find(header.begin(), header.end(), "language") - header.begin();
  REQUIRE(static_cast<size_t>(language_column) < header.size());
  while (std::getline(sources, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cells.push_back(c);
    REQUIRE(cells.size() > static_cast<size_t>(language_column));
    const std::string& language = cells[static_cast<size_t>(language_column)];
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
    ++score.documents;
    for (const char* name :
         {"invoice_number", "invoice_date", "total_ht", "total_tva", "total_ttc", "siret"}) {
      if (got[name] == truth[name]) {
        ++score.right;
      } else {
        score.misses += cells[0] + " " + name + ": expected " + truth[name].dump() +
                        ", found " + got[name].dump() + "\n";
      }
      ++score.total;
    }
  }
  return score;
}

const fs::path kRealInvoices = fs::path(VERIFACT_SOURCE_DIR) / "tests" / "data" / "real-invoices";

}  // namespace

TEST_CASE("Real invoices from other projects: number, date, totals and SIRET",
          "[pipeline][accuracy]") {
  const Score s = ScoreSet(kRealInvoices);
  CHECK(s.documents == 8);
  INFO(s.misses);
  // The issue asks 90 %; all 48 read right today (47 before "Total paid with VAT" was told
  // from a payment line). Falling under 95 % is a regression.
  CHECK(double(s.right) / s.total >= 0.95);
}

TEST_CASE("Invoices made by other projects' software in German and French: the same fields",
          "[pipeline][accuracy]") {
  const Score s = ScoreSet(kRealInvoices / "other-software");
  CHECK(s.documents == 17);
  INFO(s.misses);
  // Blind, 80 of 102 were right; 97 today (the README there names the five misses). Falling
  // under 93 % is a regression.
  CHECK(double(s.right) / s.total >= 0.93);
}

TEST_CASE("A fifth set, from accounting software and a generator: the same fields",
          "[pipeline][accuracy]") {
  const Score s = ScoreSet(kRealInvoices / "fifth-set");
  CHECK(s.documents == 11);
  INFO(s.misses);
  // Blind, 56 of 66 were right; 65 today (the README there names the miss). Falling under
  // 93 % is a regression.
  CHECK(double(s.right) / s.total >= 0.93);
}
