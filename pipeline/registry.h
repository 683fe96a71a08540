// Registry: the funders' known dossiers (dossiers.csv) and INSEE's establishments (sirene.csv)
// that the checks look values up in. Every file is optional; a missing one turns its checks
// into a checksum-only fallback, said as such.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "models/error.h"

namespace verifact {

enum class SiretState { kUnknown, kActive, kClosed };

// Where establishments are looked up: INSEE's file held in memory (small registers, tests) or an
// indexed SQLite file made once by `verifact registry import` (the national file; workers/).
class SireneIndex {
 public:
  virtual ~SireneIndex() = default;
  // Safe to call from several threads at once.
  virtual SiretState Find(const std::string& siret) const = 0;
};

// The columns verifact reads from a StockEtablissement CSV header: their indexes, or -1.
struct SireneColumns {
  int siret = -1;
  int state = -1;  // etatAdministratifEtablissement: "A" active, "F" closed
  static SireneColumns FromHeader(const std::string& header_line);
};

// Reads the `siret` and `state` fields of one StockEtablissement line without splitting the
// others (the national file has about fifty columns and tens of millions of lines). False for
// a line without them or whose SIRET is not 14 digits.
bool ReadSireneLine(const std::string& line, const SireneColumns& columns, uint64_t* siret,
                    bool* active);

class Registry {
 public:
  Registry() = default;  // no register at all

  // Reads DIR/dossiers.csv (`dossier,funder,siret`) and, unless `sirene` is given, DIR/sirene.csv
  // (INSEE StockEtablissement: at least `siret` and `etatAdministratifEtablissement` columns, in
  // any order, extra columns ignored) into memory. Errors: REGISTRY_UNREADABLE naming the file.
  static Result<Registry> Load(const std::string& dir,
                               std::shared_ptr<const SireneIndex> sirene = nullptr);

  bool has_dossiers() const { return has_dossiers_; }
  bool has_sirene() const { return sirene_ != nullptr; }

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
  std::unordered_map<std::string, DossierEntry> dossiers_;
  std::shared_ptr<const SireneIndex> sirene_;
};

}  // namespace verifact
