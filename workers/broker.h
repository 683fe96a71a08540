// Broker: hands a batch's queued deposits to ZeroMQ workers and records their readings in the
// ledger, one deposit per idle worker, until no deposit is queued or leased.
//
// Delivery is at least once, completion idempotent: a reading counts only under the lease it
// was given for (Ledger::Complete's fencing). A worker is presumed dead after `liveness`
// silent heartbeats, a job after its lease deadline; either way the lease fails, and a deposit
// whose leases failed `max_failures` times is quarantined with an error reading — never
// dropped. Every turn of the loop commits the ledger once, before anything is sent.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <zmq.hpp>

#include "models/error.h"
#include "workers/ledger.h"

namespace verifact {

struct BrokerOptions {
  std::string bind = "tcp://127.0.0.1:*";  // any endpoint ZeroMQ binds; "*" ports are fine
  int heartbeat_ms = 1000;
  int liveness = 3;          // silent heartbeats before a worker is presumed dead
  int lease_ms = 600000;     // one job's deadline (long OCR documents)
  int max_failures = 3;      // workers a deposit may kill or hang before quarantine
  // CURVE: the broker's secret key (Z85) and the workers' public keys it accepts; both empty:
  // plain (local) transport.
  std::string curve_secret;
  std::vector<std::string> allowed_workers;
};

// What the broker needs from the batch it serves.
class BatchSource {
 public:
  virtual ~BatchSource() = default;

  struct Payload {
    std::string bytes;             // the file's bytes, sent in the JOB
    long long size = 0;            // the file's size
    std::optional<std::string> reading;  // set instead when the file cannot be sent (missing,
                                         // too large): the reading to record at once
  };
  virtual Payload Load(const LedgerRow& row) = 0;

  // Whether a worker's reply is a reading at all; one that is not fails its lease (a worker
  // that answers garbage is as broken as one that crashed).
  virtual bool Acceptable(const std::string& reading) = 0;

  // The error reading recorded for a deposit quarantined after `row.failures` failed leases.
  virtual std::string QuarantineReading(const LedgerRow& row) = 0;

  // After a reading (or quarantine) of `row` is durably recorded.
  virtual void Recorded(const LedgerRow& row) = 0;
};

// Local worker processes the broker may look after (optional): how they ended, and a way to
// stop one whose job overran its lease.
class WorkerPool {
 public:
  virtual ~WorkerPool() = default;
  struct Exit {
    int pid = 0;
    std::string how;  // e.g. "killed by signal 9 (Killed)"
  };
  virtual std::vector<Exit> Reap() = 0;  // ended since last asked (replacing them as needed)
  virtual bool Owns(int pid) const = 0;
  virtual void Kill(int pid) = 0;
  virtual void Stop() = 0;               // the batch is over: let them go, then wait
  // False once the pool cannot give the batch a worker any more (they die as they start).
  virtual bool Viable() const = 0;
};

class Broker {
 public:
  // Binds at once (so the endpoint is known before workers start). Errors: BROKER_BIND.
  static Result<std::unique_ptr<Broker>> Create(zmq::context_t& context, Ledger& ledger,
                                                BatchSource& source, BrokerOptions options);
  ~Broker();

  // The endpoint actually bound (with the port ZeroMQ chose for "*").
  const std::string& endpoint() const { return endpoint_; }

  // Serves until every deposit is done or quarantined (true), or until `stop` is set or the
  // pool stops being viable with no worker left (false: leases stay in the ledger for the next
  // run). Throws LedgerError when the ledger fails.
  bool Run(const std::atomic<bool>& stop, WorkerPool* pool = nullptr);

  // For logs and tests, safe from any thread: workers registered at the end of the last turn,
  // and readings refused as late or stale.
  int workers() const { return workers_; }
  long long fenced() const { return fenced_; }

 private:
  Broker(zmq::context_t& context, Ledger& ledger, BatchSource& source, BrokerOptions options);
  struct Worker;
  struct State;
  void Handle(const std::string& identity, const std::vector<std::string>& args,
              const std::string& command, long long now);
  void FailLease(const std::string& key, int attempt, const std::string& reason);
  void Dispatch(long long now);
  void Forget(const std::string& identity, const std::string& reason);

  Ledger& ledger_;
  BatchSource& source_;
  BrokerOptions options_;
  zmq::socket_t router_;
  std::string endpoint_;
  std::unique_ptr<State> state_;
  WorkerPool* pool_ = nullptr;
  std::atomic<int> workers_{0};
  std::atomic<long long> fenced_{0};
};

}  // namespace verifact
