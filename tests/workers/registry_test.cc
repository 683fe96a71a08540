// The registers: INSEE's file read as published (quoted fields, any column order), imported into
// the SQLite index and looked up, and `check` giving the same answers from the index.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "pipeline/registry.h"
#include "workers/commands.h"
#include "workers/sqlite_sirene.h"

namespace fs = std::filesystem;

TEST_CASE("A StockEtablissement line gives its SIRET and state, quoted or not",
          "[workers][registry]") {
  auto columns = verifact::SireneColumns::FromHeader(
      "siren,nic,siret,libelleVoieEtablissement,etatAdministratifEtablissement");
  CHECK(columns.siret == 2);
  CHECK(columns.state == 4);
  uint64_t siret = 0;
  bool active = false;
  CHECK(verifact::ReadSireneLine("732829320,00074,73282932000074,\"RUE, DES LILAS\",A", columns,
                                 &siret, &active));
  CHECK(siret == 73282932000074ULL);
  CHECK(active);
  CHECK(verifact::ReadSireneLine("\"732829320\",\"00082\",\"73282932000082\",,\"F\"\r", columns,
                                 &siret, &active));
  CHECK(siret == 73282932000082ULL);
  CHECK_FALSE(active);
  CHECK_FALSE(verifact::ReadSireneLine("732829320,00074,7328293200007,,A", columns, &siret, &active));
  CHECK_FALSE(verifact::ReadSireneLine("732829320,00074", columns, &siret, &active));
}

TEST_CASE("registry import builds an index that answers like the CSV", "[workers][registry]") {
  const fs::path dir = fs::temp_directory_path() / "verifact-registry-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path csv = dir / "StockEtablissement.csv";
  {
    std::ofstream out(csv);
    out << "siren,nic,siret,etatAdministratifEtablissement\n"
        << "732829320,00074,73282932000074,A\n"
        << "443061841,00047,44306184100047,F\n"
        << "not,a,siret,A\n";
  }
  std::ostringstream progress;
  REQUIRE(verifact::RunRegistryImport(csv.string(), dir.string(), progress) == 0);
  CHECK(progress.str().find("2 establishments") != std::string::npos);
  auto index = verifact::OpenSireneIndex((dir / verifact::kSireneIndexFile).string());
  REQUIRE(index.ok());
  CHECK(index.value()->Find("73282932000074") == verifact::SiretState::kActive);
  CHECK(index.value()->Find("44306184100047") == verifact::SiretState::kClosed);
  CHECK(index.value()->Find("12345678900012") == verifact::SiretState::kUnknown);
  CHECK(index.value()->Find("garbage") == verifact::SiretState::kUnknown);

  auto registry = verifact::OpenRegistry(dir.string());
  REQUIRE(registry.ok());
  CHECK(registry.value().has_sirene());
  CHECK(registry.value().FindSiret("44306184100047") == verifact::SiretState::kClosed);

  std::ostringstream none;
  CHECK(verifact::RunRegistryImport((dir / "missing.csv").string(), dir.string(), none) == 1);
  CHECK_FALSE(verifact::OpenSireneIndex(csv.string()).ok());  // not an index
  fs::remove_all(dir);
}

TEST_CASE("check gives the same verdicts from the SQLite index as from sirene.csv",
          "[workers][registry]") {
  const fs::path batch = fs::path(VERIFACT_SOURCE_DIR) / "samples" / "batch";
  const fs::path dir = fs::temp_directory_path() / "verifact-registry-check";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy_file(batch / "registry" / "dossiers.csv", dir / "dossiers.csv");
  std::ostringstream progress;
  REQUIRE(verifact::RunRegistryImport((batch / "registry" / "sirene.csv").string(), dir.string(),
                                      progress) == 0);
  auto run = [&batch](const fs::path& registry) {
    verifact::CheckOptions o;
    o.deposits = (batch / "deposits.jsonl").string();
    o.proformas = (batch / "proformas.jsonl").string();
    o.registry = registry.string();
    std::ostringstream out;
    REQUIRE(verifact::RunCheck(o, out, std::cerr) == 0);
    std::vector<std::string> verdicts;
    std::istringstream lines(out.str());
    std::string line;
    while (std::getline(lines, line)) {
      auto j = nlohmann::json::parse(line);
      verdicts.push_back(j["verdict"].get<std::string>() + " " + j["checks"].dump());
    }
    return verdicts;
  };
  CHECK(run(dir) == run(batch / "registry"));
  fs::remove_all(dir);
}
