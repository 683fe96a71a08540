// The broker–worker protocol over ZeroMQ (ROUTER at the broker, DEALER at each worker), after
// the Paranoid Pirate pattern: both sides send HEARTBEAT every `heartbeat_ms` and presume the
// other gone after `liveness` silent intervals.
//
// Every message is multipart; its first frame is kVersion, its second the command:
//   worker → broker   READY pid host       registers; the worker is idle
//                     HEARTBEAT
//                     RESULT key attempt reading   the wire reading of a job; idle again
//                     BYE                  the worker is leaving
//   broker → worker   JOB key attempt name lease_ms bytes   read `bytes` as file `name`
//                     HEARTBEAT
//                     DISCONNECT           unknown worker: register again (new socket)
//                     STOP                 the batch is over: exit
// File bytes travel inside JOB: a worker on another machine needs no shared folder and can
// read nothing of the broker's disk but what it is sent; ZMQ_MAXMSGSIZE bounds the frame.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <zmq.hpp>
#include <zmq_addon.hpp>

#include "pipeline/extract_document.h"

namespace verifact::protocol {

inline constexpr const char* kVersion = "VF1";

// The message limit set on both sockets: the largest file a job carries (ExtractLimits'
// default: a larger one is answered by the broker without being sent) plus room for the other
// frames.
inline constexpr long long kMaxMessageBytes = ExtractLimits{}.max_file_bytes + (1 << 20);

// A received message split into its command and arguments (after the version frame).
struct Message {
  std::string command;
  std::vector<std::string> args;
};

// Sends [kVersion, command, args...]. Returns false when the socket would block or fails (a
// vanished peer): the caller's liveness rules deal with it.
bool Send(zmq::socket_t& socket, const std::string& command,
          const std::vector<std::string>& args = {});

// At the ROUTER: the same, addressed to `identity`.
bool SendTo(zmq::socket_t& router, const std::string& identity, const std::string& command,
            const std::vector<std::string>& args = {});

// Parses frames after any routing identity was removed. Nothing when the version is wrong or
// frames are missing: a malformed message is dropped, never trusted.
std::optional<Message> Parse(const std::vector<zmq::message_t>& frames, size_t first);

// zmq::poll that returns (nothing ready) when a signal interrupts it, so the caller's loop can
// look at its stop flag instead of failing.
void Poll(zmq::pollitem_t* items, size_t count, int timeout_ms);

// This machine's name, as workers announce it in READY (local workers are told apart by it).
std::string HostName();

// Sets the options every socket of the protocol shares: linger 0 (a stopping process must not
// hang on unsent messages) and the message size limit.
void Configure(zmq::socket_t& socket);

}  // namespace verifact::protocol
