// `verifact check` over the sample batch (samples/batch, made by make_batch.py): every planted
// fault is found with its code, no clean deposit is refused, every manifest line gets a result.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "workers/commands.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

fs::path Batch() { return fs::path(VERIFACT_SOURCE_DIR) / "samples" / "batch"; }

verifact::CheckOptions BatchOptions() {
  verifact::CheckOptions o;
  o.deposits = (Batch() / "deposits.jsonl").string();
  o.proformas = (Batch() / "proformas.jsonl").string();
  o.registry = (Batch() / "registry").string();
  return o;
}

}  // namespace

TEST_CASE("check finds every planted fault of the sample batch and refuses no clean deposit",
          "[workers][checks]") {
  std::ostringstream out;
  REQUIRE(verifact::RunCheck(BatchOptions(), out, std::cerr) == 0);
  std::vector<json> results;
  std::istringstream lines(out.str());
  std::string line;
  while (std::getline(lines, line)) results.push_back(json::parse(line));

  std::ifstream expected(Batch() / "expected.tsv");
  std::getline(expected, line);  // header
  size_t i = 0;
  int clean = 0, faults = 0;
  for (; std::getline(expected, line); ++i) {
    REQUIRE(i < results.size());  // one result per manifest line, in its order
    const std::string id = line.substr(0, line.find('\t'));
    const std::string want = line.substr(line.find('\t') + 1);
    const json& r = results[i];
    INFO(id << " expects " << want << ": " << r["checks"].dump());
    std::vector<std::string> codes;
    for (const json& c : r["checks"]) codes.push_back(c["code"]);
    if (want == "clean") {
      ++clean;
      CHECK(r["deposit_id"] == id);
      CHECK(r["verdict"] != "refused");
      CHECK(r["refusal_letter"].is_null());
    } else if (want.rfind("error:", 0) == 0) {
      CHECK(r["error"]["code"] == want.substr(6));
      CHECK(r["verdict"] == "review");
    } else {
      ++faults;
      CHECK(r["deposit_id"] == id);
      CHECK(std::find(codes.begin(), codes.end(), want) != codes.end());
      CHECK(r["verdict"] == "refused");
      CHECK(r["refusal_letter"].get<std::string>().find("Madame, Monsieur") != std::string::npos);
    }
  }
  CHECK(i == results.size());
  CHECK(clean >= 6);
  CHECK(faults >= 20);
}

TEST_CASE("check writes to --out, and stops on an unreadable pro forma list", "[workers][checks]") {
  auto o = BatchOptions();
  o.out = (fs::temp_directory_path() / "verifact-check-out.jsonl").string();
  std::ostringstream out, err;
  REQUIRE(verifact::RunCheck(o, out, err) == 0);
  CHECK(out.str().empty());
  std::ifstream written(o.out);
  std::string first;
  REQUIRE(std::getline(written, first));
  CHECK(json::parse(first)["deposit_id"] == "EP-010");
  fs::remove(o.out);

  o = BatchOptions();
  o.proformas = "/nonexistent/proformas.jsonl";
  std::ostringstream none, why;
  CHECK(verifact::RunCheck(o, none, why) == 1);
  CHECK(none.str().empty());
  CHECK(why.str().find("--proformas") != std::string::npos);
}
