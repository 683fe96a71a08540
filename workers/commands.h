// The `verifact` subcommands, callable from main() and from tests. Each returns the process
// exit status of the contract: 0 job done, 1 fault of the program or environment.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace verifact {

// `verifact extract FILE...`: one JSON object per file, in argument order, on `out`.
// `trusted_roots` is a folder of PEM roots for signatures (may be empty); a folder that cannot
// be read is a fault reported on `err` before any file is read.
int RunExtract(const std::vector<std::string>& files, const std::string& trusted_roots,
               std::ostream& out, std::ostream& err);

struct EvaluateOptions {
  std::string truth_dir;  // holds NAME.truth.json files naming their document in "file"
  bool verbose = false;   // list every wrong field
  bool json = false;      // machine-readable summary instead of the table
};

// `verifact evaluate DIR`: per-field accuracy of extract against the truth files in DIR.
int RunEvaluate(const EvaluateOptions& options, std::ostream& out, std::ostream& err);

}  // namespace verifact
