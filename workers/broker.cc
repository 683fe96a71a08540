#include "workers/broker.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>

#include "workers/job_protocol.h"
#include "workers/zap_handler.h"

namespace verifact {
namespace {

long long NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

struct Broker::Worker {
  std::string name;  // "host:pid#n", as the ledger's `worker` column shows it
  int pid = 0;
  std::string host;
  long long last_seen = 0;
  std::string key;  // the leased deposit; empty when idle
  int attempt = 0;
  long long size = 0;
};

struct Broker::State {
  std::unique_ptr<ZapHandler> zap;
  std::map<std::string, Worker> workers;  // by ZeroMQ routing identity
  int remaining = 0;                      // queued or leased
  int registered = 0;                     // names handed out
  long long last_heartbeat = 0;
  std::string host = protocol::HostName();          // to tell our own processes from remote ones
  std::vector<LedgerRow> recorded;        // announced once committed
  struct Outgoing {
    std::string identity, command;
    std::vector<std::string> args;
  };
  std::vector<Outgoing> outbox;           // sent once committed
};

Result<std::unique_ptr<Broker>> Broker::Create(zmq::context_t& context, Ledger& ledger,
                                               BatchSource& source, BrokerOptions options) {
  std::unique_ptr<Broker> broker(new Broker(context, ledger, source, std::move(options)));
  try {
    const BrokerOptions& o = broker->options_;
    if (!o.curve_secret.empty()) {
      // The ZAP handler must exist before the socket binds: without one, libzmq lets any
      // CURVE key in.
      broker->state_->zap = std::make_unique<ZapHandler>(context, o.allowed_workers);
      MakeCurveServer(broker->router_, o.curve_secret);
    }
    broker->router_.bind(o.bind);
    broker->endpoint_ = broker->router_.get(zmq::sockopt::last_endpoint);
  } catch (const zmq::error_t& e) {
    return Error{"BROKER_BIND", "cannot listen on " + broker->options_.bind + ": " + e.what()};
  }
  return broker;
}

Broker::Broker(zmq::context_t& context, Ledger& ledger, BatchSource& source,
               BrokerOptions options)
    : ledger_(ledger),
      source_(source),
      options_(std::move(options)),
      router_(context, zmq::socket_type::router),
      state_(std::make_unique<State>()) {
  protocol::Configure(router_);
}

Broker::~Broker() = default;

bool Broker::Run(const std::atomic<bool>& stop, WorkerPool* pool) {
  pool_ = pool;
  State& s = *state_;
  ledger_.RecoverLeases();
  LedgerCounts counts = ledger_.Counts();
  s.remaining = counts.queued + counts.leased;
  const int tick = std::clamp(options_.heartbeat_ms / 4, 10, 250);
  const long long silence = static_cast<long long>(options_.liveness) * options_.heartbeat_ms;
  while (s.remaining > 0 && !stop) {
    zmq::pollitem_t items[] = {{router_.handle(), 0, ZMQ_POLLIN, 0}};
    protocol::Poll(items, 1, tick);
    long long now = NowMs();
    ledger_.Begin();
    // Drain what arrived, bounded so heartbeats and leases keep their pace under load.
    for (int n = 0; n < 10000; ++n) {
      std::vector<zmq::message_t> frames;
      if (!zmq::recv_multipart(router_, std::back_inserter(frames), zmq::recv_flags::dontwait)) {
        break;
      }
      auto message = protocol::Parse(frames, 1);
      if (!message) continue;  // not ours: dropped
      Handle(frames[0].to_string(), message->args, message->command, now);
    }
    for (auto it = s.workers.begin(); it != s.workers.end();) {
      auto next = std::next(it);
      if (now - it->second.last_seen > silence) {
        Forget(it->first, "stopped answering (no heartbeat for " +
                              std::to_string(silence / 1000) + " s)");
      }
      it = next;
    }
    if (pool_) {
      for (const WorkerPool::Exit& exit : pool_->Reap()) {
        for (auto& [identity, w] : s.workers) {
          if (w.pid == exit.pid && w.host == s.host) {
            Forget(identity, exit.how);
            break;
          }
        }
      }
    }
    for (const Ledger::Lease& lease : ledger_.ExpiredLeases(now)) {
      FailLease(lease.key, lease.attempt,
                "no reading within the lease of " + std::to_string(options_.lease_ms / 1000) +
                    " s (worker " + lease.worker + ")");
      for (auto it = s.workers.begin(); it != s.workers.end(); ++it) {
        if (it->second.name != lease.worker) continue;
        // The worker is stuck on that file: stop it if it is ours, and forget it either way
        // (a remote one gives up by itself at the same deadline).
        if (pool_ && it->second.host == s.host && pool_->Owns(it->second.pid)) {
          pool_->Kill(it->second.pid);
        }
        s.workers.erase(it);
        break;
      }
    }
    Dispatch(now);
    ledger_.Commit();
    // Only now, with the ledger durable, does anyone hear of it.
    for (auto& out : s.outbox) protocol::SendTo(router_, out.identity, out.command, out.args);
    s.outbox.clear();
    for (const LedgerRow& row : s.recorded) source_.Recorded(row);
    s.recorded.clear();
    workers_ = static_cast<int>(s.workers.size());
    if (pool_ && !pool_->Viable() && s.workers.empty()) break;  // nobody left to do the work
    if (now - s.last_heartbeat >= options_.heartbeat_ms) {
      for (const auto& [identity, w] : s.workers) protocol::SendTo(router_, identity, "HEARTBEAT");
      s.last_heartbeat = now;
    }
  }
  // Finished or interrupted, the workers are told to go; an interrupted run's leases stay in
  // the ledger for the next one.
  for (const auto& [identity, w] : s.workers) protocol::SendTo(router_, identity, "STOP");
  return s.remaining == 0;
}

void Broker::Handle(const std::string& identity, const std::vector<std::string>& args,
                    const std::string& command, long long now) {
  State& s = *state_;
  auto it = s.workers.find(identity);
  if (command == "READY" && args.size() >= 2) {
    Worker w;
    w.pid = std::atoi(args[0].c_str());
    w.host = args[1];
    w.name = w.host + ":" + args[0] + "#" + std::to_string(++s.registered);
    w.last_seen = now;
    if (it != s.workers.end()) Forget(identity, "registered again");
    s.workers[identity] = w;
    return;
  }
  if (command == "RESULT" && args.size() == 3) {
    const std::string& key = args[0];
    int attempt = std::atoi(args[1].c_str());
    long long size = 0;
    if (it != s.workers.end()) {
      it->second.last_seen = now;
      if (it->second.key == key && it->second.attempt == attempt) size = it->second.size;
      if (it->second.key == key) it->second.key.clear();
    }
    if (!source_.Acceptable(args[2])) {
      FailLease(key, attempt, "the worker answered something that is not a reading");
    } else if (ledger_.Complete(key, attempt, args[2], size)) {
      --s.remaining;
      s.recorded.push_back(*ledger_.Get(key));
    } else {
      ++fenced_;  // a late answer to a lease given to someone else, or already done
    }
    if (it == s.workers.end()) s.outbox.push_back({identity, "DISCONNECT", {}});
    return;
  }
  if (command == "BYE") {
    if (it == s.workers.end()) return;
    if (!it->second.key.empty()) ledger_.Release(it->second.key, it->second.attempt);
    s.workers.erase(it);
    return;
  }
  // HEARTBEAT, or anything else: proof of life from a known worker; an unknown one must
  // register again.
  if (it != s.workers.end()) {
    it->second.last_seen = now;
  } else {
    s.outbox.push_back({identity, "DISCONNECT", {}});
  }
}

void Broker::FailLease(const std::string& key, int attempt, const std::string& reason) {
  auto state = ledger_.Fail(key, attempt, reason, options_.max_failures);
  if (!state) {
    ++fenced_;
    return;
  }
  if (*state != JobState::kQuarantined) return;
  LedgerRow row = *ledger_.Get(key);
  row.reading = source_.QuarantineReading(row);
  ledger_.SetReading(key, row.reading, row.bytes);
  --state_->remaining;
  state_->recorded.push_back(row);
}

void Broker::Forget(const std::string& identity, const std::string& reason) {
  auto it = state_->workers.find(identity);
  if (it == state_->workers.end()) return;
  Worker w = it->second;
  state_->workers.erase(it);
  if (!w.key.empty()) FailLease(w.key, w.attempt, "worker " + w.name + " " + reason);
}

void Broker::Dispatch(long long now) {
  State& s = *state_;
  for (auto& [identity, w] : s.workers) {
    while (w.key.empty()) {
      auto row = ledger_.LeaseNext(w.name, now + options_.lease_ms);
      if (!row) return;  // nothing queued
      BatchSource::Payload payload = source_.Load(*row);
      if (payload.reading) {
        // Nothing to send (missing file, too large): its reading is known already.
        if (ledger_.Complete(row->key, row->attempt, *payload.reading, payload.size)) {
          --s.remaining;
          s.recorded.push_back(*ledger_.Get(row->key));
        }
        continue;
      }
      w.key = row->key;
      w.attempt = row->attempt;
      w.size = payload.size;
      s.outbox.push_back({identity,
                          "JOB",
                          {row->key, std::to_string(row->attempt), row->file,
                           std::to_string(options_.lease_ms), std::move(payload.bytes)}});
    }
  }
}

}  // namespace verifact
