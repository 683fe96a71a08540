// Authentication of workers on the CURVE link. CURVE alone encrypts, and proves each side holds
// its secret key, but libzmq admits ANY client key unless a ZAP handler (ZeroMQ RFC 27) in the
// same context says no: ZapHandler is what makes the allow-list of worker keys real.
#pragma once

#include <atomic>
#include <cstddef>
#include <set>
#include <string>
#include <thread>
#include <vector>
#include <zmq.hpp>

namespace verifact {

// Answers the ZAP requests of every socket of `ctx`, on its own thread: a CURVE client whose
// public key is in the allow-list is admitted (200, user id = its Z85 key); anything else is
// refused (400 "unknown key"; 500 for a malformed request).
//
// Lifetime: construct it before binding the server socket and destroy it after closing that
// socket and before closing `ctx`. MakeCurveServer asks libzmq to refuse clients while no handler
// is bound, but that option is draft API and some builds ignore it (they would admit everyone).
class ZapHandler {
 public:
  // Binds inproc://zeromq.zap.01 before returning. Throws zmq::error_t if `ctx` already has a
  // handler: that is a programming error, not a condition to recover from.
  ZapHandler(zmq::context_t& ctx, std::vector<std::string> allowed_public_z85);
  ~ZapHandler();  // stops and joins the thread, within one poll interval (50 ms)
  ZapHandler(const ZapHandler&) = delete;
  ZapHandler& operator=(const ZapHandler&) = delete;

  size_t allowed() const { return allowed_; }
  size_t denied() const { return denied_; }

 private:
  void Serve();
  std::vector<zmq::message_t> Answer(const std::vector<zmq::message_t>& request);

  const std::set<std::string> allowed_keys_;
  zmq::socket_t socket_;  // touched only by the thread once it runs
  std::atomic<bool> stop_{false};
  std::atomic<size_t> allowed_{0};
  std::atomic<size_t> denied_{0};
  std::thread thread_;  // last, so that it starts after everything it uses
};

// Makes `s` a CURVE server with this secret key, its clients judged by the ZAP handler (domain
// "verifact"). Call before bind. Throws zmq::error_t on a malformed key, as cppzmq does for any
// bad option; keys from ReadCurveKey are well formed.
void MakeCurveServer(zmq::socket_t& s, const std::string& secret_z85);

// Makes `s` a CURVE client with this secret key, of the server with this public key. Call before
// connect. Throws zmq::error_t (EINVAL) on a malformed key.
void MakeCurveClient(zmq::socket_t& s, const std::string& secret_z85,
                     const std::string& server_public_z85);

}  // namespace verifact
