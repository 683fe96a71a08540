#include "workers/zap_handler.h"

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <iterator>
#include <zmq_addon.hpp>

#include "workers/curve_keys.h"

namespace verifact {
namespace {

constexpr const char* kZapEndpoint = "inproc://zeromq.zap.01";  // fixed by RFC 27
constexpr std::chrono::milliseconds kPollInterval{50};          // bounds the destructor's wait
// ZMQ_ZAP_ENFORCE_DOMAIN, draft API in libzmq 4.3 and so absent from its public header: without
// it a server whose handler is gone admits every client instead of none.
constexpr int kZapEnforceDomain = 93;

std::vector<zmq::message_t> Reply(const std::string& request_id, const std::string& status,
                                  const std::string& text, const std::string& user_id) {
  std::vector<zmq::message_t> frames;
  // version, request id, status, text, user id, metadata (none)
  for (const std::string& frame :
       {std::string("1.0"), request_id, status, text, user_id, std::string()}) {
    frames.emplace_back(frame);
  }
  return frames;
}

}  // namespace

ZapHandler::ZapHandler(zmq::context_t& ctx, std::vector<std::string> allowed_public_z85)
    : allowed_keys_(allowed_public_z85.begin(), allowed_public_z85.end()),
      socket_(ctx, zmq::socket_type::rep) {
  socket_.set(zmq::sockopt::linger, 0);
  socket_.bind(kZapEndpoint);
  thread_ = std::thread([this] { Serve(); });
}

ZapHandler::~ZapHandler() {
  stop_ = true;
  thread_.join();
}  // socket_ closes now, on the one thread left using it

void ZapHandler::Serve() {
  zmq::pollitem_t item{socket_.handle(), 0, ZMQ_POLLIN, 0};
  while (!stop_) {
    try {
      if (zmq::poll(&item, 1, kPollInterval) == 0) continue;
      std::vector<zmq::message_t> request;
      if (!zmq::recv_multipart(socket_, std::back_inserter(request), zmq::recv_flags::dontwait)) {
        continue;
      }
      zmq::send_multipart(socket_, Answer(request));
    } catch (const zmq::error_t& e) {
      if (e.num() == EINTR) continue;
      // The context is closing and waits for this socket. On any other error keep it bound:
      // handshakes then wait for an answer that never comes, which admits nobody.
      if (e.num() == ETERM) socket_.close();
      return;
    }
  }
}

std::vector<zmq::message_t> ZapHandler::Answer(const std::vector<zmq::message_t>& request) {
  // RFC 27: version, request id, domain, address, identity, mechanism, credentials...
  const std::string id = request.size() > 1 ? request[1].to_string() : "";
  const bool curve = request.size() >= 6 && request[5].to_string() == "CURVE";
  if (request.size() < 6 || request[0].to_string() != "1.0" ||
      (curve && (request.size() != 7 || request[6].size() != 32))) {
    ++denied_;
    return Reply(id, "500", "malformed request", "");
  }
  char key[41] = "";
  if (curve) zmq_z85_encode(key, request[6].data<uint8_t>(), 32);
  if (!curve || allowed_keys_.count(key) == 0) {
    ++denied_;
    return Reply(id, "400", "unknown key", "");
  }
  ++allowed_;
  return Reply(id, "200", "OK", key);
}

void MakeCurveServer(zmq::socket_t& s, const std::string& secret_z85) {
  s.set(zmq::sockopt::curve_server, true);
  s.set(zmq::sockopt::curve_secretkey, secret_z85);
  s.set(zmq::sockopt::zap_domain, "verifact");
  int enforce = 1;  // best effort: a build without draft options refuses it, and that is all
  zmq_setsockopt(s.handle(), kZapEnforceDomain, &enforce, sizeof enforce);
}

void MakeCurveClient(zmq::socket_t& s, const std::string& secret_z85,
                     const std::string& server_public_z85) {
  auto public_z85 = PublicKeyOf(secret_z85);
  if (!public_z85) throw zmq::error_t(EINVAL);
  s.set(zmq::sockopt::curve_serverkey, server_public_z85);
  s.set(zmq::sockopt::curve_publickey, public_z85.value());
  s.set(zmq::sockopt::curve_secretkey, secret_z85);
}

}  // namespace verifact
