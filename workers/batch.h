// Batch: what `check` and `run` share around the reading of files — the manifest, the pro
// formas and registers the checks need, and the judging of every deposit once all are read.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "models/deposit.h"
#include "models/error.h"
#include "models/extraction_result.h"
#include "pipeline/extract_document.h"
#include "pipeline/registry.h"

namespace verifact {

// One non-blank line of the deposits manifest. A line that is not a deposit (bad JSON, a
// missing key, an unknown funder) keeps its error: it still gets a result.
struct ManifestEntry {
  int line = 0;      // 1-based
  std::string text;  // the line as written
  Result<Deposit> deposit = Error{"", ""};
};

// The manifest's lines in order. Error (MANIFEST_UNREADABLE) only when the file cannot be read.
Result<std::vector<ManifestEntry>> ReadManifest(const std::string& path);

// The ledger's key of each manifest line: the deposit id; "line:N" for a line that is not a
// deposit; "ID@line:N" for an id repeated in the manifest (each line keeps its own result).
std::vector<std::string> LedgerKeys(const std::vector<ManifestEntry>& entries);

// What judging needs beside the readings, loaded once per batch.
struct BatchContext {
  std::filesystem::path base;  // the manifest's folder: deposits' files are relative to it
  std::map<std::string, ProForma> proformas;  // by CompactIdentifier(number)
  Registry registry;
  ExtractOptions extract;
};

struct BatchInputs {
  std::string deposits;       // manifest path
  std::string proformas;      // JSON Lines path
  std::string registry;       // folder; empty: none
  std::string trusted_roots;  // PEM folder; empty: none
};

// Loads the pro formas, registers and trust roots. Errors carry a one-line message that names
// the option to fix (e.g. "... (check --proformas)").
Result<BatchContext> LoadBatchContext(const BatchInputs& inputs);

// A deposit's file as read by a worker or by this process, with its size on disk.
struct Reading {
  ExtractionResult result;
  long long bytes = 0;
};

// The contract object of every entry, in order: the checks against the funder's profile, the
// pro forma and registers, the verdict and letter. `readings[i]` belongs to `entries[i]` (ignored
// for a line that is not a deposit). Of two deposits of the same invoice, the later
// deposited_at, then the later line, is the duplicate.
std::vector<nlohmann::ordered_json> JudgeBatch(const BatchContext& context,
                                               const std::vector<ManifestEntry>& entries,
                                               std::vector<Reading>& readings);

// One entry judged alone (duplicates not known): for progress counts while a batch runs.
Verdict JudgeAlone(const BatchContext& context, const ManifestEntry& entry,
                   const Reading& reading);

}  // namespace verifact
