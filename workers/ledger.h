// Ledger: the durable record of a batch in DIR/verifact.db (SQLite, WAL, synchronous=FULL), one
// row per deposit keyed by its id. The broker is its only writer; the review page reads it.
//
// States: queued → leased (attempt n, worker, deadline) → done | queued again | quarantined.
// `attempt` is the fencing token: it grows at every lease, and only the holder of the current
// lease can complete or fail the row, so a late answer from a worker presumed dead changes
// nothing. `failures` counts the workers a deposit killed or hung; a broker that stopped is
// not the file's fault and counts nothing.
//
// SQLite failures (disk full, file locked by another run) throw LedgerError: the batch cannot
// go on without its record, and `run` reports them as faults.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "models/error.h"

struct sqlite3;

namespace verifact {

struct LedgerError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

enum class JobState { kQueued, kLeased, kDone, kQuarantined };
const char* JobStateName(JobState state);  // "queued", "leased", "done", "quarantined"

// A manifest line as the ledger admits it.
struct Admission {
  std::string key;   // the deposit id; "line:N" for a line that is not a deposit
  int line = 0;      // manifest line, for order
  std::string spec;  // the line as written
  std::string file;  // the deposit's file as written; empty for a line that is not a deposit
};

struct LedgerRow {
  std::string key;
  int line = 0;
  std::string spec;
  std::string file;
  JobState state = JobState::kQueued;
  int attempt = 0;
  int failures = 0;
  std::string reason;   // why the last attempts failed; empty if none did
  std::string reading;  // the worker's reading (wire JSON) once done
  long long bytes = 0;  // the file's size as the broker read it
  std::string result;   // the judged contract object, once the batch is judged
};

struct LedgerCounts {
  int queued = 0, leased = 0, done = 0, quarantined = 0;
  int total() const { return queued + leased + done + quarantined; }
};

class Ledger {
 public:
  // Opens or creates the ledger; Error LEDGER_UNAVAILABLE with SQLite's reason otherwise.
  static Result<std::unique_ptr<Ledger>> Open(const std::string& path);
  ~Ledger();
  Ledger(const Ledger&) = delete;
  Ledger& operator=(const Ledger&) = delete;

  // Groups the writes between them into one durable commit (the broker commits once per turn
  // of its loop, before it answers anyone). Without Begin each write commits alone.
  void Begin();
  void Commit();

  // Adds the lines not yet known, queued. A known key keeps its state and reading unless its
  // file changed (then it is read again); a changed spec is updated, since judging reads it.
  // Returns how many rows were added or queued again.
  int Admit(const std::vector<Admission>& lines);

  // Rows a stopped broker left leased go back to the queue (returns how many).
  int RecoverLeases();

  // The queued row with the lowest line, leased to `worker` until `deadline_ms` (epoch ms).
  // Returns the row (with its new attempt), or nothing when the queue is empty.
  std::optional<LedgerRow> LeaseNext(const std::string& worker, long long deadline_ms);

  // Records the reading of lease (key, attempt). False, changing nothing, when that lease is
  // no longer current (fenced): the deposit was given to another worker or finished.
  bool Complete(const std::string& key, int attempt, const std::string& reading,
                long long bytes);

  // Lease (key, attempt) failed (worker died, hung): back to the queue, or quarantined once
  // `max_failures` workers failed on it. Returns the new state, or nothing when fenced.
  std::optional<JobState> Fail(const std::string& key, int attempt, const std::string& reason,
                               int max_failures);

  // Lease (key, attempt) given back unread (its worker left politely): queued again, no
  // failure counted. False when fenced.
  bool Release(const std::string& key, int attempt);

  // Sets a quarantined row's reading (the error result the batch reports for it).
  void SetReading(const std::string& key, const std::string& reading, long long bytes);

  // Leases whose deadline passed, as (key, attempt, worker).
  struct Lease {
    std::string key;
    int attempt = 0;
    std::string worker;
  };
  std::vector<Lease> ExpiredLeases(long long now_ms);

  // What the batch was run with (manifest, pro formas, registry, roots), for those who open
  // the ledger later (the review page judges corrections with it).
  void SetMeta(const std::string& name, const std::string& value);
  std::string Meta(const std::string& name);  // empty when never set

  // The SQLite connection, for modules that keep their own tables in the same file (review).
  sqlite3* db() { return db_; }

  std::optional<LedgerRow> Get(const std::string& key);
  std::vector<LedgerRow> Rows();  // every row, by line
  void SetResult(const std::string& key, const std::string& result);
  LedgerCounts Counts();

 private:
  explicit Ledger(sqlite3* db);
  struct Statements;
  sqlite3* db_;
  std::unique_ptr<Statements> st_;
  bool in_transaction_ = false;
};

}  // namespace verifact
