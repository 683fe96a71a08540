// The `verifact` subcommands, callable from main() and from tests. Each returns the process
// exit status of the contract: 0 job done, 1 fault of the program or environment.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "models/error.h"
#include "pipeline/registry.h"

namespace verifact {

// `verifact extract FILE...`: one JSON object per file, in argument order, on `out`.
// `trusted_roots` is a folder of PEM roots for signatures (may be empty); a folder that cannot
// be read is a fault reported on `err` before any file is read.
int RunExtract(const std::vector<std::string>& files, const std::string& trusted_roots,
               std::ostream& out, std::ostream& err);

struct CheckOptions {
  std::string deposits;       // JSON Lines manifest; files are relative to its folder
  std::string proformas;      // JSON Lines
  std::string registry;       // folder with dossiers.csv / sirene.csv; empty: none
  std::string out;            // JSON Lines output; empty: `out`
  std::string trusted_roots;  // PEM roots for signatures; empty: none
};

// `verifact check`: one result per deposit, in manifest order, with checks, verdict and letter.
// A manifest line that is not a deposit gets a result with its error and verdict `review`.
// Unreadable pro formas, registry or roots are faults (1) reported on `err` before any work.
int RunCheck(const CheckOptions& options, std::ostream& out, std::ostream& err);

// The registers of a --registry folder: dossiers.csv, and INSEE's establishments from the
// SQLite index `registry import` made (sirene.db) or, failing that, sirene.csv in memory.
Result<Registry> OpenRegistry(const std::string& dir);

// `verifact registry import CSV --registry DIR`: streams a StockEtablissement CSV into
// DIR/sirene.db, progress on `err`. 0 on success, 1 (with the reason on `err`) otherwise.
int RunRegistryImport(const std::string& csv, const std::string& dir, std::ostream& err);

struct EvaluateOptions {
  std::string truth_dir;  // holds NAME.truth.json files naming their document in "file"
  bool verbose = false;   // list every wrong field
  bool json = false;      // machine-readable summary instead of the table
};

// `verifact evaluate DIR`: per-field accuracy of extract against the truth files in DIR.
int RunEvaluate(const EvaluateOptions& options, std::ostream& out, std::ostream& err);

}  // namespace verifact
