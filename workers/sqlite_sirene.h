// INSEE's establishments (StockEtablissement) in an indexed SQLite file: imported once by
// `verifact registry import`, then looked up in microseconds by the checks.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "models/error.h"
#include "pipeline/registry.h"

namespace verifact {

// The name of the index inside a registry folder.
inline constexpr const char* kSireneIndexFile = "sirene.db";

// Opens an index made by ImportSirene, read-only. Errors: REGISTRY_UNREADABLE.
Result<std::shared_ptr<const SireneIndex>> OpenSireneIndex(const std::string& db_path);

// Streams a StockEtablissement CSV (the national file as INSEE publishes it, or any CSV with
// `siret` and `etatAdministratifEtablissement` columns) into a new index at `db_path`, which is
// replaced only once the import is complete. `progress(rows, bytes_read)` is called every
// 500,000 rows. Returns the number of establishments. Errors: REGISTRY_UNREADABLE (the CSV),
// REGISTRY_WRITE_FAILED (the index).
Result<long long> ImportSirene(const std::string& csv_path, const std::string& db_path,
                               const std::function<void(long long, long long)>& progress);

}  // namespace verifact
