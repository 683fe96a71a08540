#include "workers/worker.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <thread>

#include "workers/job_protocol.h"
#include "workers/zap_handler.h"

namespace verifact {
namespace {

using Clock = std::chrono::steady_clock;

long long NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch())
      .count();
}

// The job thread: takes [key, attempt, name, bytes] from the PAIR, answers [key, attempt,
// reading]; an empty message asks it to finish.
void ServeJobs(zmq::context_t& context, const std::string& address, const JobHandler& handler) {
  zmq::socket_t pair(context, zmq::socket_type::pair);
  pair.set(zmq::sockopt::linger, 0);
  pair.connect(address);
  while (true) {
    std::vector<zmq::message_t> job;
    if (!zmq::recv_multipart(pair, std::back_inserter(job)) || job.size() != 4) return;
    std::string reading = handler(job[2].to_string(), job[3].to_string());
    std::array<zmq::const_buffer, 3> reply = {zmq::buffer(job[0].data(), job[0].size()),
                                              zmq::buffer(job[1].data(), job[1].size()),
                                              zmq::buffer(reading)};
    zmq::send_multipart(pair, reply);
  }
}

}  // namespace

int RunWorker(zmq::context_t& context, const WorkerOptions& o, const JobHandler& handler,
              const std::atomic<bool>& stop, std::ostream& log) {
  static std::atomic<int> instances{0};
  const std::string address = "inproc://verifact-jobs-" + std::to_string(++instances);
  zmq::socket_t jobs(context, zmq::socket_type::pair);
  jobs.set(zmq::sockopt::linger, 0);
  jobs.bind(address);
  std::thread job_thread(ServeJobs, std::ref(context), address, std::cref(handler));
  struct Joiner {  // the job thread ends however this function does
    zmq::socket_t& jobs;
    std::thread& thread;
    ~Joiner() {
      jobs.send(zmq::message_t(), zmq::send_flags::dontwait);
      thread.join();
    }
  } joiner{jobs, job_thread};

  const std::string pid = std::to_string(getpid());
  const std::string host = protocol::HostName();
  std::unique_ptr<zmq::socket_t> broker;
  auto connect = [&] {
    broker = std::make_unique<zmq::socket_t>(context, zmq::socket_type::dealer);
    protocol::Configure(*broker);
    if (!o.curve_secret.empty()) MakeCurveClient(*broker, o.curve_secret, o.server_public);
    broker->connect(o.connect);
    protocol::Send(*broker, "READY", {pid, host});
  };
  connect();

  const long long silence = static_cast<long long>(o.liveness) * o.heartbeat_ms;
  const int tick = std::clamp(o.heartbeat_ms / 4, 10, 250);
  long long heard = NowMs(), next_heartbeat = NowMs() + o.heartbeat_ms;
  long long backoff_ms = o.heartbeat_ms;
  bool busy = false, reconnect = false;
  long long job_deadline = 0;
  while (!stop) {
    zmq::pollitem_t items[] = {{broker->handle(), 0, ZMQ_POLLIN, 0},
                               {jobs.handle(), 0, ZMQ_POLLIN, 0}};
    protocol::Poll(items, 2, tick);
    long long now = NowMs();
    if (items[0].revents & ZMQ_POLLIN) {
      std::vector<zmq::message_t> frames;
      while (zmq::recv_multipart(*broker, std::back_inserter(frames), zmq::recv_flags::dontwait)) {
        auto m = protocol::Parse(frames, 0);
        frames.clear();
        if (!m) continue;
        heard = now;
        backoff_ms = o.heartbeat_ms;
        if (m->command == "STOP") return 0;
        if (m->command == "DISCONNECT") reconnect = true;
        if (m->command == "JOB" && m->args.size() == 5 && !busy) {
          // [key, attempt, name, lease_ms, bytes] → the job thread gets [key, attempt, name,
          // bytes]; the lease is this side's business.
          job_deadline = now + std::atoll(m->args[3].c_str()) + o.overrun_grace_ms;
          std::array<zmq::const_buffer, 4> job = {
              zmq::buffer(m->args[0]), zmq::buffer(m->args[1]), zmq::buffer(m->args[2]),
              zmq::buffer(m->args[4])};
          zmq::send_multipart(jobs, job);
          busy = true;
        }
      }
    }
    if (items[1].revents & ZMQ_POLLIN) {
      std::vector<zmq::message_t> reply;
      if (zmq::recv_multipart(jobs, std::back_inserter(reply)) && reply.size() == 3) {
        protocol::Send(*broker, "RESULT",
                       {reply[0].to_string(), reply[1].to_string(), reply[2].to_string()});
      }
      busy = false;
    }
    if (busy && now > job_deadline) {
      log << "verifact worker: a job outlived its lease; giving it up\n";
      if (o.on_overrun) {
        o.on_overrun();
      } else {
        std::_Exit(75);
      }
      job_deadline = now + o.overrun_grace_ms;  // the callback chose to carry on
    }
    if (now - heard > silence) {
      if (o.exit_with_broker) {
        log << "verifact worker: the broker is gone; stopping\n";
        return 1;
      }
      // Paranoid Pirate: a silent broker gets a fresh socket, with growing patience.
      log << "verifact worker: no word from " << o.connect << "; connecting again in "
          << backoff_ms / 1000.0 << " s\n";
      std::this_thread::sleep_for(std::chrono::milliseconds(backoff_ms));
      backoff_ms = std::min<long long>(backoff_ms * 2, 32000);
      heard = NowMs();
      reconnect = true;
    }
    if (reconnect && !busy) {
      connect();
      reconnect = false;
    }
    if (now >= next_heartbeat) {
      protocol::Send(*broker, "HEARTBEAT");
      next_heartbeat = now + o.heartbeat_ms;
    }
  }
  protocol::Send(*broker, "BYE");
  return 0;
}

}  // namespace verifact
