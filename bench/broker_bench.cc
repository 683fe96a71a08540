// Benchmark: the broker's own cost per job. N trivial jobs (a worker answers at once) through
// the real broker, ledger on disk (WAL, synchronous=FULL, one commit per turn), W worker
// threads speaking the real protocol; against the reference measured in the same run: the same
// number of round trips ROUTER→DEALER→ROUTER with no ledger and no bookkeeping.
// Issue 6's target: >= 2,000 trivial jobs/s.
// Usage: verifact_broker_bench [JOBS=20000] [WORKERS=4] [DIR=a temporary folder]
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>

#include "workers/broker.h"
#include "workers/job_protocol.h"
#include "workers/worker.h"

namespace fs = std::filesystem;
using namespace verifact;

namespace {

struct NullSource final : BatchSource {
  Payload Load(const LedgerRow& row) override {
    Payload p;
    p.bytes = row.file;
    p.size = static_cast<long long>(p.bytes.size());
    return p;
  }
  bool Acceptable(const std::string&) override { return true; }
  std::string QuarantineReading(const LedgerRow&) override { return "{}"; }
  void Recorded(const LedgerRow&) override {}
};

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double BrokerRate(const fs::path& dir, int jobs, int workers) {
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto ledger = std::move(Ledger::Open((dir / "verifact.db").string())).value();
  std::vector<Admission> lines;
  for (int i = 0; i < jobs; ++i) {
    lines.push_back({"D-" + std::to_string(i), i + 1, "{}", "f" + std::to_string(i) + ".pdf"});
  }
  ledger->Admit(lines);
  NullSource source;
  zmq::context_t context;
  auto broker = std::move(Broker::Create(context, *ledger, source, BrokerOptions{})).value();
  std::atomic<bool> stop_workers{false};
  std::vector<std::thread> threads;
  std::ostringstream log;
  JobHandler handler = [](const std::string&, const std::string&) { return std::string("{}"); };
  auto start = std::chrono::steady_clock::now();
  for (int w = 0; w < workers; ++w) {
    threads.emplace_back([&] {
      WorkerOptions o;
      o.connect = broker->endpoint();
      RunWorker(context, o, handler, stop_workers, log);
    });
  }
  std::atomic<bool> stop{false};
  bool done = broker->Run(stop);
  double seconds = Seconds(start);
  stop_workers = true;
  for (auto& t : threads) t.join();
  if (!done || ledger->Counts().done != jobs) {
    std::cerr << "broker bench: not every job was recorded\n";
    std::exit(1);
  }
  return jobs / seconds;
}

// The same round trips with nothing but ZeroMQ: what the transport alone allows.
double RawRate(int jobs, int workers) {
  zmq::context_t context;
  zmq::socket_t router(context, zmq::socket_type::router);
  protocol::Configure(router);
  router.bind("tcp://127.0.0.1:*");
  std::string endpoint = router.get(zmq::sockopt::last_endpoint);
  std::vector<std::thread> threads;
  for (int w = 0; w < workers; ++w) {
    threads.emplace_back([&] {
      zmq::socket_t dealer(context, zmq::socket_type::dealer);
      protocol::Configure(dealer);
      dealer.connect(endpoint);
      protocol::Send(dealer, "READY", {"0", "raw"});
      while (true) {
        std::vector<zmq::message_t> frames;
        if (!zmq::recv_multipart(dealer, std::back_inserter(frames))) return;
        auto m = protocol::Parse(frames, 0);
        if (!m || m->command == "STOP") return;
        protocol::Send(dealer, "RESULT", {m->args[0], m->args[1], "{}"});
      }
    });
  }
  int sent = 0, received = 0;
  std::set<std::string> identities;
  auto start = std::chrono::steady_clock::now();
  while (received < jobs) {
    std::vector<zmq::message_t> frames;
    if (!zmq::recv_multipart(router, std::back_inserter(frames))) continue;
    auto m = protocol::Parse(frames, 1);
    identities.insert(frames[0].to_string());
    if (m && m->command == "RESULT") ++received;
    if (sent < jobs) {
      std::string key = "D-" + std::to_string(sent++);
      protocol::SendTo(router, frames[0].to_string(), "JOB",
                       {key, "1", "f.pdf", "600000", key + ".pdf"});
    }
  }
  double seconds = Seconds(start);
  // Every worker waits for a job; tell each to stop (those that never got one included).
  while (identities.size() < static_cast<size_t>(workers)) {
    std::vector<zmq::message_t> frames;
    if (zmq::recv_multipart(router, std::back_inserter(frames))) {
      identities.insert(frames[0].to_string());
    }
  }
  for (const std::string& id : identities) protocol::SendTo(router, id, "STOP");
  for (auto& t : threads) t.join();
  return jobs / seconds;
}

}  // namespace

int main(int argc, char** argv) {
  int jobs = argc > 1 ? std::atoi(argv[1]) : 20000;
  int workers = argc > 2 ? std::atoi(argv[2]) : 4;
  fs::path dir = argc > 3 ? fs::path(argv[3])
                          : fs::temp_directory_path() /
                                ("verifact-broker-bench-" + std::to_string(getpid()));
  double raw = RawRate(jobs, workers);
  double ours = BrokerRate(dir, jobs, workers);
  fs::remove_all(dir);
  std::printf("jobs: %d, worker threads: %d, ledger: %s\n", jobs, workers, dir.c_str());
  std::printf("reference  raw ROUTER/DEALER round trips : %9.0f jobs/s\n", raw);
  std::printf("verifact   broker + ledger + protocol    : %9.0f jobs/s\n", ours);
  std::printf("ratio broker / raw: %.3f; broker vs target 2000 jobs/s: %.2fx\n", ours / raw,
              ours / 2000);
  return 0;
}
