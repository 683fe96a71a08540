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

struct RunOptions {
  std::string deposits, proformas, registry, trusted_roots;  // as for `check`
  std::string out;           // the batch's folder: verifact.db, results.jsonl, summary.json
  int workers = -1;          // local worker processes; -1: one per core; 0: none (remote only)
  std::string bind;          // the broker's endpoint; empty: loopback with a port ZeroMQ picks
  std::string curve_secret;  // broker's secret key file (CURVE); empty: plain transport
  std::string allow_keys;    // workers' public keys: a folder of *.pub or a file of keys
  int job_timeout_s = 600;   // one deposit's lease (long OCR documents)
  int heartbeat_ms = 1000;
  long long worker_memory_mb = 4096;  // each local worker's address space; 0: no cap
  std::string worker_program;  // the binary local workers run; empty: this one
  int progress = -1;           // 1 bar, 0 lines, -1 bar when stderr is a terminal
};

// `verifact run` (and `verifact broker`): the batch through ZeroMQ workers over the durable
// ledger DIR/verifact.db, then DIR/results.jsonl (one line per deposit, manifest order, the
// same objects `check` writes), DIR/summary.json and a summary table on `out`. Progress goes
// to `err`. Rerunning on the same DIR resumes. Faults (1) are reported on `err`.
int RunBatch(const RunOptions& options, std::ostream& out, std::ostream& err);

struct WorkerCommandOptions {
  std::string connect;        // the broker's endpoint
  std::string trusted_roots;  // PEM roots for signatures
  std::string curve_secret;   // this worker's secret key file; empty: plain
  std::string server_key;     // the broker's public key file (with curve_secret)
  int heartbeat_ms = 1000;
  long long memory_mb = 4096;  // address-space cap; 0: none
  int cpu_s = 600;             // CPU seconds per job
  bool local = false;          // started by `run`: ends with its broker
};

// `verifact worker --connect ENDPOINT`: reads the files a broker sends until it says STOP.
int RunWorkerCommand(const WorkerCommandOptions& options, std::ostream& err);

// `verifact keys PREFIX`: a CURVE key pair in PREFIX.key (secret) and PREFIX.pub.
int RunKeys(const std::string& prefix, std::ostream& out, std::ostream& err);

struct EvaluateOptions {
  std::string truth_dir;  // holds NAME.truth.json files naming their document in "file"
  bool verbose = false;   // list every wrong field
  bool json = false;      // machine-readable summary instead of the table
};

// `verifact evaluate DIR`: per-field accuracy of extract against the truth files in DIR.
int RunEvaluate(const EvaluateOptions& options, std::ostream& out, std::ostream& err);

}  // namespace verifact
