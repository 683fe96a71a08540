// The held-out hostile uploads (tests/data/hostile, written by a helper who never read this
// code; make_hostile.py, MANIFEST.tsv): each, read alone by the real binary, gives exactly one
// result line and exit status 0, with an error where MANIFEST says the file is not an invoice
// and none where it is a legitimate one. Time and memory are measured, not asserted here:
// tests/data/hostile/run_hostile.py reports them against the 30 s / 1.5 GB targets.
#include <spawn.h>
#include <sys/wait.h>
#include <fcntl.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

extern char** environ;

namespace fs = std::filesystem;

namespace {

struct Case {
  std::string name, expect;
};

struct Outcome {
  int status = -1;
  std::vector<std::string> lines;
};

Outcome Extract(const fs::path& file, const fs::path& out) {
  std::vector<std::string> args = {VERIFACT_BINARY, "extract", file.string()};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  Outcome o;
  pid_t pid = -1;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
    int status = 0;
    waitpid(pid, &status, 0);
    o.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  posix_spawn_file_actions_destroy(&actions);
  std::ifstream in(out);
  for (std::string line; std::getline(in, line);) o.lines.push_back(line);
  return o;
}

}  // namespace

TEST_CASE("hostile uploads: one clear result each, never a crash", "[workers][hostile][.slow]") {
  const fs::path dir = fs::path(VERIFACT_SOURCE_DIR) / "tests/data/hostile";
  std::vector<Case> cases;
  std::ifstream manifest(dir / "MANIFEST.tsv");
  for (std::string line; std::getline(manifest, line);) {
    std::istringstream fields(line);
    Case c;
    std::getline(fields, c.name, '\t');
    std::getline(fields, c.expect, '\t');
    if (c.name.empty() || c.name[0] == '#' || c.name == "name") continue;
    cases.push_back(c);
  }
  REQUIRE(cases.size() >= 60);
  std::vector<Outcome> outcomes(cases.size());
  std::atomic<size_t> next{0};
  const fs::path tmp = fs::temp_directory_path() / ("verifact-hostile-" + std::to_string(::getpid()));
  fs::create_directories(tmp);
  auto work = [&] {
    for (size_t i; (i = next++) < cases.size();) {
      outcomes[i] = Extract(dir / cases[i].name, tmp / (cases[i].name + ".out"));
    }
  };
  std::thread a(work), b(work);  // two at a time: the slow ones wait out their deadline
  a.join();
  b.join();
  fs::remove_all(tmp);
  for (size_t i = 0; i < cases.size(); ++i) {
    INFO(cases[i].name << " (expect " << cases[i].expect << ")");
    CHECK(outcomes[i].status == 0);
    REQUIRE(outcomes[i].lines.size() == 1);
    auto j = nlohmann::json::parse(outcomes[i].lines[0], nullptr, false);
    REQUIRE(j.is_object());
    CHECK(j["file"] == (dir / cases[i].name).string());
    CHECK(j["sha256"].is_string());
    if (cases[i].expect == "error") CHECK(j["error"].is_object());
    if (cases[i].expect == "ok") CHECK(j["error"].is_null());
  }
}
