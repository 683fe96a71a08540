// Benchmark: importing INSEE's StockEtablissement into the SQLite index, and looking SIRETs up
// in it. Generates a CSV with the real file's columns (N rows, default 3 million), then reports
// import speed and lookup time, each beside a reference measured in the same run: one plain
// pass over the same file (getline), and a lookup in an in-memory hash map.
// Targets (issue 5): import >= 500,000 rows/s, lookup < 10 µs.
// Usage: verifact_registry_bench [ROWS] [DIR]
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "workers/sqlite_sirene.h"

namespace {

// The national file's header (StockEtablissement, 2024 layout).
const char* kHeader =
    "siren,nic,siret,statutDiffusionEtablissement,dateCreationEtablissement,"
    "trancheEffectifsEtablissement,anneeEffectifsEtablissement,"
    "activitePrincipaleRegistreMetiersEtablissement,dateDernierTraitementEtablissement,"
    "etablissementSiege,nombrePeriodesEtablissement,complementAdresseEtablissement,"
    "numeroVoieEtablissement,indiceRepetitionEtablissement,dernierNumeroVoieEtablissement,"
    "indiceRepetitionDernierNumeroVoieEtablissement,typeVoieEtablissement,"
    "libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,"
    "libelleCommuneEtrangerEtablissement,distributionSpecialeEtablissement,"
    "codeCommuneEtablissement,codeCedexEtablissement,libelleCedexEtablissement,"
    "codePaysEtrangerEtablissement,libellePaysEtrangerEtablissement,"
    "identifiantAdresseEtablissement,coordonneeLambertAbscisseEtablissement,"
    "coordonneeLambertOrdonneeEtablissement,complementAdresse2Etablissement,"
    "numeroVoie2Etablissement,indiceRepetition2Etablissement,typeVoie2Etablissement,"
    "libelleVoie2Etablissement,codePostal2Etablissement,libelleCommune2Etablissement,"
    "libelleCommuneEtranger2Etablissement,distributionSpeciale2Etablissement,"
    "codeCommune2Etablissement,codeCedex2Etablissement,libelleCedex2Etablissement,"
    "codePaysEtranger2Etablissement,libellePaysEtranger2Etablissement,dateDebut,"
    "etatAdministratifEtablissement,enseigne1Etablissement,enseigne2Etablissement,"
    "enseigne3Etablissement,denominationUsuelleEtablissement,activitePrincipaleEtablissement,"
    "nomenclatureActivitePrincipaleEtablissement,caractereEmployeurEtablissement";

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
  const long long rows = argc > 1 ? std::stoll(argv[1]) : 3'000'000;
  const std::filesystem::path dir =
      argc > 2 ? argv[2] : std::filesystem::temp_directory_path() / "verifact-registry-bench";
  std::filesystem::create_directories(dir);
  const std::string csv = (dir / "StockEtablissement.csv").string();
  const std::string db = (dir / "sirene.db").string();

  std::vector<std::string> sirets;
  {
    std::ofstream out(csv);
    out << kHeader << '\n';
    std::mt19937_64 rng(5);
    char line[512];
    for (long long i = 0; i < rows; ++i) {
      // SIRENs roughly in file order (INSEE sorts by SIREN), NICs per establishment.
      const long long siren = 300000000 + i / 3 * 7 + static_cast<long long>(rng() % 5);
      const int nic = 10 + static_cast<int>(i % 3) * 17;
      std::snprintf(line, sizeof line,
                    "%09lld,%05d,%09lld%05d,O,2008-01-01,NN,,,2024-03-01T00:00:00,true,2,,"
                    "12,,,,RUE,DES LILAS,69003,LYON 3E ARRONDISSEMENT,,,69383,,,,,6938312345_0012,"
                    "843000.0,6518000.0,,,,,,,,,,,,,,,2008-01-01,%s,,,,,85.59A,NAFRev2,O\n",
                    siren, nic, siren, nic, (i % 11 == 0) ? "F" : "A");
      out << line;
      if (i % 10 == 0) sirets.push_back(std::string(line + 16, 14));  // lookups spread widely
    }
  }
  const double mb = static_cast<double>(std::filesystem::file_size(csv)) / 1e6;

  auto t0 = std::chrono::steady_clock::now();
  long long lines = 0;
  {
    std::ifstream in(csv);
    std::string line;
    while (std::getline(in, line)) ++lines;
  }
  const double read_s = Seconds(t0);

  t0 = std::chrono::steady_clock::now();
  auto imported = verifact::ImportSirene(csv, db, nullptr);
  const double import_s = Seconds(t0);
  if (!imported.ok()) {
    std::cerr << imported.error().message << "\n";
    return 1;
  }
  auto index = verifact::OpenSireneIndex(db);
  if (!index.ok()) {
    std::cerr << index.error().message << "\n";
    return 1;
  }
  const int lookups = 200000;
  std::mt19937 rng(7);
  t0 = std::chrono::steady_clock::now();
  int found = 0;
  for (int i = 0; i < lookups; ++i) {
    found += index.value()->Find(sirets[rng() % sirets.size()]) != verifact::SiretState::kUnknown;
  }
  const double lookup_us = Seconds(t0) / lookups * 1e6;
  std::unordered_map<std::string, bool> map;
  for (const std::string& s : sirets) map[s] = true;
  t0 = std::chrono::steady_clock::now();
  int in_map = 0;
  for (int i = 0; i < lookups; ++i) in_map += map.count(sirets[rng() % sirets.size()]) > 0;
  const double map_us = Seconds(t0) / lookups * 1e6;

  std::printf("file: %lld rows, %.0f MB\n", rows, mb);
  std::printf("reference  one getline pass      : %.2f s (%.0f rows/s)\n", read_s,
              static_cast<double>(lines) / read_s);
  std::printf("verifact   registry import       : %.2f s (%.0f rows/s; target >= 500000)\n",
              import_s, static_cast<double>(imported.value()) / import_s);
  std::printf("ratio import / plain read        : %.2f\n", import_s / read_s);
  std::printf("lookup     SQLite index          : %.2f us (target < 10; %d of %d found)\n",
              lookup_us, found, lookups);
  std::printf("reference  in-memory hash map    : %.3f us (%d)\n", map_us, in_map);
  std::printf("index size: %.0f MB\n", static_cast<double>(std::filesystem::file_size(db)) / 1e6);
  std::filesystem::remove(csv);
  return found == lookups ? 0 : 1;
}
