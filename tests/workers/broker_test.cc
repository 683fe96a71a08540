// The broker against workers that behave and workers that do not: lease expiry, fencing of a
// late reading, quarantine after three dead workers, dead-worker detection, and CURVE keeping
// an unenrolled key out. Real sockets on tcp://127.0.0.1:* (never a fixed port).
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <thread>

#include "workers/broker.h"
#include "workers/curve_keys.h"
#include "workers/job_protocol.h"
#include "workers/worker.h"
#include "workers/zap_handler.h"

namespace fs = std::filesystem;
using namespace verifact;

namespace {

struct TestSource final : BatchSource {
  Payload Load(const LedgerRow& row) override {
    Payload p;
    p.bytes = "bytes of " + row.file;
    p.size = static_cast<long long>(p.bytes.size());
    return p;
  }
  bool Acceptable(const std::string& reading) override { return reading.rfind("{", 0) == 0; }
  std::string QuarantineReading(const LedgerRow& row) override {
    return "{\"quarantined\":\"" + row.key + "\"}";
  }
  void Recorded(const LedgerRow&) override { ++recorded; }
  std::atomic<int> recorded{0};
};

// A ledger of `n` deposits in a fresh folder, and a broker serving it on a thread.
struct Harness {
  fs::path dir;
  std::unique_ptr<Ledger> ledger;
  TestSource source;
  zmq::context_t context;
  std::unique_ptr<Broker> broker;
  std::atomic<bool> stop{false};
  std::thread thread;
  bool finished = false;

  explicit Harness(int n, BrokerOptions options = {}) {
    dir = fs::temp_directory_path() /
          ("verifact-broker-" + std::to_string(::getpid()) + "-" +
           std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::remove_all(dir);
    fs::create_directories(dir);
    ledger = std::move(Ledger::Open((dir / "verifact.db").string())).value();
    std::vector<Admission> lines;
    for (int i = 1; i <= n; ++i) {
      lines.push_back({"D-" + std::to_string(i), i, "{}", "f" + std::to_string(i) + ".pdf"});
    }
    ledger->Admit(lines);
    auto created = Broker::Create(context, *ledger, source, std::move(options));
    REQUIRE(created.ok());
    broker = std::move(created).value();
  }
  void Start() {
    thread = std::thread([this] { finished = broker->Run(stop); });
  }
  // Waits for the broker to finish by itself (true) or gives up after `seconds`.
  bool Join(int seconds) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (source.recorded < ledger_total && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    stop = true;
    thread.join();
    return finished;
  }
  // The test's own connection to the ledger: the broker's is its thread's alone.
  Ledger& Peek() {
    if (!peek) peek = std::move(Ledger::Open((dir / "verifact.db").string())).value();
    return *peek;
  }
  std::unique_ptr<Ledger> peek;
  JobState StateOf(const std::string& key) { return Peek().Get(key)->state; }
  // Waits up to `ms` for `key` to leave `state`.
  void WaitLeaves(const std::string& key, JobState state, int ms = 5000) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (StateOf(key) == state && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }

  ~Harness() {
    peek.reset();
    if (thread.joinable()) {
      stop = true;
      thread.join();
    }
    broker.reset();
    ledger.reset();
    fs::remove_all(dir);
  }
  int ledger_total = 0;
};

BrokerOptions Fast() {
  BrokerOptions o;
  o.heartbeat_ms = 50;
  o.liveness = 3;
  o.lease_ms = 2000;
  return o;
}

// A worker written by hand, to misbehave on purpose.
struct RawWorker {
  zmq::socket_t socket;
  RawWorker(zmq::context_t& context, const std::string& endpoint, const std::string& secret = "",
            const std::string& server = "")
      : socket(context, zmq::socket_type::dealer) {
    protocol::Configure(socket);
    if (!secret.empty()) MakeCurveClient(socket, secret, server);
    socket.connect(endpoint);
    protocol::Send(socket, "READY", {"0", "raw"});
  }
  // The next message other than HEARTBEAT within `ms`, heart-beating meanwhile.
  std::optional<protocol::Message> Next(int ms, bool beat = true) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < deadline) {
      if (beat) protocol::Send(socket, "HEARTBEAT");
      zmq::pollitem_t items[] = {{socket.handle(), 0, ZMQ_POLLIN, 0}};
      zmq::poll(items, 1, std::chrono::milliseconds(20));
      if (!(items[0].revents & ZMQ_POLLIN)) continue;
      std::vector<zmq::message_t> frames;
      (void)zmq::recv_multipart(socket, std::back_inserter(frames));
      auto m = protocol::Parse(frames, 0);
      if (m && m->command != "HEARTBEAT") return m;
    }
    return std::nullopt;
  }
};

// A well-behaved worker on its own thread: answers every job with a reading naming it.
struct GoodWorker {
  std::atomic<bool> stop{false};
  std::ostringstream log;
  std::thread thread;
  GoodWorker(zmq::context_t& context, const std::string& endpoint, WorkerOptions o = {}) {
    o.connect = endpoint;
    o.heartbeat_ms = 50;
    thread = std::thread([this, &context, o] {
      JobHandler handler = [](const std::string& name, const std::string& bytes) {
        return "{\"file\":\"" + name + "\",\"bytes\":" + std::to_string(bytes.size()) + "}";
      };
      RunWorker(context, o, handler, stop, log);
    });
  }
  ~GoodWorker() {
    stop = true;
    thread.join();
  }
};

}  // namespace

TEST_CASE("broker: every deposit read exactly once by two workers", "[workers][broker]") {
  Harness h(40, Fast());
  h.ledger_total = 40;
  h.Start();
  {
    GoodWorker a(h.context, h.broker->endpoint());
    GoodWorker b(h.context, h.broker->endpoint());
    REQUIRE(h.Join(20));
  }
  auto rows = h.ledger->Rows();
  REQUIRE(rows.size() == 40);
  for (const auto& row : rows) {
    CHECK(row.state == JobState::kDone);
    CHECK(row.attempt == 1);
    CHECK(row.reading == "{\"file\":\"" + row.file + "\",\"bytes\":" + std::to_string(row.bytes) +
                             "}");
  }
  CHECK(h.source.recorded == 40);
}

TEST_CASE("broker: an expired lease goes to another worker; the late reading is fenced",
          "[workers][broker]") {
  BrokerOptions o = Fast();
  o.lease_ms = 300;
  o.liveness = 20;  // only the lease may end the first worker's turn here
  Harness h(1, o);
  h.ledger_total = 1;
  h.Start();
  RawWorker stuck(h.context, h.broker->endpoint());
  auto job = stuck.Next(3000);
  REQUIRE(job);
  REQUIRE(job->command == "JOB");
  REQUIRE(job->args.size() == 5);
  CHECK(job->args[0] == "D-1");
  CHECK(job->args[1] == "1");
  CHECK(job->args[4] == "bytes of f1.pdf");
  // It keeps its heartbeat but never answers: the lease runs out, the broker forgets it.
  auto next = stuck.Next(2000);
  REQUIRE(next);
  CHECK(next->command == "DISCONNECT");
  auto row = h.Peek().Get("D-1");
  CHECK(row->state == JobState::kQueued);
  CHECK(row->failures == 1);
  CHECK(row->reason.find("lease") != std::string::npos);
  RawWorker second(h.context, h.broker->endpoint());
  auto retry = second.Next(3000);
  REQUIRE(retry);
  REQUIRE(retry->command == "JOB");
  CHECK(retry->args[1] == "2");
  // The first worker's reading of attempt 1 arrives while attempt 2 is out: refused.
  protocol::Send(stuck.socket, "RESULT", {"D-1", "1", "{\"late\":true}"});
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (h.broker->fenced() == 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  CHECK(h.broker->fenced() == 1);
  CHECK(h.StateOf("D-1") == JobState::kLeased);
  protocol::Send(second.socket, "RESULT", {"D-1", "2", "{\"on_time\":true}"});
  REQUIRE(h.Join(5));
  row = h.ledger->Get("D-1");
  CHECK(row->state == JobState::kDone);
  CHECK(row->attempt == 2);
  CHECK(row->reading == "{\"on_time\":true}");
}

TEST_CASE("broker: a file that kills three workers is quarantined, never dropped",
          "[workers][broker]") {
  Harness h(2, Fast());
  h.ledger_total = 2;
  h.Start();
  for (int i = 0; i < 3; ++i) {
    // Takes the job and dies: no answer, no heartbeat, socket gone.
    RawWorker doomed(h.context, h.broker->endpoint());
    auto job = doomed.Next(3000);
    REQUIRE(job);
    CHECK(job->args[0] == "D-1");
    doomed.socket.close();
    h.WaitLeaves("D-1", JobState::kLeased);  // presumed dead before the next one comes
  }
  {
    GoodWorker good(h.context, h.broker->endpoint());
    REQUIRE(h.Join(10));
  }
  auto bad = h.ledger->Get("D-1");
  CHECK(bad->state == JobState::kQuarantined);
  CHECK(bad->failures == 3);
  CHECK(bad->reason.find("stopped answering") != std::string::npos);
  CHECK(bad->reading == "{\"quarantined\":\"D-1\"}");
  CHECK(h.ledger->Get("D-2")->state == JobState::kDone);
}

TEST_CASE("broker: a silent worker is presumed dead within its liveness", "[workers][broker]") {
  Harness h(1, Fast());
  h.ledger_total = 1;
  h.Start();
  RawWorker silent(h.context, h.broker->endpoint());
  REQUIRE(silent.Next(3000));  // took the job
  auto t0 = std::chrono::steady_clock::now();
  h.WaitLeaves("D-1", JobState::kLeased);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(h.StateOf("D-1") == JobState::kQueued);
  CHECK(seconds < 2);  // 3 × 50 ms of silence, checked every few ms; generous for CI
  CHECK(h.broker->workers() == 0);
}

TEST_CASE("broker: CURVE lets an enrolled worker in and an unknown key nowhere",
          "[workers][broker][curve]") {
  CurveKeyPair broker_keys = MakeCurveKeyPair();
  CurveKeyPair enrolled = MakeCurveKeyPair();
  CurveKeyPair stranger = MakeCurveKeyPair();
  BrokerOptions o = Fast();
  o.curve_secret = broker_keys.secret_z85;
  o.allowed_workers = {enrolled.public_z85};
  Harness h(3, o);
  h.ledger_total = 3;
  h.Start();
  RawWorker intruder(h.context, h.broker->endpoint(), stranger.secret_z85,
                     broker_keys.public_z85);
  CHECK_FALSE(intruder.Next(1500));  // no job, no heartbeat, nothing
  CHECK(h.broker->workers() == 0);
  CHECK(h.Peek().Counts().done == 0);
  {
    WorkerOptions wo;
    wo.curve_secret = enrolled.secret_z85;
    wo.server_public = broker_keys.public_z85;
    GoodWorker good(h.context, h.broker->endpoint(), wo);
    REQUIRE(h.Join(10));
  }
  CHECK(h.ledger->Counts().done == 3);
}
