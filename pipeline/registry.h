// Registry: the funders' known dossiers (dossiers.csv) and INSEE's establishments (sirene.csv)
// that the checks look values up in. Every file is optional; a missing one turns its checks
// into a checksum-only fallback, said as such.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "models/error.h"

namespace verifact {

enum class SiretState { kUnknown, kActive, kClosed };

class Registry {
 public:
  Registry() = default;  // no register at all

  // Reads DIR/dossiers.csv (`dossier,funder,siret`) and DIR/sirene.csv (INSEE
  // StockEtablissement: at least `siret` and `etatAdministratifEtablissement` columns, in any
  // order, extra columns ignored). Errors: REGISTRY_UNREADABLE naming the file and line.
  static Result<Registry> Load(const std::string& dir);

  bool has_dossiers() const { return has_dossiers_; }
  bool has_sirene() const { return has_sirene_; }

  // The funder and SIRET a dossier is registered with; nullopt when unknown.
  struct DossierEntry {
    std::string funder;
    std::string siret;
  };
  std::optional<DossierEntry> FindDossier(const std::string& dossier) const;

  // kUnknown when INSEE has no such establishment (or no sirene.csv was given: check
  // has_sirene() first).
  SiretState FindSiret(const std::string& siret) const;

 private:
  bool has_dossiers_ = false;
  bool has_sirene_ = false;
  std::unordered_map<std::string, DossierEntry> dossiers_;
  // Sorted by SIRET as a number, 16 bytes an establishment (the national file: about 600 MB;
  // issue 5 moves it to an indexed SQLite file).
  std::vector<std::pair<uint64_t, bool>> establishments_;  // SIRET → active
};

}  // namespace verifact
