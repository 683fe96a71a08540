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

// Starts `verifact run` on the manifest; stdout and stderr go to files in `out`.
Child StartRun(const fs::path& manifest, const fs::path& out, int workers) {
  std::vector<std::string> args = {VERIFACT_BINARY,
                                   "run",
                                   "--deposits",
                                   manifest.string(),
                                   "--proformas",
                                   (Samples() / "proformas.jsonl").string(),
                                   "--registry",
                                   (Samples() / "registry").string(),
                                   "--out",
                                   out.string(),
                                   "--workers",
                                   std::to_string(workers),
                                   "--heartbeat-ms",
                                   "200"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  fs::create_directories(out);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  std::string so = (out.parent_path() / (out.filename().string() + ".stdout")).string();
  std::string se = (out.parent_path() / (out.filename().string() + ".stderr")).string();
  posix_spawn_file_actions_addopen(&actions, 1, so.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, se.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  Child c;
  REQUIRE(posix_spawn(&c.pid, argv[0], &actions, nullptr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&actions);
  return c;
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
