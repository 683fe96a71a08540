// LocalWorkers: the worker processes `verifact run` starts on this machine and looks after —
// each a separate process (a parser crash costs one worker, never the broker), ended by the
// kernel if the broker dies (PR_SET_PDEATHSIG), replaced when one dies mid-batch.
#pragma once

#include <set>
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

  // False once workers keep dying faster than they can be replaced (a broken installation):
  // the batch cannot progress.
  bool Viable() const { return respawns_left_ > 0 || !pids_.empty(); }

 private:
  int Spawn();  // pid, or -1

  std::vector<std::string> argv_;
  std::vector<std::string> env_;
  int count_;
  std::string log_;
  std::set<int> pids_;
  int respawns_left_;
  bool stopping_ = false;
};

// How a child ended, in words: "exited with status 3", "killed by signal 11 (Segmentation fault)".
std::string DescribeExit(int status);

}  // namespace verifact
