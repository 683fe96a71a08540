// Worker: the loop of a `verifact worker` process. A DEALER connected to the broker, reading
// one job at a time on a job thread while this thread keeps the heartbeat going both ways, so
// a long OCR job never looks like a dead worker (and a dead broker is noticed during one).
#pragma once

#include <atomic>
#include <functional>
#include <ostream>
#include <string>

#include <zmq.hpp>

namespace verifact {

struct WorkerOptions {
  std::string connect;  // the broker's endpoint
  int heartbeat_ms = 1000;
  int liveness = 3;  // silent broker heartbeats before it is presumed gone
  // CURVE: this worker's secret key and the broker's public key (Z85); both empty: plain.
  std::string curve_secret;
  std::string server_public;
  // A local worker ends when its broker is gone; a remote one connects again (backing off).
  bool exit_with_broker = false;
  // A job still running this long after its lease ended: the broker has given it to someone
  // else, and a thread cannot be cancelled. Called from the I/O thread; the process default
  // ends the process (its supervisor replaces it).
  int overrun_grace_ms = 2000;
  std::function<void()> on_overrun;
};

// The work: the reading (wire JSON) of `bytes` read as the file `name`. Runs on the job
// thread; must not throw.
using JobHandler = std::function<std::string(const std::string& name, const std::string& bytes)>;

// Serves jobs until the broker says STOP (returns 0), `stop` is set (0, after a BYE), or a
// local worker's broker is gone (1). Progress and trouble go to `log`, one line each.
int RunWorker(zmq::context_t& context, const WorkerOptions& options, const JobHandler& handler,
              const std::atomic<bool>& stop, std::ostream& log);

}  // namespace verifact
