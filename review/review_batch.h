// ReviewBatch: a finished batch as the review page sees it — every deposit's reading from the
// ledger, with the corrections staff made, judged again exactly as `run` judges (the same
// pro formas, registers and duplicate rules, from what the batch was run with).
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "models/error.h"
#include "review/review_store.h"
#include "workers/batch.h"

namespace verifact {

struct ReviewedDeposit {
  std::string key;  // the deposit id (the ledger's key)
  std::string funder;
  std::string deposited_at;  // ISO date; empty for a line that is not a deposit
  std::string file;          // as written in the manifest
  std::string path;          // where the upload is on disk (served by id only, never by name)
  nlohmann::ordered_json result;      // the result object, corrections applied
  std::string verdict;                // the result's verdict now
  std::vector<std::string> codes;     // codes of its refusal and review checks
  std::optional<ProForma> proforma;   // the pro forma it names, when known
  std::map<std::string, std::string> corrections;  // field → value typed by a reviewer
};

class ReviewBatch {
 public:
  // Opens the batch in `dir` (run by `verifact run --out DIR`). Errors: REVIEW_UNAVAILABLE when
  // the ledger is missing or unfinished, and LoadBatchContext's.
  static Result<std::unique_ptr<ReviewBatch>> Load(const std::string& dir, ReviewStore& store);

  // Judges every deposit again with the corrections now in the store (no file is read).
  void Rejudge();

  std::vector<ReviewedDeposit> All();                         // in manifest order
  std::optional<ReviewedDeposit> Find(const std::string& key);  // by id, exactly

  // A reviewer's value for `field` put into `reading` (source "reviewer", confidence 1).
  // Error FIELD_INVALID with what is expected when the value does not parse.
  static Result<bool> ApplyCorrection(ExtractionResult& reading, const std::string& field,
                                      const std::string& value);

 private:
  ReviewBatch(ReviewStore& store) : store_(store) {}
  ReviewStore& store_;
  BatchContext context_;
  std::vector<ManifestEntry> entries_;
  std::vector<std::string> keys_;
  std::vector<Reading> readings_;  // as the workers read them
  std::mutex rejudging_;  // one judging at a time: a slower one must not undo a newer one
  std::mutex mutex_;      // guards judged_
  std::vector<ReviewedDeposit> judged_;
};

}  // namespace verifact
