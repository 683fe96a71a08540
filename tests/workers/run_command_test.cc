// `verifact run`, the real binary with its worker processes: the same verdicts as `check`, one
// result per deposit, and nothing lost or done twice when a worker or the broker is killed
// with SIGKILL mid-batch and the batch is run again.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "workers/commands.h"
#include "workers/ledger.h"

extern char** environ;

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

fs::path Samples() { return fs::path(VERIFACT_SOURCE_DIR) / "samples/batch"; }

struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name) {
    path = fs::temp_directory_path() / ("verifact-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

// The sample batch `copies` times over (ids suffixed, files by absolute path), so a batch
// lasts long enough to be interrupted.
fs::path WriteManifest(const fs::path& dir, int copies) {
  std::ifstream in(Samples() / "deposits.jsonl");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  fs::path manifest = dir / "deposits.jsonl";
  std::ofstream out(manifest);
  for (int c = 1; c <= copies; ++c) {
    for (const std::string& line : lines) {
      json j = json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("id") && j.contains("file") && j["file"].is_string()) {
        j["id"] = j["id"].get<std::string>() + "-c" + std::to_string(c);
        j["file"] = (Samples() / j["file"].get<std::string>()).string();
        out << j.dump() << "\n";
      } else {
        out << line << "\n";  // the sample's broken lines stay broken
      }
    }
  }
  return manifest;
}

struct Child {
  pid_t pid = -1;
  int Wait() {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
};

// Starts the binary with `args`; stdout and stderr go to PREFIX.stdout and PREFIX.stderr.
Child Spawn(std::vector<std::string> args, const fs::path& prefix) {
  args.insert(args.begin(), VERIFACT_BINARY);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  std::string so = prefix.string() + ".stdout", se = prefix.string() + ".stderr";
  posix_spawn_file_actions_addopen(&actions, 1, so.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, se.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  Child c;
  REQUIRE(posix_spawn(&c.pid, argv[0], &actions, nullptr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&actions);
  return c;
}

std::vector<std::string> BatchArgs(const fs::path& manifest, const fs::path& out) {
  return {"--deposits", manifest.string(), "--proformas", (Samples() / "proformas.jsonl").string(),
          "--registry", (Samples() / "registry").string(), "--out", out.string(),
          "--heartbeat-ms", "200"};
}

// Starts `verifact run` on the manifest; its output goes to OUT.stdout and OUT.stderr.
Child StartRun(const fs::path& manifest, const fs::path& out, int workers) {
  std::vector<std::string> args = BatchArgs(manifest, out);
  args.insert(args.begin(), "run");
  args.push_back("--workers");
  args.push_back(std::to_string(workers));
  return Spawn(args, out);
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Deposits recorded so far, read through a connection of our own.
int Recorded(const fs::path& out) {
  if (!fs::exists(out / "verifact.db")) return 0;
  auto ledger = verifact::Ledger::Open((out / "verifact.db").string());
  if (!ledger.ok()) return 0;
  auto c = ledger.value()->Counts();
  return c.done + c.quarantined;
}

void WaitRecorded(const fs::path& out, int n) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (Recorded(out) < n && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  REQUIRE(Recorded(out) >= n);
}

// Running (a zombie waiting for its reaper counts as gone).
bool Alive(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return false;
  auto close = line.rfind(')');
  return close != std::string::npos && close + 2 < line.size() && line[close + 2] != 'Z';
}

std::vector<pid_t> ChildrenOf(pid_t pid) {
  std::vector<pid_t> out;
  for (const auto& entry : fs::directory_iterator("/proc")) {
    std::ifstream stat(entry.path() / "stat");
    std::string line;
    if (!std::getline(stat, line)) continue;
    // pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'.
    auto close = line.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream rest(line.substr(close + 2));
    char state;
    pid_t ppid;
    rest >> state >> ppid;
    if (ppid == pid && state != 'Z') out.push_back(std::stoi(entry.path().filename().string()));
  }
  return out;
}

// The results as comparable objects: what `run` and `check` both promise, timings aside.
std::vector<json> Results(const std::string& jsonl) {
  std::vector<json> out;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);) {
    json j = json::parse(line);
    j.erase("timings_ms");
    out.push_back(j);
  }
  return out;
}

std::vector<json> CheckResults(const fs::path& manifest) {
  verifact::CheckOptions o;
  o.deposits = manifest.string();
  o.proformas = (Samples() / "proformas.jsonl").string();
  o.registry = (Samples() / "registry").string();
  std::ostringstream out;
  REQUIRE(verifact::RunCheck(o, out, std::cerr) == 0);
  return Results(out.str());
}

void RequireSameAsCheck(const fs::path& out, const fs::path& manifest) {
  auto run = Results(Slurp(out / "results.jsonl"));
  auto check = CheckResults(manifest);
  REQUIRE(run.size() == check.size());
  for (size_t i = 0; i < run.size(); ++i) {
    INFO("line " << i + 1 << ": " << check[i].value("deposit_id", json()).dump());
    CHECK(run[i] == check[i]);
  }
}

}  // namespace

TEST_CASE("run: the sample batch through workers judges exactly as check", "[workers][run]") {
  TempDir tmp("run-same");
  fs::path manifest = WriteManifest(tmp.path, 1);
  Child run = StartRun(manifest, tmp.path / "out", 2);
  REQUIRE(run.Wait() == 0);
  RequireSameAsCheck(tmp.path / "out", manifest);
  json summary = json::parse(Slurp(tmp.path / "out/summary.json"));
  CHECK(summary["deposits"] == 30);
  CHECK(summary["accepted"].get<int>() + summary["refused"].get<int>() +
            summary["review"].get<int>() ==
        30);
  CHECK(Slurp(tmp.path / "out.stdout").find("verifact run: 30 deposits") != std::string::npos);

  // Run again: nothing is read twice, the results are the same bytes.
  std::string before = Slurp(tmp.path / "out/results.jsonl");
  Child again = StartRun(manifest, tmp.path / "out", 2);
  REQUIRE(again.Wait() == 0);
  CHECK(Slurp(tmp.path / "out/results.jsonl") == before);
  CHECK(Slurp(tmp.path / "out.stdout").find("(0 read now") != std::string::npos);
  auto ledger = verifact::Ledger::Open((tmp.path / "out/verifact.db").string());
  for (const auto& row : ledger.value()->Rows()) CHECK(row.attempt <= 1);
}

TEST_CASE("run: a worker killed mid-batch costs nothing", "[run][.slow]") {
  TempDir tmp("run-kill-worker");
  fs::path manifest = WriteManifest(tmp.path, 4);
  fs::path out = tmp.path / "out";
  Child run = StartRun(manifest, out, 2);
  WaitRecorded(out, 10);
  auto workers = ChildrenOf(run.pid);
  REQUIRE(!workers.empty());
  REQUIRE(kill(workers.front(), SIGKILL) == 0);
  REQUIRE(run.Wait() == 0);
  RequireSameAsCheck(out, manifest);
  auto ledger = verifact::Ledger::Open((out / "verifact.db").string());
  for (const auto& row : ledger.value()->Rows()) {
    CHECK(row.state == verifact::JobState::kDone);
    CHECK(row.failures <= 1);
  }
}

TEST_CASE("run: a broker killed mid-batch resumes where it stopped", "[run][.slow]") {
  TempDir tmp("run-kill-broker");
  fs::path manifest = WriteManifest(tmp.path, 4);
  fs::path out = tmp.path / "out";
  Child run = StartRun(manifest, out, 2);
  WaitRecorded(out, 10);
  auto workers = ChildrenOf(run.pid);
  REQUIRE(kill(run.pid, SIGKILL) == 0);
  run.Wait();
  int recorded = Recorded(out);
  CHECK(recorded < 120);
  CHECK_FALSE(fs::exists(out / "results.jsonl"));
  // Its workers end with it (PR_SET_PDEATHSIG): none is left reading.
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  for (pid_t w : workers) CHECK_FALSE(Alive(w));

  Child resume = StartRun(manifest, out, 2);
  REQUIRE(resume.Wait() == 0);
  RequireSameAsCheck(out, manifest);
  std::string stdout_text = Slurp(tmp.path / "out.stdout");
  // The second run read only what the first had not recorded.
  std::string expect = "(" + std::to_string(120 - recorded) + " read now";
  CHECK(stdout_text.find(expect) != std::string::npos);

  // And once more: nothing at all.
  Child again = StartRun(manifest, out, 2);
  REQUIRE(again.Wait() == 0);
  CHECK(Slurp(tmp.path / "out.stdout").find("(0 read now") != std::string::npos);
}

TEST_CASE("broker and worker: a remote worker with an enrolled CURVE key does the batch",
          "[workers][run][curve]") {
  TempDir tmp("run-remote");
  fs::path manifest = WriteManifest(tmp.path, 1);
  fs::path out = tmp.path / "out";
  fs::create_directories(tmp.path / "allowed");
  REQUIRE(Spawn({"keys", (tmp.path / "broker").string()}, tmp.path / "keys").Wait() == 0);
  REQUIRE(Spawn({"keys", (tmp.path / "allowed/w1").string()}, tmp.path / "keys").Wait() == 0);
  REQUIRE(fs::exists(tmp.path / "broker.key"));
  CHECK((fs::status(tmp.path / "broker.key").permissions() & fs::perms::others_read) ==
        fs::perms::none);
  std::vector<std::string> args = BatchArgs(manifest, out);
  args.insert(args.begin(), "broker");
  args.insert(args.end(), {"--bind", "tcp://127.0.0.1:*", "--curve-secret",
                           (tmp.path / "broker.key").string(), "--allow-keys",
                           (tmp.path / "allowed").string(), "--progress", "0"});
  Child broker = Spawn(args, out);
  // The broker says where it listens (the port ZeroMQ chose).
  std::string endpoint;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (endpoint.empty() && std::chrono::steady_clock::now() < deadline) {
    std::string text = Slurp(tmp.path / "out.stderr");
    auto at = text.find("broker on ");
    if (at != std::string::npos) {
      auto end = text.find(';', at);
      endpoint = text.substr(at + 10, end - at - 10);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  REQUIRE(endpoint.rfind("tcp://127.0.0.1:", 0) == 0);
  Child worker = Spawn({"worker", "--connect", endpoint, "--heartbeat-ms", "200",
                        "--curve-secret", (tmp.path / "allowed/w1.key").string(),
                        "--server-key", (tmp.path / "broker.pub").string()},
                       tmp.path / "worker");
  REQUIRE(broker.Wait() == 0);
  CHECK(worker.Wait() == 0);  // told STOP when the batch was over
  RequireSameAsCheck(out, manifest);
}

TEST_CASE("run: a file that outlives its workers three times is quarantined, not lost",
          "[workers][run]") {
  TempDir tmp("run-quarantine");
  fs::path manifest = tmp.path / "deposits.jsonl";
  fs::path samples = fs::path(VERIFACT_SOURCE_DIR) / "samples";
  {
    std::ofstream out(manifest);
    // A 3-page scan takes seconds of OCR; with a lease of one second every worker given it is
    // stopped, three times over. The invoice beside it must not suffer.
    out << json{{"id", "Q-1"}, {"file", (samples / "scans/scan-003.pdf").string()},
                {"funder", "akto"}, {"deposited_at", "2026-01-01"}}.dump()
        << "\n"
        << json{{"id", "Q-2"}, {"file", (samples / "invoices/inv-002.pdf").string()},
                {"funder", "akto"}, {"deposited_at", "2026-01-01"}}.dump()
        << "\n";
  }
  fs::path out = tmp.path / "out";
  std::vector<std::string> args = BatchArgs(manifest, out);
  args.insert(args.begin(), "run");
  args.insert(args.end(), {"--workers", "1", "--job-timeout", "1"});
  REQUIRE(Spawn(args, out).Wait() == 0);
  auto results = Results(Slurp(out / "results.jsonl"));
  REQUIRE(results.size() == 2);
  CHECK(results[0]["deposit_id"] == "Q-1");
  CHECK(results[0]["error"]["code"] == "QUARANTINED");
  CHECK(results[0]["verdict"] == "review");
  CHECK(results[0]["sha256"].is_string());
  CHECK(results[0]["checks"][0]["code"] == "READING_FAILED");
  CHECK(results[1]["deposit_id"] == "Q-2");
  CHECK(results[1]["error"].is_null());
  json summary = json::parse(Slurp(out / "summary.json"));
  CHECK(summary["quarantined"] == 1);
  auto ledger = verifact::Ledger::Open((out / "verifact.db").string());
  auto row = ledger.value()->Get("Q-1");
  CHECK(row->state == verifact::JobState::kQuarantined);
  CHECK(row->failures == 3);
  CHECK(row->reason.find("lease") != std::string::npos);
}
