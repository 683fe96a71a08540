#include "workers/ledger.h"

#include <sqlite3.h>

namespace verifact {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS deposits (
  key      TEXT PRIMARY KEY,
  line     INTEGER NOT NULL,
  spec     TEXT NOT NULL,
  file     TEXT NOT NULL,
  state    TEXT NOT NULL CHECK (state IN ('queued', 'leased', 'done', 'quarantined')),
  attempt  INTEGER NOT NULL DEFAULT 0,
  failures INTEGER NOT NULL DEFAULT 0,
  worker   TEXT,
  deadline INTEGER,
  reason   TEXT NOT NULL DEFAULT '',
  reading  TEXT,
  bytes    INTEGER NOT NULL DEFAULT 0,
  result   TEXT,
  updated  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS deposits_queue ON deposits (state, line);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql";

JobState StateFrom(const unsigned char* text) {
  std::string s = text ? reinterpret_cast<const char*>(text) : "";
  if (s == "leased") return JobState::kLeased;
  if (s == "done") return JobState::kDone;
  if (s == "quarantined") return JobState::kQuarantined;
  return JobState::kQueued;
}

std::string Text(sqlite3_stmt* s, int column) {
  const unsigned char* t = sqlite3_column_text(s, column);
  return t ? reinterpret_cast<const char*>(t) : "";
}

}  // namespace

const char* JobStateName(JobState state) {
  switch (state) {
    case JobState::kQueued:
      return "queued";
    case JobState::kLeased:
      return "leased";
    case JobState::kDone:
      return "done";
    case JobState::kQuarantined:
      return "quarantined";
  }
  return "queued";
}

// One prepared statement, reset and rebound for each use.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s_, nullptr) != SQLITE_OK) {
      throw LedgerError(std::string("ledger: ") + sqlite3_errmsg(db));
    }
  }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Binds the arguments in order and leaves the statement ready to step.
  template <typename... Args>
  Stmt& Bind(const Args&... args) {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
    int i = 0;
    (BindOne(++i, args), ...);
    return *this;
  }
  bool Row() {  // true while rows come
    int rc = sqlite3_step(s_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) throw LedgerError(std::string("ledger: ") + sqlite3_errmsg(db_));
    return false;
  }
  int Run() {  // executes; returns the rows changed
    while (Row()) {
    }
    return sqlite3_changes(db_);
  }
  sqlite3_stmt* get() { return s_; }

 private:
  void BindOne(int i, const std::string& v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void BindOne(int i, const char* v) { sqlite3_bind_text(s_, i, v, -1, SQLITE_TRANSIENT); }
  void BindOne(int i, long long v) { sqlite3_bind_int64(s_, i, v); }
  void BindOne(int i, int v) { sqlite3_bind_int(s_, i, v); }

  sqlite3* db_;
  sqlite3_stmt* s_ = nullptr;
};

#define ROW_COLUMNS "key, line, spec, file, state, attempt, failures, reason, reading, bytes, result"

struct Ledger::Statements {
  explicit Statements(sqlite3* db)
      : find(db, "SELECT " ROW_COLUMNS " FROM deposits WHERE key = ?"),
        all(db, "SELECT " ROW_COLUMNS " FROM deposits ORDER BY line, key"),
        insert(db, "INSERT INTO deposits (key, line, spec, file, state) VALUES (?, ?, ?, ?, "
                   "'queued')"),
        respec(db, "UPDATE deposits SET spec = ?, line = ? WHERE key = ?"),
        requeue_changed(db,
                        "UPDATE deposits SET spec = ?, line = ?, file = ?, state = 'queued', "
                        "failures = 0, reason = '', reading = NULL, result = NULL, worker = NULL, "
                        "deadline = NULL, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                        "WHERE key = ?"),
        recover(db, "UPDATE deposits SET state = 'queued', worker = NULL, deadline = NULL "
                    "WHERE state = 'leased'"),
        next(db, "SELECT key FROM deposits WHERE state = 'queued' ORDER BY line LIMIT 1"),
        lease(db, "UPDATE deposits SET state = 'leased', attempt = attempt + 1, worker = ?, "
                  "deadline = ?, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE key = ?"),
        complete(db, "UPDATE deposits SET state = 'done', reading = ?, bytes = ?, worker = NULL, "
                     "deadline = NULL, result = NULL, "
                     "updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                     "WHERE key = ? AND state = 'leased' AND attempt = ?"),
        fail(db, "UPDATE deposits SET failures = failures + 1, reason = ?, worker = NULL, "
                 "deadline = NULL, state = CASE WHEN failures + 1 >= ? THEN 'quarantined' "
                 "ELSE 'queued' END, updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                 "WHERE key = ? AND state = 'leased' AND attempt = ?"),
        release(db, "UPDATE deposits SET state = 'queued', worker = NULL, deadline = NULL "
                    "WHERE key = ? AND state = 'leased' AND attempt = ?"),
        set_reading(db, "UPDATE deposits SET reading = ?, bytes = ? WHERE key = ?"),
        expired(db, "SELECT key, attempt, worker FROM deposits WHERE state = 'leased' AND "
                    "deadline < ?"),
        set_result(db, "UPDATE deposits SET result = ? WHERE key = ?"),
        counts(db, "SELECT state, count(*) FROM deposits GROUP BY state"),
        set_meta(db, "INSERT INTO meta (name, value) VALUES (?, ?) "
                     "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
        meta(db, "SELECT value FROM meta WHERE name = ?"),
        begin(db, "BEGIN IMMEDIATE"),
        commit(db, "COMMIT") {}

  Stmt find, all, insert, respec, requeue_changed, recover, next, lease, complete, fail,
      release, set_reading, expired, set_result, counts, set_meta, meta, begin, commit;
};

namespace {

LedgerRow ReadRow(Stmt& s) {
  sqlite3_stmt* q = s.get();
  LedgerRow r;
  r.key = Text(q, 0);
  r.line = sqlite3_column_int(q, 1);
  r.spec = Text(q, 2);
  r.file = Text(q, 3);
  r.state = StateFrom(sqlite3_column_text(q, 4));
  r.attempt = sqlite3_column_int(q, 5);
  r.failures = sqlite3_column_int(q, 6);
  r.reason = Text(q, 7);
  r.reading = Text(q, 8);
  r.bytes = sqlite3_column_int64(q, 9);
  r.result = Text(q, 10);
  return r;
}

}  // namespace

Result<std::unique_ptr<Ledger>> Ledger::Open(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  auto fail = [&db, &path](const std::string& what) -> Error {
    Error e{"LEDGER_UNAVAILABLE", "cannot use the ledger " + path + " (" + what + ")"};
    sqlite3_close(db);
    return e;
  };
  if (rc != SQLITE_OK) return fail(db ? sqlite3_errmsg(db) : "cannot open");
  sqlite3_busy_timeout(db, 5000);
  // WAL lets the review page read while the broker writes; synchronous=FULL makes a commit
  // durable before the broker acknowledges anything that rests on it.
  char* message = nullptr;
  if (sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr,
                   &message) != SQLITE_OK ||
      sqlite3_exec(db, kSchema, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string why = message ? message : sqlite3_errmsg(db);
    sqlite3_free(message);
    return fail(why);
  }
  try {
    return std::unique_ptr<Ledger>(new Ledger(db));
  } catch (const LedgerError& e) {
    return fail(e.what());
  }
}

Ledger::Ledger(sqlite3* db) : db_(db), st_(std::make_unique<Statements>(db)) {}

Ledger::~Ledger() {
  if (in_transaction_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  st_.reset();
  sqlite3_close(db_);
}

void Ledger::Begin() {
  if (in_transaction_) return;
  st_->begin.Bind().Run();
  in_transaction_ = true;
}

void Ledger::Commit() {
  if (!in_transaction_) return;
  st_->commit.Bind().Run();
  in_transaction_ = false;
}

int Ledger::Admit(const std::vector<Admission>& lines) {
  bool own = !in_transaction_;
  Begin();
  int changed = 0;
  for (const Admission& a : lines) {
    auto known = Get(a.key);
    if (!known) {
      st_->insert.Bind(a.key, a.line, a.spec, a.file).Run();
      ++changed;
    } else if (known->file != a.file) {
      st_->requeue_changed.Bind(a.spec, a.line, a.file, a.key).Run();
      ++changed;
    } else if (known->spec != a.spec || known->line != a.line) {
      st_->respec.Bind(a.spec, a.line, a.key).Run();
    }
  }
  if (own) Commit();
  return changed;
}

int Ledger::RecoverLeases() { return st_->recover.Bind().Run(); }

std::optional<LedgerRow> Ledger::LeaseNext(const std::string& worker, long long deadline_ms) {
  Stmt& next = st_->next.Bind();
  if (!next.Row()) return std::nullopt;
  std::string key = Text(next.get(), 0);
  sqlite3_reset(next.get());
  st_->lease.Bind(worker, deadline_ms, key).Run();
  return Get(key);
}

bool Ledger::Complete(const std::string& key, int attempt, const std::string& reading,
                      long long bytes) {
  return st_->complete.Bind(reading, bytes, key, attempt).Run() == 1;
}

std::optional<JobState> Ledger::Fail(const std::string& key, int attempt,
                                     const std::string& reason, int max_failures) {
  if (st_->fail.Bind(reason, max_failures, key, attempt).Run() != 1) return std::nullopt;
  return Get(key)->state;
}

bool Ledger::Release(const std::string& key, int attempt) {
  return st_->release.Bind(key, attempt).Run() == 1;
}

void Ledger::SetReading(const std::string& key, const std::string& reading, long long bytes) {
  st_->set_reading.Bind(reading, bytes, key).Run();
}

std::vector<Ledger::Lease> Ledger::ExpiredLeases(long long now_ms) {
  std::vector<Lease> out;
  Stmt& s = st_->expired.Bind(now_ms);
  while (s.Row()) {
    out.push_back({Text(s.get(), 0), sqlite3_column_int(s.get(), 1), Text(s.get(), 2)});
  }
  return out;
}

std::optional<LedgerRow> Ledger::Get(const std::string& key) {
  Stmt& s = st_->find.Bind(key);
  if (!s.Row()) return std::nullopt;
  LedgerRow row = ReadRow(s);
  sqlite3_reset(s.get());
  return row;
}

std::vector<LedgerRow> Ledger::Rows() {
  std::vector<LedgerRow> out;
  Stmt& s = st_->all.Bind();
  while (s.Row()) out.push_back(ReadRow(s));
  return out;
}

void Ledger::SetResult(const std::string& key, const std::string& result) {
  st_->set_result.Bind(result, key).Run();
}

void Ledger::SetMeta(const std::string& name, const std::string& value) {
  st_->set_meta.Bind(name, value).Run();
}

std::string Ledger::Meta(const std::string& name) {
  Stmt& s = st_->meta.Bind(name);
  std::string value = s.Row() ? Text(s.get(), 0) : "";
  sqlite3_reset(s.get());
  return value;
}

LedgerCounts Ledger::Counts() {
  LedgerCounts c;
  Stmt& s = st_->counts.Bind();
  while (s.Row()) {
    int n = sqlite3_column_int(s.get(), 1);
    switch (StateFrom(sqlite3_column_text(s.get(), 0))) {
      case JobState::kQueued:
        c.queued = n;
        break;
      case JobState::kLeased:
        c.leased = n;
        break;
      case JobState::kDone:
        c.done = n;
        break;
      case JobState::kQuarantined:
        c.quarantined = n;
        break;
    }
  }
  return c;
}

}  // namespace verifact
