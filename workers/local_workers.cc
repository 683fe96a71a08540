#include "workers/local_workers.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <thread>

extern char** environ;

namespace verifact {

std::string DescribeExit(int status) {
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    return "killed by signal " + std::to_string(sig) + " (" + strsignal(sig) + ")";
  }
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
  return "ended";
}

LocalWorkers::LocalWorkers(std::vector<std::string> argv, int count, std::string log)
    : argv_(std::move(argv)),
      count_(count),
      log_(std::move(log)),
      max_early_deaths_(10 + 5 * count) {
  // Tesseract's OpenMP threads thrash when every worker runs several: one each, unless the
  // user said otherwise. Set here, before fork: after it only async-signal-safe calls are made.
  bool has_omp = false;
  for (char** e = environ; *e; ++e) {
    env_.emplace_back(*e);
    if (std::strncmp(*e, "OMP_THREAD_LIMIT=", 17) == 0) has_omp = true;
  }
  if (!has_omp) env_.emplace_back("OMP_THREAD_LIMIT=1");
}

LocalWorkers::~LocalWorkers() { Stop(); }

Result<int> LocalWorkers::Start() {
  for (int i = 0; i < count_; ++i) {
    if (Spawn() < 0) break;
  }
  if (pids_.empty()) {
    return Error{"WORKERS_UNAVAILABLE", "cannot start worker processes (" + argv_[0] + ")"};
  }
  return static_cast<int>(pids_.size());
}

int LocalWorkers::Spawn() {
  std::vector<char*> argv, envp;
  for (auto& a : argv_) argv.push_back(a.data());
  argv.push_back(nullptr);
  for (auto& e : env_) envp.push_back(e.data());
  envp.push_back(nullptr);
  const pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    // The child: only async-signal-safe calls until exec.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(0);  // the broker died before prctl took effect
    int fd = open(log_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd >= 0) dup2(fd, STDERR_FILENO);
    int null = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null >= 0) {
      dup2(null, STDIN_FILENO);
      dup2(null, STDOUT_FILENO);
    }
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  pids_[pid] = std::chrono::steady_clock::now();
  return pid;
}

std::vector<WorkerPool::Exit> LocalWorkers::Reap() {
  std::vector<Exit> exits;
  const auto now = std::chrono::steady_clock::now();
  for (auto it = pids_.begin(); it != pids_.end();) {
    int status = 0;
    pid_t done = waitpid(it->first, &status, WNOHANG);
    if (done == it->first || (done < 0 && errno == ECHILD)) {
      exits.push_back({it->first, done == it->first ? DescribeExit(status) : "vanished"});
      early_deaths_ = now - it->second < std::chrono::seconds(2) ? early_deaths_ + 1 : 0;
      it = pids_.erase(it);
    } else {
      ++it;
    }
  }
  // Replace the dead while the batch goes on; workers that die as soon as they start (a broken
  // installation) must stop the batch, not spin.
  while (!stopping_ && static_cast<int>(pids_.size()) < count_ &&
         early_deaths_ < max_early_deaths_) {
    if (Spawn() < 0) break;
  }
  return exits;
}

void LocalWorkers::Kill(int pid) {
  if (pids_.count(pid)) kill(pid, SIGKILL);
}

void LocalWorkers::Stop() {
  stopping_ = true;
  // They were told STOP; give them a moment to leave, then end the stragglers.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
  while (!pids_.empty() && std::chrono::steady_clock::now() < deadline) {
    Reap();
    if (!pids_.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  for (const auto& [pid, started] : pids_) kill(pid, SIGKILL);
  for (const auto& [pid, started] : pids_) waitpid(pid, nullptr, 0);
  pids_.clear();
}

}  // namespace verifact
