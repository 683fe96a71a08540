#include "review/review_command.h"

#include <signal.h>

#include <filesystem>
#include <thread>

#include "review/review_batch.h"
#include "review/review_server.h"
#include "review/review_store.h"

namespace verifact {
namespace {

ReviewServer* serving = nullptr;
extern "C" void OnStop(int) {
  if (serving) serving->Stop();
}

std::string LedgerPath(const std::string& dir) {
  return (std::filesystem::path(dir) / "verifact.db").string();
}

}  // namespace

int RunReview(const std::string& dir, const std::string& listen, std::ostream& out,
              std::ostream& err) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos) {
    err << "verifact: --listen takes HOST:PORT, e.g. 127.0.0.1:8080\n";
    return 2;
  }
  std::string host = listen.substr(0, colon);
  int port = std::atoi(listen.substr(colon + 1).c_str());
  if (!std::filesystem::exists(LedgerPath(dir))) {
    err << "verifact: no batch in " << dir << ": run `verifact run --out " << dir
        << "` first (check --out)\n";
    return 1;
  }
  auto store = ReviewStore::Open(LedgerPath(dir));
  if (!store.ok()) {
    err << "verifact: " << store.error().message << "\n";
    return 1;
  }
  auto batch = ReviewBatch::Load(dir, *store.value());
  if (!batch.ok()) {
    err << "verifact: " << batch.error().message << "\n";
    return 1;
  }
  ReviewServer server(*store.value(), *batch.value());
  auto bound = server.Bind(host, port);
  if (!bound.ok()) {
    err << "verifact: " << bound.error().message << " (check --listen)\n";
    return 1;
  }
  if (host != "127.0.0.1" && host != "localhost" && host != "::1") {
    err << "verifact: listening beyond this machine, without TLS: put a TLS proxy in front "
           "(it must send X-Forwarded-Proto: https)\n";
  }
  out << "verifact review: http://" << host << ":" << bound.value() << "/\n" << std::flush;
  serving = &server;
  struct sigaction action {};
  action.sa_handler = OnStop;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  server.Serve();
  serving = nullptr;
  return 0;
}

int RunUserAdd(const std::string& name, const std::string& dir, std::istream& in,
               std::ostream& out, std::ostream& err) {
  if (!std::filesystem::exists(LedgerPath(dir))) {
    err << "verifact: no batch in " << dir << ": run `verifact run --out " << dir
        << "` first (check --out)\n";
    return 1;
  }
  std::string password;
  std::getline(in, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  auto store = ReviewStore::Open(LedgerPath(dir));
  if (!store.ok()) {
    err << "verifact: " << store.error().message << "\n";
    return 1;
  }
  auto set = store.value()->SetUser(name, password);
  if (!set.ok()) {
    err << "verifact: " << set.error().message << "\n";
    return set.error().code == "USER_INVALID" ? 2 : 1;
  }
  out << "verifact: user " << name << " can log in to `verifact review --out " << dir << "`\n";
  return 0;
}

}  // namespace verifact
