#include "workers/sqlite_sirene.h"

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>

namespace verifact {
namespace {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StmtFinalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;
using StmtPtr = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

class SqliteSireneIndex final : public SireneIndex {
 public:
  SqliteSireneIndex(DbPtr db, StmtPtr find) : db_(std::move(db)), find_(std::move(find)) {}

  SiretState Find(const std::string& siret) const override {
    if (siret.size() != 14) return SiretState::kUnknown;
    uint64_t key = 0;
    for (char d : siret) {
      if (d < '0' || d > '9') return SiretState::kUnknown;
      key = key * 10 + static_cast<uint64_t>(d - '0');
    }
    // One prepared statement, reused: the lock is held for the few microseconds of a lookup.
    std::lock_guard<std::mutex> lock(mutex_);
    sqlite3_reset(find_.get());
    sqlite3_bind_int64(find_.get(), 1, static_cast<sqlite3_int64>(key));
    if (sqlite3_step(find_.get()) != SQLITE_ROW) return SiretState::kUnknown;
    return sqlite3_column_int(find_.get(), 0) ? SiretState::kActive : SiretState::kClosed;
  }

 private:
  DbPtr db_;
  StmtPtr find_;
  mutable std::mutex mutex_;
};

Error DbError(const char* code, sqlite3* db, const std::string& what) {
  return Error{code, what + ": " + (db ? sqlite3_errmsg(db) : "cannot open")};
}

}  // namespace

Result<std::shared_ptr<const SireneIndex>> OpenSireneIndex(const std::string& db_path) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(db_path.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  DbPtr db(raw);
  if (rc != SQLITE_OK) return DbError("REGISTRY_UNREADABLE", db.get(), db_path);
  // Memory-mapped pages and a large cache: a lookup then touches no system call.
  sqlite3_exec(db.get(), "PRAGMA mmap_size=1073741824; PRAGMA cache_size=-65536;", nullptr,
               nullptr, nullptr);
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db.get(), "SELECT active FROM establishment WHERE siret = ?", -1, &stmt,
                         nullptr) != SQLITE_OK) {
    return DbError("REGISTRY_UNREADABLE", db.get(), db_path + " is not a SIRENE index");
  }
  return std::shared_ptr<const SireneIndex>(
      std::make_shared<SqliteSireneIndex>(std::move(db), StmtPtr(stmt)));
}

Result<long long> ImportSirene(const std::string& csv_path, const std::string& db_path,
                               const std::function<void(long long, long long)>& progress) {
  std::ifstream in(csv_path, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line)) {
    return Error{"REGISTRY_UNREADABLE", csv_path + " cannot be read"};
  }
  const SireneColumns columns = SireneColumns::FromHeader(line);
  if (columns.siret < 0 || columns.state < 0) {
    return Error{"REGISTRY_UNREADABLE",
                 csv_path + " needs siret and etatAdministratifEtablissement columns"};
  }
  // Written beside the target and renamed at the end: a reader never sees half an index.
  const std::string tmp = db_path + ".importing";
  std::remove(tmp.c_str());
  sqlite3* raw = nullptr;
  DbPtr db(sqlite3_open(tmp.c_str(), &raw) == SQLITE_OK ? raw : (sqlite3_close(raw), nullptr));
  if (!db) return Error{"REGISTRY_WRITE_FAILED", tmp + " cannot be created"};
  // A throw-away file until the rename: no journal, no sync; one transaction.
  const char* setup =
      "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;"
      "CREATE TABLE establishment(siret INTEGER PRIMARY KEY, active INTEGER NOT NULL)"
      " WITHOUT ROWID; BEGIN;";
  if (sqlite3_exec(db.get(), setup, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return DbError("REGISTRY_WRITE_FAILED", db.get(), tmp);
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db.get(), "INSERT OR REPLACE INTO establishment VALUES (?, ?)", -1,
                         &stmt, nullptr) != SQLITE_OK) {
    return DbError("REGISTRY_WRITE_FAILED", db.get(), tmp);
  }
  StmtPtr insert(stmt);
  long long rows = 0;
  long long bytes = static_cast<long long>(line.size()) + 1;
  uint64_t siret = 0;
  bool active = false;
  while (std::getline(in, line)) {
    bytes += static_cast<long long>(line.size()) + 1;
    if (!ReadSireneLine(line, columns, &siret, &active)) continue;
    sqlite3_bind_int64(insert.get(), 1, static_cast<sqlite3_int64>(siret));
    sqlite3_bind_int(insert.get(), 2, active ? 1 : 0);
    if (sqlite3_step(insert.get()) != SQLITE_DONE) {
      return DbError("REGISTRY_WRITE_FAILED", db.get(), tmp);
    }
    sqlite3_reset(insert.get());
    if (++rows % 500000 == 0 && progress) progress(rows, bytes);
  }
  insert.reset();
  if (sqlite3_exec(db.get(), "COMMIT;", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return DbError("REGISTRY_WRITE_FAILED", db.get(), tmp);
  }
  db.reset();
  std::error_code ec;
  std::filesystem::rename(tmp, db_path, ec);
  if (ec) return Error{"REGISTRY_WRITE_FAILED", db_path + ": " + ec.message()};
  if (progress) progress(rows, bytes);
  return rows;
}

}  // namespace verifact
