// `verifact run` / `verifact broker`: the batch through ZeroMQ workers over the durable ledger.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include "extractors/sha256.h"
#include "models/result_json.h"
#include "workers/batch.h"
#include "workers/broker.h"
#include "workers/commands.h"
#include "workers/curve_keys.h"
#include "workers/file_bytes.h"
#include "workers/job_protocol.h"
#include "workers/ledger.h"
#include "workers/local_workers.h"
#include "workers/progress.h"
#include "workers/read_and_extract.h"

namespace verifact {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> interrupted{false};
extern "C" void OnInterrupt(int) { interrupted = true; }

std::string Wire(const ExtractionResult& r) {
  return ToJson(r, JsonForm::kWire).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The batch as the broker sees it: files read from the manifest's folder, readings checked
// before they are recorded, progress as they are.
class ManifestSource final : public BatchSource {
 public:
  ManifestSource(const BatchContext& context, std::map<std::string, const ManifestEntry*> entries)
      : context_(context), entries_(std::move(entries)) {}

  void Watch(Progress* progress) { progress_ = progress; }

  Payload Load(const LedgerRow& row) override {
    Payload p;
    if (row.file.empty()) {
      p.reading = "null";  // a manifest line that is not a deposit: nothing to read
      return p;
    }
    fs::path path = context_.base / row.file;
    std::error_code ec;
    auto size = fs::file_size(path, ec);
    auto over = ec ? std::nullopt
                   : CheckFileSize(static_cast<long long>(size), context_.extract.limits);
    if (over) {  // not sent: a worker would refuse it anyway
      p.size = static_cast<long long>(size);
      ExtractionResult r = UnreadableFile(row.file, *over);
      r.sha256 = Sha256FileHex(path.string());
      p.reading = Wire(r);
      return p;
    }
    auto bytes = ReadFileBytes(path.string());
    if (!bytes.ok()) {
      p.reading = Wire(UnreadableFile(row.file, bytes.error()));
      return p;
    }
    p.size = static_cast<long long>(bytes.value().size());
    p.bytes = std::move(bytes).value();
    return p;
  }

  bool Acceptable(const std::string& reading) override {
    auto j = nlohmann::json::parse(reading, nullptr, false);
    return !j.is_discarded() && FromJson(j).ok();
  }

  std::string QuarantineReading(const LedgerRow& row) override {
    ExtractionResult r = UnreadableFile(
        row.file, Error{"QUARANTINED", "set aside after " + std::to_string(row.failures) +
                                           " failed attempts to read it (last: " + row.reason +
                                           "); a person must look at it"});
    auto bytes = ReadFileBytes((context_.base / row.file).string());
    if (bytes.ok()) r.sha256 = Sha256Hex(bytes.value());
    return Wire(r);
  }

  void Recorded(const LedgerRow& row) override {
    if (!progress_) return;
    auto entry = entries_.find(row.key);
    Reading reading;
    auto parsed = FromJson(nlohmann::json::parse(row.reading, nullptr, false));
    if (parsed.ok()) reading.result = std::move(parsed).value();
    reading.bytes = row.bytes;
    Verdict v = entry == entries_.end() ? Verdict::kReview
                                        : JudgeAlone(context_, *entry->second, reading);
    progress_->Add(v, row.state == JobState::kQuarantined);
  }

 private:
  const BatchContext& context_;
  std::map<std::string, const ManifestEntry*> entries_;
  Progress* progress_ = nullptr;
};

std::string SelfPath() {
  std::error_code ec;
  auto p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? "verifact" : p.string();
}

// Writes `text` to `path` whole or not at all (temporary file, fsync, rename).
bool WriteAtomically(const fs::path& path, const std::string& text) {
  fs::path tmp = path;
  tmp += ".tmp";
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return false;
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = std::fflush(f) == 0 && ok;
  ok = fsync(fileno(f)) == 0 && ok;
  ok = std::fclose(f) == 0 && ok;
  std::error_code ec;
  if (ok) fs::rename(tmp, path, ec);
  return ok && !ec;
}

struct Tally {
  int accepted = 0, refused = 0, review = 0, quarantined = 0, errors = 0;
  std::map<std::string, int> codes;  // checks that weighed (refusal or review)
};

Tally Count(const std::vector<nlohmann::ordered_json>& results) {
  Tally t;
  for (const auto& r : results) {
    std::string verdict = r.value("verdict", "review");
    if (verdict == "accepted") ++t.accepted;
    if (verdict == "refused") ++t.refused;
    if (verdict == "review") ++t.review;
    if (r.contains("error") && r["error"].is_object()) {
      ++t.errors;
      if (r["error"].value("code", "") == "QUARANTINED") ++t.quarantined;
    }
    if (r.contains("checks") && r["checks"].is_array()) {
      for (const auto& c : r["checks"]) {
        if (c.value("severity", "") != "info") ++t.codes[c.value("code", "")];
      }
    }
  }
  return t;
}

}  // namespace

int RunBatch(const RunOptions& o, std::ostream& out, std::ostream& err) {
  if (!o.curve_secret.empty() && o.workers != 0) {
    err << "verifact: local workers do not hold CURVE keys; with --curve-secret use --workers 0 "
           "and start `verifact worker` with enrolled keys\n";
    return 2;
  }
  auto context = LoadBatchContext({o.deposits, o.proformas, o.registry, o.trusted_roots});
  if (!context.ok()) {
    err << "verifact: " << context.error().message << "\n";
    return 1;
  }
  auto manifest = ReadManifest(o.deposits);
  if (!manifest.ok()) {
    err << "verifact: " << manifest.error().message << " (check --deposits)\n";
    return 1;
  }
  const std::vector<ManifestEntry>& entries = manifest.value();
  std::error_code ec;
  fs::create_directories(o.out, ec);
  const fs::path dir(o.out);
  auto opened = Ledger::Open((dir / "verifact.db").string());
  if (!opened.ok()) {
    err << "verifact: " << opened.error().message << " (check --out)\n";
    return 1;
  }
  Ledger& ledger = *opened.value();
  BrokerOptions bo;
  bo.bind = o.bind.empty() ? "tcp://127.0.0.1:*" : o.bind;
  bo.heartbeat_ms = o.heartbeat_ms;
  bo.lease_ms = o.job_timeout_s * 1000;
  if (!o.curve_secret.empty()) {
    auto secret = ReadCurveKey(o.curve_secret);
    auto allowed = ReadAllowedKeys(o.allow_keys);
    if (!secret.ok() || !allowed.ok()) {
      err << "verifact: " << (secret.ok() ? allowed.error() : secret.error()).message
          << " (check --curve-secret / --allow-keys)\n";
      return 1;
    }
    bo.curve_secret = secret.value();
    bo.allowed_workers = allowed.value();
  }

  const std::vector<std::string> keys = LedgerKeys(entries);
  std::map<std::string, const ManifestEntry*> by_key;
  std::vector<Admission> admissions;
  for (size_t i = 0; i < entries.size(); ++i) {
    by_key[keys[i]] = &entries[i];
    admissions.push_back({keys[i], entries[i].line, entries[i].text,
                          entries[i].deposit.ok() ? entries[i].deposit.value().file : ""});
  }
  try {
    // Every deposit is in the ledger, durably, before any work starts; with what the batch is
    // judged against, for the review page.
    ledger.Begin();
    ledger.Admit(admissions);
    auto absolute = [](const std::string& p) {
      std::error_code e;
      return p.empty() ? p : fs::absolute(p, e).string();
    };
    ledger.SetMeta("deposits", absolute(o.deposits));
    ledger.SetMeta("proformas", absolute(o.proformas));
    ledger.SetMeta("registry", absolute(o.registry));
    ledger.SetMeta("trusted_roots", absolute(o.trusted_roots));
    ledger.Commit();
    ManifestSource source(context.value(), by_key);
    zmq::context_t zmq_context;
    auto broker = Broker::Create(zmq_context, ledger, source, bo);
    if (!broker.ok()) {
      err << "verifact: " << broker.error().message << " (check --bind)\n";
      return 1;
    }
    int todo = 0, done = 0;
    for (const LedgerRow& row : ledger.Rows()) {
      if (!by_key.count(row.key)) continue;
      if (row.state == JobState::kDone || row.state == JobState::kQuarantined) {
        ++done;
      } else {
        ++todo;
      }
    }
    int workers = o.workers < 0 ? static_cast<int>(std::max(1u, std::thread::hardware_concurrency()))
                                : o.workers;
    workers = std::min(workers, std::max(todo, 1));
    std::unique_ptr<LocalWorkers> pool;
    if (todo > 0 && workers > 0) {
      std::vector<std::string> argv = {
          o.worker_program.empty() ? SelfPath() : o.worker_program, "worker", "--local",
          "--connect", broker.value()->endpoint(), "--heartbeat-ms",
          std::to_string(o.heartbeat_ms), "--memory-mb", std::to_string(o.worker_memory_mb),
          "--cpu-s", std::to_string(o.job_timeout_s)};
      if (!o.trusted_roots.empty()) {
        argv.push_back("--trusted-roots");
        argv.push_back(o.trusted_roots);
      }
      pool = std::make_unique<LocalWorkers>(argv, workers, (dir / "workers.log").string());
      auto started = pool->Start();
      if (!started.ok()) {
        err << "verifact: " << started.error().message << "\n";
        return 1;
      }
    } else if (todo > 0) {
      err << "verifact: broker on " << broker.value()->endpoint()
          << "; waiting for `verifact worker --connect` workers\n";
    }
    if (todo == 0 && done > 0) err << "verifact: every deposit of " << o.out << " is done already\n";

    bool terminal = o.progress < 0 ? isatty(STDERR_FILENO) != 0 : o.progress == 1;
    Progress progress(err, terminal, todo + done, done);
    source.Watch(&progress);
    interrupted = false;
    struct sigaction action {};
    action.sa_handler = OnInterrupt;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    auto start = std::chrono::steady_clock::now();
    bool finished = true;
    if (todo > 0) finished = broker.value()->Run(interrupted, pool.get());
    if (pool) pool->Stop();
    progress.Finish();
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!finished && pool && !pool->Viable()) {
      err << "verifact: the worker processes keep dying as they start; see "
          << (dir / "workers.log").string() << "\n";
      return 1;
    }
    if (!finished) {
      LedgerCounts c = ledger.Counts();
      err << "verifact: stopped with " << c.queued + c.leased
          << " deposits left; run the same command again to resume\n";
      return 1;
    }

    // Every deposit has its reading: judge the batch as `check` does, from the ledger.
    std::map<std::string, LedgerRow> rows;
    for (LedgerRow& row : ledger.Rows()) rows[row.key] = std::move(row);
    std::vector<Reading> readings(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
      const LedgerRow& row = rows[keys[i]];
      readings[i].bytes = row.bytes;
      if (!entries[i].deposit.ok()) continue;
      auto parsed = FromJson(nlohmann::json::parse(row.reading, nullptr, false));
      readings[i].result = parsed.ok() ? std::move(parsed).value()
                                       : UnreadableFile(row.file, parsed.error());
    }
    std::vector<nlohmann::ordered_json> results =
        JudgeBatch(context.value(), entries, readings);
    std::string text;
    ledger.Begin();
    for (size_t i = 0; i < results.size(); ++i) {
      std::string line =
          results[i].dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
      ledger.SetResult(keys[i], line);
      text += line + '\n';
    }
    ledger.Commit();
    if (!WriteAtomically(dir / "results.jsonl", text)) {
      err << "verifact: cannot write " << (dir / "results.jsonl").string() << " (check --out)\n";
      return 1;
    }

    Tally t = Count(results);
    nlohmann::ordered_json summary = {
        {"deposits", results.size()},  {"accepted", t.accepted},
        {"refused", t.refused},        {"review", t.review},
        {"errors", t.errors},          {"quarantined", t.quarantined},
        {"read_this_run", todo},       {"seconds", std::round(seconds * 1000) / 1000},
        {"workers", pool ? workers : 0}, {"fenced_readings", broker.value()->fenced()},
        {"checks", t.codes},           {"results", "results.jsonl"}};
    if (!WriteAtomically(dir / "summary.json", summary.dump(2) + "\n")) {
      err << "verifact: cannot write " << (dir / "summary.json").string() << " (check --out)\n";
      return 1;
    }
    char line[160];
    std::snprintf(line, sizeof line, "verifact run: %zu deposits (%d read now, %.1f s)\n",
                  results.size(), todo, seconds);
    out << line;
    auto row = [&out](const char* label, int n) {
      char l[80];
      std::snprintf(l, sizeof l, "  %-13s %6d\n", label, n);
      out << l;
    };
    row("accepted", t.accepted);
    row("refused", t.refused);
    row("review", t.review);
    if (t.errors) row("with an error", t.errors);
    if (t.quarantined) row("quarantined", t.quarantined);
    if (!t.codes.empty()) {
      std::vector<std::pair<int, std::string>> top;
      for (const auto& [code, n] : t.codes) top.push_back({-n, code});
      std::sort(top.begin(), top.end());
      out << "  most frequent reasons:\n";
      for (size_t i = 0; i < top.size() && i < 5; ++i) {
        std::snprintf(line, sizeof line, "    %-28s %5d\n", top[i].second.c_str(), -top[i].first);
        out << line;
      }
    }
    out << "  results: " << (dir / "results.jsonl").string() << "\n";
    return 0;
  } catch (const LedgerError& e) {
    err << "verifact: the ledger failed: " << e.what() << " (check the disk under " << o.out
        << "; rerun to resume)\n";
    return 1;
  } catch (const zmq::error_t& e) {
    err << "verifact: ZeroMQ failed: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace verifact
