#include "workers/job_protocol.h"

#include <unistd.h>

#include <cerrno>
#include <chrono>

namespace verifact::protocol {
namespace {

bool SendFrames(zmq::socket_t& socket, std::vector<zmq::const_buffer>& frames) {
  try {
    for (size_t i = 0; i < frames.size(); ++i) {
      auto flags = zmq::send_flags::dontwait;
      if (i + 1 < frames.size()) flags = flags | zmq::send_flags::sndmore;
      if (!socket.send(frames[i], flags)) return false;
    }
    return true;
  } catch (const zmq::error_t&) {
    return false;
  }
}

}  // namespace

bool Send(zmq::socket_t& socket, const std::string& command,
          const std::vector<std::string>& args) {
  std::vector<zmq::const_buffer> frames = {zmq::buffer(std::string_view(kVersion)),
                                           zmq::buffer(command)};
  for (const std::string& a : args) frames.push_back(zmq::buffer(a));
  return SendFrames(socket, frames);
}

bool SendTo(zmq::socket_t& router, const std::string& identity, const std::string& command,
            const std::vector<std::string>& args) {
  std::vector<zmq::const_buffer> frames = {zmq::buffer(identity),
                                           zmq::buffer(std::string_view(kVersion)),
                                           zmq::buffer(command)};
  for (const std::string& a : args) frames.push_back(zmq::buffer(a));
  return SendFrames(router, frames);
}

std::optional<Message> Parse(const std::vector<zmq::message_t>& frames, size_t first) {
  if (frames.size() < first + 2 || frames[first].to_string_view() != kVersion) {
    return std::nullopt;
  }
  Message m;
  m.command = frames[first + 1].to_string();
  for (size_t i = first + 2; i < frames.size(); ++i) m.args.push_back(frames[i].to_string());
  return m;
}

void Poll(zmq::pollitem_t* items, size_t count, int timeout_ms) {
  try {
    zmq::poll(items, count, std::chrono::milliseconds(timeout_ms));
  } catch (const zmq::error_t& e) {
    if (e.num() != EINTR) throw;
    for (size_t i = 0; i < count; ++i) items[i].revents = 0;
  }
}

std::string HostName() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0) return "unknown";
  return name;
}

void Configure(zmq::socket_t& socket) {
  socket.set(zmq::sockopt::linger, 0);
  socket.set(zmq::sockopt::maxmsgsize, static_cast<int64_t>(kMaxMessageBytes));
  // A ROUTER drops messages to a peer that went away instead of blocking; a DEALER whose
  // broker is away would queue without bound: cap it.
  socket.set(zmq::sockopt::sndhwm, 1000);
}

}  // namespace verifact::protocol
