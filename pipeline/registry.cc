#include "pipeline/registry.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string_view>

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

// INSEE's file in memory, sorted by SIRET as a number: 16 bytes an establishment, for small
// registers (the national file belongs in `verifact registry import`'s SQLite index).
struct MemorySireneIndex final : SireneIndex {
  std::vector<std::pair<uint64_t, bool>> rows;  // SIRET → active
  SiretState Find(const std::string& siret) const override {
    if (siret.size() != 14 || !std::all_of(siret.begin(), siret.end(), ::isdigit)) {
      return SiretState::kUnknown;
    }
    const uint64_t key = std::stoull(siret);
    auto it = std::lower_bound(rows.begin(), rows.end(), std::make_pair(key, false));
    if (it == rows.end() || it->first != key) return SiretState::kUnknown;
    return it->second ? SiretState::kActive : SiretState::kClosed;
  }
};

int Column(const std::vector<std::string>& header, const std::string& name) {
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

Result<Registry> Registry::Load(const std::string& dir,
                                std::shared_ptr<const SireneIndex> sirene) {
  namespace fs = std::filesystem;
  Registry r;
  const fs::path dossiers = fs::path(dir) / "dossiers.csv";
  const fs::path sirene_csv = fs::path(dir) / "sirene.csv";
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
  if (sirene) {
    r.sirene_ = std::move(sirene);
  } else if (fs::exists(sirene_csv)) {
    std::ifstream in(sirene_csv);
    if (!in || !std::getline(in, line)) return Unreadable(sirene_csv.string(), "cannot be read");
    const SireneColumns columns = SireneColumns::FromHeader(line);
    if (columns.siret < 0 || columns.state < 0) {
      return Unreadable(sirene_csv.string(),
                        "needs siret and etatAdministratifEtablissement columns");
    }
    auto index = std::make_shared<MemorySireneIndex>();
    uint64_t siret = 0;
    bool active = false;
    while (std::getline(in, line)) {
      if (ReadSireneLine(line, columns, &siret, &active)) index->rows.emplace_back(siret, active);
    }
    std::sort(index->rows.begin(), index->rows.end());
    r.sirene_ = std::move(index);
  }
  return r;
}

std::optional<Registry::DossierEntry> Registry::FindDossier(const std::string& dossier) const {
  auto it = dossiers_.find(CompactIdentifier(dossier));
  if (it == dossiers_.end()) return std::nullopt;
  return it->second;
}

SiretState Registry::FindSiret(const std::string& siret) const {
  return sirene_ ? sirene_->Find(siret) : SiretState::kUnknown;
}

SireneColumns SireneColumns::FromHeader(const std::string& header_line) {
  const auto header = SplitCsv(header_line);
  SireneColumns c;
  c.siret = Column(header, "siret");
  c.state = Column(header, "etatAdministratifEtablissement");
  return c;
}

bool ReadSireneLine(const std::string& line, const SireneColumns& columns, uint64_t* siret,
                    bool* active) {
  // Field boundaries by commas outside quotes; only the two wanted fields are looked at.
  int field = 0;
  size_t start = 0;
  bool quoted = false;
  bool got_siret = false, got_state = false;
  const int last = std::max(columns.siret, columns.state);
  for (size_t i = 0; i <= line.size() && field <= last; ++i) {
    const char c = i < line.size() ? line[i] : ',';
    if (c == '"') quoted = !quoted;
    if ((c != ',' || quoted) && i < line.size()) continue;
    std::string_view value(line.data() + start, i - start);
    if (!value.empty() && value.front() == '"') value.remove_prefix(1);
    if (!value.empty() && value.back() == '"') value.remove_suffix(1);
    if (!value.empty() && value.back() == '\r') value.remove_suffix(1);
    if (field == columns.siret) {
      if (value.size() != 14) return false;
      uint64_t n = 0;
      for (char d : value) {
        if (d < '0' || d > '9') return false;
        n = n * 10 + static_cast<uint64_t>(d - '0');
      }
      *siret = n;
      got_siret = true;
    }
    if (field == columns.state) {
      *active = value == "A";
      got_state = true;
    }
    ++field;
    start = i + 1;
  }
  return got_siret && got_state;
}

}  // namespace verifact
