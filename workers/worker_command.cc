// `verifact worker` and `verifact keys`: the process that reads the files a broker sends.
#include <signal.h>

#include <atomic>
#include <cstdlib>
#include <iostream>

#include "models/result_json.h"
#include "workers/commands.h"
#include "workers/curve_keys.h"
#include "workers/read_and_extract.h"
#include "workers/resource_limits.h"
#include "workers/worker.h"

namespace verifact {
namespace {

std::atomic<bool> leaving{false};
extern "C" void OnLeave(int) { leaving = true; }

}  // namespace

int RunWorkerCommand(const WorkerCommandOptions& o, std::ostream& err) {
  WorkerOptions wo;
  wo.connect = o.connect;
  wo.heartbeat_ms = o.heartbeat_ms;
  wo.exit_with_broker = o.local;
  if (!o.curve_secret.empty() || !o.server_key.empty()) {
    auto secret = ReadCurveKey(o.curve_secret);
    auto server = ReadCurveKey(o.server_key);
    if (!secret.ok() || !server.ok()) {
      err << "verifact: " << (secret.ok() ? server.error() : secret.error()).message
          << " (check --curve-secret / --server-key)\n";
      return 1;
    }
    wo.curve_secret = secret.value();
    wo.server_public = server.value();
  }
  auto extract = MakeExtractOptions(o.trusted_roots);
  if (!extract.ok()) {
    err << "verifact: " << extract.error().message << " (check --trusted-roots)\n";
    return 1;
  }
  std::string note = LimitAddressSpace(o.memory_mb);
  if (!note.empty()) err << "verifact worker: " << note << "\n";
  struct sigaction action {};
  action.sa_handler = OnLeave;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  const ExtractOptions options = std::move(extract).value();
  const int cpu_s = o.cpu_s;
  JobHandler handler = [&options, cpu_s](const std::string& name, const std::string& bytes) {
    ArmCpuBudget(cpu_s);
    ExtractionResult r = ExtractBytes(bytes, name, options);
    return ToJson(r, JsonForm::kWire)
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  try {
    zmq::context_t context;
    return RunWorker(context, wo, handler, leaving, err);
  } catch (const zmq::error_t& e) {
    err << "verifact worker: ZeroMQ failed: " << e.what() << " (check --connect)\n";
    return 1;
  }
}

int RunKeys(const std::string& prefix, std::ostream& out, std::ostream& err) {
  auto written = WriteCurveKeyPair(prefix);
  if (!written.ok()) {
    err << "verifact: " << written.error().message << "\n";
    return 1;
  }
  out << "secret key: " << prefix << ".key (keep it on this machine)\n"
      << "public key: " << prefix << ".pub (give it to the other side)\n";
  return 0;
}

}  // namespace verifact
