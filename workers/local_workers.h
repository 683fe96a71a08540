// LocalWorkers: the worker processes `verifact run` starts on this machine and looks after —
// each a separate process (a parser crash costs one worker, never the broker), ended by the
// kernel if the broker dies (PR_SET_PDEATHSIG), replaced when one dies mid-batch.
#pragma once

#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "models/error.h"
#include "workers/broker.h"

namespace verifact {

class LocalWorkers final : public WorkerPool {
 public:
  // `argv` is the whole command (argv[0] the program); `log` the file their stderr appends to.
  LocalWorkers(std::vector<std::string> argv, int count, std::string log);
  ~LocalWorkers() override;

  // Starts `count` workers. Error WORKERS_UNAVAILABLE when none can start.
  Result<int> Start();

  std::vector<Exit> Reap() override;
  bool Owns(int pid) const override { return pids_.count(pid) > 0; }
  void Kill(int pid) override;
  void Stop() override;

  // False once workers keep dying as soon as they start (a broken installation): the batch
  // cannot progress. Workers that die after working a while (a hostile file) are replaced
  // without limit.
  bool Viable() const override { return early_deaths_ < max_early_deaths_ || !pids_.empty(); }

 private:
  int Spawn();  // pid, or -1

  std::vector<std::string> argv_;
  std::vector<std::string> env_;
  int count_;
  std::string log_;
  std::map<int, std::chrono::steady_clock::time_point> pids_;  // → when started
  int early_deaths_ = 0;  // in a row
  int max_early_deaths_;
  bool stopping_ = false;
};

// How a child ended, in words: "exited with status 3", "killed by signal 11 (Segmentation fault)".
std::string DescribeExit(int status);

}  // namespace verifact
