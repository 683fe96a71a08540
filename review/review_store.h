// ReviewStore: what validation staff add to a batch's ledger (DIR/verifact.db, its own tables):
// accounts, field corrections, decisions, and the audit trail of every change.
//
// Passwords are kept as libsodium's Argon2id strings (salted, slow on purpose). Every correction
// and decision writes its audit row in the same transaction: there is no change without its
// who, when, what, before and after. Thread-safe (one connection, serialised).
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "models/error.h"

struct sqlite3;

namespace verifact {

struct Decision {
  std::string key;       // deposit id
  std::string decision;  // "accepted" or "refused"
  std::string letter;    // the refusal letter as sent (empty when accepted)
  std::string user;
  std::string at;  // ISO 8601, UTC
};

struct AuditEntry {
  long long id = 0;
  std::string at, user, key, action, field, before, after;
};

class ReviewStore {
 public:
  // Opens (and if needed creates) the review tables of the ledger at `path`. Errors:
  // REVIEW_UNAVAILABLE.
  static Result<std::unique_ptr<ReviewStore>> Open(const std::string& path);
  ~ReviewStore();

  // Adds or replaces an account. Errors: USER_INVALID (empty name or password under 8
  // characters), REVIEW_UNAVAILABLE.
  Result<bool> SetUser(const std::string& name, const std::string& password);
  // Whether `password` is the account's. Takes the hash's time even for an unknown name, so
  // timing does not tell which names exist.
  bool CheckPassword(const std::string& name, const std::string& password);

  std::map<std::string, std::string> Corrections(const std::string& key);  // field → value
  // Records a corrected value (empty `value`: the correction is withdrawn), with its audit row.
  Result<bool> Correct(const std::string& key, const std::string& field, const std::string& before,
                       const std::string& value, const std::string& user);

  std::optional<Decision> DecisionOf(const std::string& key);
  std::vector<Decision> Decisions();  // every decision, oldest first
  // Records a decision (replacing an earlier one), with its audit rows: the verdict before and
  // after, and for a refusal the letter as generated (`letter_before`) and as sent.
  Result<bool> Decide(const Decision& decision, const std::string& verdict_before,
                      const std::string& letter_before);

  std::vector<AuditEntry> Audit(const std::string& key = "");  // newest first; one deposit's or all

 private:
  explicit ReviewStore(sqlite3* db) : db_(db) {}
  Result<bool> Exec(const std::string& sql, const std::vector<std::string>& args);
  std::vector<std::vector<std::string>> Query(const std::string& sql,
                                              const std::vector<std::string>& args);
  sqlite3* db_;
  std::mutex mutex_;
};

}  // namespace verifact
