#include "pipeline/registry.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "models/identifiers.h"

namespace verifact {
namespace {

// One CSV record's fields: commas separate, double quotes enclose (with "" for a quote).
std::vector<std::string> SplitCsv(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

Error Unreadable(const std::string& file, const std::string& what) {
  return Error{"REGISTRY_UNREADABLE", file + ": " + what};
}

int Column(const std::vector<std::string>& header, const std::string& name) {
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

Result<Registry> Registry::Load(const std::string& dir) {
  namespace fs = std::filesystem;
  Registry r;
  const fs::path dossiers = fs::path(dir) / "dossiers.csv";
  const fs::path sirene = fs::path(dir) / "sirene.csv";
  if (!fs::is_directory(dir)) return Unreadable(dir, "not a folder");
  std::string line;
  if (fs::exists(dossiers)) {
    std::ifstream in(dossiers);
    if (!in || !std::getline(in, line)) return Unreadable(dossiers.string(), "cannot be read");
    const auto header = SplitCsv(line);
    const int d = Column(header, "dossier"), f = Column(header, "funder"), s = Column(header, "siret");
    if (d < 0 || f < 0) return Unreadable(dossiers.string(), "needs dossier and funder columns");
    for (int n = 2; std::getline(in, line); ++n) {
      if (line.empty()) continue;
      const auto row = SplitCsv(line);
      if (static_cast<int>(row.size()) <= std::max(d, f)) {
        return Unreadable(dossiers.string(), "line " + std::to_string(n) + " is short");
      }
      r.dossiers_[CompactIdentifier(row[static_cast<size_t>(d)])] = {
          row[static_cast<size_t>(f)],
          s >= 0 && s < static_cast<int>(row.size()) ? CompactIdentifier(row[static_cast<size_t>(s)])
                                                     : std::string()};
    }
    r.has_dossiers_ = true;
  }
  if (fs::exists(sirene)) {
    std::ifstream in(sirene);
    if (!in || !std::getline(in, line)) return Unreadable(sirene.string(), "cannot be read");
    const auto header = SplitCsv(line);
    const int s = Column(header, "siret"), e = Column(header, "etatAdministratifEtablissement");
    if (s < 0 || e < 0) {
      return Unreadable(sirene.string(), "needs siret and etatAdministratifEtablissement columns");
    }
    for (int n = 2; std::getline(in, line); ++n) {
      if (line.empty()) continue;
      const auto row = SplitCsv(line);
      if (static_cast<int>(row.size()) <= std::max(s, e)) {
        return Unreadable(sirene.string(), "line " + std::to_string(n) + " is short");
      }
      const std::string& siret = row[static_cast<size_t>(s)];
      if (siret.size() != 14 || !std::all_of(siret.begin(), siret.end(), ::isdigit)) continue;
      r.establishments_.emplace_back(std::stoull(siret), row[static_cast<size_t>(e)] == "A");
    }
    std::sort(r.establishments_.begin(), r.establishments_.end());
    r.has_sirene_ = true;
  }
  return r;
}

std::optional<Registry::DossierEntry> Registry::FindDossier(const std::string& dossier) const {
  auto it = dossiers_.find(CompactIdentifier(dossier));
  if (it == dossiers_.end()) return std::nullopt;
  return it->second;
}

SiretState Registry::FindSiret(const std::string& siret) const {
  if (siret.size() != 14 || !std::all_of(siret.begin(), siret.end(), ::isdigit)) {
    return SiretState::kUnknown;
  }
  const uint64_t key = std::stoull(siret);
  auto it = std::lower_bound(establishments_.begin(), establishments_.end(),
                             std::make_pair(key, false));
  if (it == establishments_.end() || it->first != key) return SiretState::kUnknown;
  return it->second ? SiretState::kActive : SiretState::kClosed;
}

}  // namespace verifact
