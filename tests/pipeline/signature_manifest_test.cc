// Every signed, tampered or look-alike PDF of the three signature sets reads as its manifest
// says: the shared set (real files from EU DSS, pyHanko and signpdf), our own fixtures, and an
// attack set written without reading this code (tests/data/signatures/*/README.md).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "models/result_json.h"
#include "pipeline/extract_document.h"
#include "workers/file_bytes.h"

namespace fs = std::filesystem;

namespace {

using Row = std::vector<std::string>;

fs::path SetDir(const std::string& set) {
  return fs::path(VERIFACT_SOURCE_DIR) / "tests" / "data" / "signatures" / set;
}

// MANIFEST.tsv as rows of cells, header first.
std::vector<Row> ReadManifest(const std::string& set) {
  std::ifstream in(SetDir(set) / "MANIFEST.tsv");
  REQUIRE(in);
  std::vector<Row> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    Row row;
    std::stringstream cells(line);
    std::string cell;
    while (std::getline(cells, cell, '\t')) row.push_back(cell);
    rows.push_back(row);
  }
  return rows;
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream parts(s);
  std::string p;
  while (std::getline(parts, p, sep)) out.push_back(p);
  return out;
}

bool OneOf(const std::string& value, const std::string& alternatives) {
  for (const std::string& a : Split(alternatives, '|')) {
    if (a == value) return true;
  }
  return false;
}

// Checks one set; `trusted_roots` is the folder of roots its certificate column assumes.
void CheckSet(const std::string& set, const std::string& trusted_roots) {
  auto options = verifact::MakeExtractOptions(trusted_roots);
  REQUIRE(options.ok());
  std::vector<Row> rows = ReadManifest(set);
  REQUIRE(rows.size() > 10);
  const Row& header = rows.front();
  auto column = [&header](const std::string& name) {
    for (size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return static_cast<int>(i);
    }
    return -1;
  };
  const int file = column("file");
  const int status = column("expected_status");
  const int integrity = column("expected_integrity");
  const int certificate = column("expected_certificate");
  const int kind = column("expected_image_kind");
  REQUIRE(file >= 0);
  REQUIRE(status >= 0);
  REQUIRE(integrity >= 0);
  for (size_t r = 1; r < rows.size(); ++r) {
    const Row& row = rows[r];
    INFO(set << "/" << row[static_cast<size_t>(file)]);
    auto bytes = verifact::ReadFileBytes((SetDir(set) / row[static_cast<size_t>(file)]).string());
    REQUIRE(bytes.ok());
    auto result = verifact::ToJson(
        verifact::ExtractDocument(row[static_cast<size_t>(file)], bytes.value(), options.value()));
    const auto& sig = result["signature"];
    INFO(sig.dump());
    CHECK(OneOf(sig["status"].get<std::string>(), row[static_cast<size_t>(status)]));

    std::vector<std::string> got;
    for (const auto& p : sig["panels"]) got.push_back(p["integrity"].get<std::string>());
    const std::string& want = row[static_cast<size_t>(integrity)];
    if (want == "-") {
      CHECK(got.empty());
    } else if (want == "valid") {
      CHECK(!got.empty());
      for (const std::string& g : got) CHECK(g == "valid");
    } else if (want.find(',') != std::string::npos) {
      CHECK(got == Split(want, ','));  // one reading per panel, in order
    } else {
      // At least one panel is one of the alternatives.
      bool any = false;
      for (const std::string& g : got) any |= OneOf(g, want);
      CHECK(any);
    }
    // What the last criterion forbids outright: a broken file read as valid.
    if (want != "-" && want != "valid" && want.find(',') == std::string::npos) {
      bool all_valid = !got.empty();
      for (const std::string& g : got) all_valid &= g == "valid";
      CHECK_FALSE(all_valid);
    }
    if (certificate >= 0 && row[static_cast<size_t>(certificate)] != "-") {
      std::vector<std::string> certs;
      for (const auto& p : sig["panels"]) certs.push_back(p["certificate"].get<std::string>());
      CHECK(certs == Split(row[static_cast<size_t>(certificate)], ','));
    }
    if (kind >= 0 && row[static_cast<size_t>(kind)] != "-") {
      REQUIRE(!sig["images"].empty());
      CHECK(sig["images"][0]["kind"] == row[static_cast<size_t>(kind)]);
    }
  }
}

}  // namespace

TEST_CASE("The shared signature set reads as its manifest says", "[pipeline][signature]") {
  CheckSet("shared", "");
}

TEST_CASE("Our signature fixtures read as their manifest says, against their test root",
          "[pipeline][signature]") {
  CheckSet("ours", (SetDir("ours") / "trusted").string());
}

TEST_CASE("The held-out signature attack set reads as its manifest says",
          "[pipeline][signature]") {
  CheckSet("heldout", "");
}

TEST_CASE("A panel reports its field, signer, time, sub-filter and place",
          "[pipeline][signature]") {
  auto options = verifact::MakeExtractOptions((SetDir("ours") / "trusted").string());
  REQUIRE(options.ok());
  auto bytes = verifact::ReadFileBytes((SetDir("ours") / "signed-visible.pdf").string());
  REQUIRE(bytes.ok());
  auto r = verifact::ToJson(verifact::ExtractDocument("v.pdf", bytes.value(), options.value()));
  const auto& p = r["signature"]["panels"][0];
  CHECK(p["field"] == "SignatureVisible");
  CHECK(p["signer"].get<std::string>().find("CN=Test Supplier Signer") != std::string::npos);
  CHECK(p["signing_time"].get<std::string>().size() == 25);  // 2024-01-01T10:00:00+00:00
  CHECK(p["sub_filter"] == "adbe.pkcs7.detached");
  CHECK(p["visible"] == true);
  CHECK(p["page"] == 1);
  // /Rect [360 90 550 160] on an A4 page (595 × 842 pt), origin top left.
  CHECK(p["bbox"][0].get<double>() == Approx(360.0 / 595.28).margin(0.01));
  CHECK(p["bbox"][3].get<double>() == Approx(1 - 90.0 / 841.89).margin(0.01));
  CHECK(p["covers_whole_document"] == true);
  CHECK(p["certificate"] == "trusted");
  CHECK(p["findings"].empty());
  // The panel's own appearance is the panel, not a look-alike mark.
  CHECK(r["signature"]["images"].empty());
}
