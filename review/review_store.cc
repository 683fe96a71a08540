#include "review/review_store.h"

#include <sodium.h>
#include <sqlite3.h>

namespace verifact {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS review_users (
  name TEXT PRIMARY KEY, hash TEXT NOT NULL,
  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE TABLE IF NOT EXISTS review_corrections (
  key TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (key, field));
CREATE TABLE IF NOT EXISTS review_decisions (
  key TEXT PRIMARY KEY, decision TEXT NOT NULL CHECK (decision IN ('accepted', 'refused')),
  letter TEXT NOT NULL, user TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS review_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  user TEXT NOT NULL, key TEXT NOT NULL, action TEXT NOT NULL, field TEXT NOT NULL,
  before TEXT NOT NULL, after TEXT NOT NULL);
)sql";

}  // namespace

Result<std::unique_ptr<ReviewStore>> ReviewStore::Open(const std::string& path) {
  if (sodium_init() < 0) return Error{"REVIEW_UNAVAILABLE", "libsodium cannot start"};
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    std::string why = db ? sqlite3_errmsg(db) : "cannot open";
    sqlite3_close(db);
    return Error{"REVIEW_UNAVAILABLE", "cannot open " + path + " (" + why +
                                           "): run `verifact run --out` on this folder first"};
  }
  sqlite3_busy_timeout(db, 5000);
  char* message = nullptr;
  if (sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr,
                   nullptr) != SQLITE_OK ||
      sqlite3_exec(db, kSchema, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string why = message ? message : sqlite3_errmsg(db);
    sqlite3_free(message);
    sqlite3_close(db);
    return Error{"REVIEW_UNAVAILABLE", "cannot prepare " + path + " (" + why + ")"};
  }
  return std::unique_ptr<ReviewStore>(new ReviewStore(db));
}

ReviewStore::~ReviewStore() { sqlite3_close(db_); }

Result<bool> ReviewStore::Exec(const std::string& sql, const std::vector<std::string>& args) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
    return Error{"REVIEW_UNAVAILABLE", sqlite3_errmsg(db_)};
  }
  for (size_t i = 0; i < args.size(); ++i) {
    sqlite3_bind_text(s, static_cast<int>(i + 1), args[i].data(),
                      static_cast<int>(args[i].size()), SQLITE_TRANSIENT);
  }
  int rc = sqlite3_step(s);
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
    return Error{"REVIEW_UNAVAILABLE", sqlite3_errmsg(db_)};
  }
  return true;
}

std::vector<std::vector<std::string>> ReviewStore::Query(const std::string& sql,
                                                         const std::vector<std::string>& args) {
  std::vector<std::vector<std::string>> rows;
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) return rows;
  for (size_t i = 0; i < args.size(); ++i) {
    sqlite3_bind_text(s, static_cast<int>(i + 1), args[i].data(),
                      static_cast<int>(args[i].size()), SQLITE_TRANSIENT);
  }
  while (sqlite3_step(s) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int c = 0; c < sqlite3_column_count(s); ++c) {
      const unsigned char* t = sqlite3_column_text(s, c);
      row.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
    }
    rows.push_back(std::move(row));
  }
  sqlite3_finalize(s);
  return rows;
}

Result<bool> ReviewStore::SetUser(const std::string& name, const std::string& password) {
  if (name.empty() || name.size() > 64) return Error{"USER_INVALID", "a name of 1 to 64 characters"};
  if (password.size() < 8) return Error{"USER_INVALID", "a password of at least 8 characters"};
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Error{"REVIEW_UNAVAILABLE", "not enough memory to hash the password"};
  }
  std::lock_guard<std::mutex> lock(mutex_);
  return Exec("INSERT INTO review_users (name, hash) VALUES (?, ?) "
              "ON CONFLICT (name) DO UPDATE SET hash = excluded.hash",
              {name, hash});
}

bool ReviewStore::CheckPassword(const std::string& name, const std::string& password) {
  std::vector<std::vector<std::string>> rows;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    rows = Query("SELECT hash FROM review_users WHERE name = ?", {name});
  }
  // An unknown name is checked against a hash of nothing, so it costs the same time.
  static const std::string kDummy = [] {
    char h[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(h, "x", 1, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
      return std::string();  // verify then fails, as it must for an unknown name
    }
    return std::string(h);
  }();
  const std::string& hash = rows.empty() ? kDummy : rows[0][0];
  bool match = crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
  return match && !rows.empty();
}

std::map<std::string, std::string> ReviewStore::Corrections(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::map<std::string, std::string> out;
  for (auto& row : Query("SELECT field, value FROM review_corrections WHERE key = ?", {key})) {
    out[row[0]] = row[1];
  }
  return out;
}

Result<bool> ReviewStore::Correct(const std::string& key, const std::string& field,
                                  const std::string& before, const std::string& value,
                                  const std::string& user) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto begin = Exec("BEGIN IMMEDIATE", {});
  if (!begin.ok()) return begin;
  auto changed = value.empty()
                     ? Exec("DELETE FROM review_corrections WHERE key = ? AND field = ?",
                            {key, field})
                     : Exec("INSERT INTO review_corrections (key, field, value) VALUES (?, ?, ?) "
                            "ON CONFLICT (key, field) DO UPDATE SET value = excluded.value",
                            {key, field, value});
  auto audited = Exec("INSERT INTO review_audit (user, key, action, field, before, after) "
                      "VALUES (?, ?, 'correct', ?, ?, ?)",
                      {user, key, field, before, value});
  if (!changed.ok() || !audited.ok()) {
    Exec("ROLLBACK", {});
    return changed.ok() ? audited : changed;
  }
  return Exec("COMMIT", {});
}

std::optional<Decision> ReviewStore::DecisionOf(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto rows = Query("SELECT key, decision, letter, user, at FROM review_decisions WHERE key = ?",
                    {key});
  if (rows.empty()) return std::nullopt;
  return Decision{rows[0][0], rows[0][1], rows[0][2], rows[0][3], rows[0][4]};
}

std::vector<Decision> ReviewStore::Decisions() {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<Decision> out;
  for (auto& r : Query("SELECT key, decision, letter, user, at FROM review_decisions "
                       "ORDER BY at, key",
                       {})) {
    out.push_back({r[0], r[1], r[2], r[3], r[4]});
  }
  return out;
}

Result<bool> ReviewStore::Decide(const Decision& d, const std::string& verdict_before,
                                 const std::string& letter_before) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto begin = Exec("BEGIN IMMEDIATE", {});
  if (!begin.ok()) return begin;
  auto previous = Query("SELECT decision FROM review_decisions WHERE key = ?", {d.key});
  std::string before = previous.empty() ? verdict_before : previous[0][0];
  auto saved = Exec("INSERT INTO review_decisions (key, decision, letter, user, at) "
                    "VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) "
                    "ON CONFLICT (key) DO UPDATE SET decision = excluded.decision, "
                    "letter = excluded.letter, user = excluded.user, at = excluded.at",
                    {d.key, d.decision, d.letter, d.user});
  auto audited = Exec("INSERT INTO review_audit (user, key, action, field, before, after) "
                      "VALUES (?, ?, 'decide', 'verdict', ?, ?)",
                      {d.user, d.key, before, d.decision});
  bool letter_ok = true;
  if (saved.ok() && audited.ok() && d.decision == "refused") {
    letter_ok = Exec("INSERT INTO review_audit (user, key, action, field, before, after) "
                     "VALUES (?, ?, 'letter', 'refusal_letter', ?, ?)",
                     {d.user, d.key, letter_before, d.letter})
                    .ok();
  }
  if (!saved.ok() || !audited.ok() || !letter_ok) {
    Exec("ROLLBACK", {});
    return Error{"REVIEW_UNAVAILABLE", "the decision could not be recorded"};
  }
  return Exec("COMMIT", {});
}

std::vector<AuditEntry> ReviewStore::Audit(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<AuditEntry> out;
  std::string sql = "SELECT id, at, user, key, action, field, before, after FROM review_audit";
  if (!key.empty()) sql += " WHERE key = ?";
  sql += " ORDER BY id DESC";
  for (auto& r : Query(sql, key.empty() ? std::vector<std::string>{} : std::vector{key})) {
    out.push_back({std::stoll(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7]});
  }
  return out;
}

}  // namespace verifact
