// Whole documents: every sample invoice's extraction is compared with its approved output
// (samples/invoices/NAME.expected.json). On a difference the test writes NAME.received.json
// beside it; review it and, when it is right, move it over the expected file.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "models/result_json.h"
#include "pipeline/extract_document.h"
#include "workers/file_bytes.h"

namespace fs = std::filesystem;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

const fs::path kSamples = fs::path(VERIFACT_SOURCE_DIR) / "samples" / "invoices";

std::vector<fs::path> SamplePdfs() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(kSamples)) {
    if (e.path().extension() == ".pdf") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The result as approved: without timings, which change from run to run.
ordered_json Approvable(const fs::path& pdf) {
  auto bytes = verifact::ReadFileBytes(pdf.string());
  REQUIRE(bytes.ok());
  ordered_json j =
      verifact::ToJson(verifact::ExtractDocument(pdf.filename().string(), bytes.value()));
  j.erase("timings_ms");
  return j;
}

}  // namespace

TEST_CASE("Every sample invoice reads as approved", "[pipeline][approval]") {
  auto pdfs = SamplePdfs();
  REQUIRE(pdfs.size() >= 40);
  for (const fs::path& pdf : pdfs) {
    fs::path expected_path = pdf;
    expected_path.replace_extension(".expected.json");
    fs::path received_path = pdf;
    received_path.replace_extension(".received.json");
    ordered_json got = Approvable(pdf);
    ordered_json expected;
    if (fs::exists(expected_path)) {
      std::ifstream in(expected_path);
      expected = ordered_json::parse(in);
    }
    CAPTURE(pdf.filename().string());
    if (got != expected) {
      std::ofstream(received_path) << got.dump(2) << "\n";
    } else {
      fs::remove(received_path);
    }
    CHECK(got == expected);
  }
}

TEST_CASE("Sample invoices agree with their generator's truth", "[pipeline][accuracy]") {
  // The samples are ours, so this is a floor against regressions, not a claim of accuracy on
  // other people's invoices (see `verifact evaluate` and the README).
  int right = 0, total = 0;
  for (const fs::path& pdf : SamplePdfs()) {
    fs::path truth_path = pdf;
    truth_path.replace_extension(".truth.json");
    std::ifstream in(truth_path);
    json truth = json::parse(in)["fields"];
    json got = verifact::FieldValues(Approvable(pdf));
    for (auto& [name, value] : truth.items()) {
      bool empty_truth = value.is_null() || (value.is_array() && value.empty());
      bool empty_got = got[name].is_null() || (got[name].is_array() && got[name].empty());
      right += (empty_truth && empty_got) || got[name] == value ? 1 : 0;
      ++total;
    }
  }
  REQUIRE(total > 0);
  CHECK(double(right) / total >= 0.97);
}
