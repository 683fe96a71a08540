// CURVE between server and workers: key files, the allow-list, and a server that hears only
// enrolled workers -- an unknown key or a plain client gets nothing through.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>
#include <zmq.hpp>
#include <zmq_addon.hpp>

#include "workers/curve_keys.h"
#include "workers/zap_handler.h"

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using verifact::CurveKeyPair;
using verifact::MakeCurveKeyPair;
using verifact::ZapHandler;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    static int count = 0;
    path = fs::temp_directory_path() /
           ("verifact-curve-" + std::to_string(::getpid()) + "-" + std::to_string(count++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

void WriteText(const fs::path& path, const std::string& text) { std::ofstream(path) << text; }

std::string ReadText(const fs::path& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

fs::perms Mode(const fs::path& path) { return fs::status(path).permissions() & fs::perms::all; }

// The next multipart message on `s`, or none within `timeout`: tests never block unbounded.
std::vector<zmq::message_t> ReceiveWithin(zmq::socket_t& s, std::chrono::milliseconds timeout) {
  std::vector<zmq::message_t> frames;
  zmq::pollitem_t item{s.handle(), 0, ZMQ_POLLIN, 0};
  if (zmq::poll(&item, 1, timeout) > 0) {
    (void)zmq::recv_multipart(s, std::back_inserter(frames), zmq::recv_flags::dontwait);
  }
  return frames;
}

template <typename Condition>
bool WaitFor(Condition condition) {
  for (int i = 0; i < 100 && !condition(); ++i) std::this_thread::sleep_for(50ms);
  return condition();
}

// A ROUTER server on a free local port whose ZAP handler admits `enrolled` only.
struct CurveServer {
  zmq::context_t ctx;
  CurveKeyPair server = MakeCurveKeyPair();
  CurveKeyPair enrolled = MakeCurveKeyPair();
  ZapHandler zap{ctx, {enrolled.public_z85}};
  zmq::socket_t router{ctx, zmq::socket_type::router};
  std::string endpoint;

  CurveServer() {
    router.set(zmq::sockopt::linger, 0);
    verifact::MakeCurveServer(router, server.secret_z85);
    router.bind("tcp://127.0.0.1:*");
    endpoint = router.get(zmq::sockopt::last_endpoint);
  }

  // A DEALER that connects and says "hello"; CURVE with `secret_z85` unless it is empty.
  zmq::socket_t Client(const std::string& secret_z85) {
    zmq::socket_t dealer(ctx, zmq::socket_type::dealer);
    dealer.set(zmq::sockopt::linger, 0);
    if (!secret_z85.empty()) verifact::MakeCurveClient(dealer, secret_z85, server.public_z85);
    dealer.connect(endpoint);
    dealer.send(zmq::str_buffer("hello"), zmq::send_flags::dontwait);
    return dealer;
  }
};

}  // namespace

TEST_CASE("A written key pair reads back, and the secret gives the public key", "[workers][curve]") {
  TempDir dir;
  const std::string prefix = (dir.path / "worker1").string();
  auto written = verifact::WriteCurveKeyPair(prefix);
  REQUIRE(written.ok());
  CHECK(Mode(prefix + ".key") == (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(Mode(prefix + ".pub") == (fs::perms::owner_read | fs::perms::owner_write |
                                  fs::perms::group_read | fs::perms::others_read));
  CHECK(ReadText(prefix + ".pub").back() == '\n');

  auto secret = verifact::ReadCurveKey(prefix + ".key");
  auto public_key = verifact::ReadCurveKey(prefix + ".pub");
  REQUIRE(secret.ok());
  REQUIRE(public_key.ok());
  CHECK(secret->size() == 40);
  auto derived = verifact::PublicKeyOf(secret.value());
  REQUIRE(derived.ok());
  CHECK(derived.value() == public_key.value());
  CHECK(verifact::PublicKeyOf("too short").error().code == "KEY_INVALID");
}

TEST_CASE("Writing a key pair never replaces a file", "[workers][curve]") {
  TempDir dir;
  const std::string prefix = (dir.path / "worker1").string();
  REQUIRE(verifact::WriteCurveKeyPair(prefix).ok());
  const std::string secret_before = ReadText(prefix + ".key");
  auto again = verifact::WriteCurveKeyPair(prefix);
  REQUIRE_FALSE(again.ok());
  CHECK(again.error().code == "KEY_EXISTS");
  CHECK(again.error().message.find(prefix + ".key") != std::string::npos);
  CHECK(ReadText(prefix + ".key") == secret_before);

  // Only the .pub is there: refused, and no orphan .key is left behind.
  const std::string other = (dir.path / "worker2").string();
  WriteText(other + ".pub", "kept\n");
  CHECK(verifact::WriteCurveKeyPair(other).error().code == "KEY_EXISTS");
  CHECK_FALSE(fs::exists(other + ".key"));
  CHECK(ReadText(other + ".pub") == "kept\n");

  auto nowhere = verifact::WriteCurveKeyPair((dir.path / "missing" / "w").string());
  CHECK(nowhere.error().code == "KEY_WRITE");
}

TEST_CASE("A corrupt or missing key file is refused, naming the file", "[workers][curve]") {
  TempDir dir;
  const std::string key = MakeCurveKeyPair().public_z85;
  const fs::path truncated = dir.path / "truncated.pub";
  WriteText(truncated, key.substr(0, 39) + "\n");
  auto result = verifact::ReadCurveKey(truncated.string());
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == "KEY_INVALID");
  CHECK(result.error().message.find(truncated.string()) != std::string::npos);

  const fs::path not_z85 = dir.path / "space.pub";
  WriteText(not_z85, key.substr(0, 20) + "~" + key.substr(21) + "\n");  // '~' is not Z85
  CHECK(verifact::ReadCurveKey(not_z85.string()).error().code == "KEY_INVALID");

  const fs::path padded = dir.path / "padded.pub";
  WriteText(padded, "  " + key + " \r\n\n");
  CHECK(verifact::ReadCurveKey(padded.string()).value() == key);

  CHECK(verifact::ReadCurveKey((dir.path / "none.pub").string()).error().code == "KEY_READ");
}

TEST_CASE("The allow-list comes from a folder of .pub files or from one file", "[workers][curve]") {
  TempDir dir;
  const std::string a = MakeCurveKeyPair().public_z85, b = MakeCurveKeyPair().public_z85;

  SECTION("a folder: every .pub, by name, nothing else") {
    WriteText(dir.path / "b.pub", b + "\n");
    WriteText(dir.path / "a.pub", a + "\n");
    WriteText(dir.path / "a.key", MakeCurveKeyPair().secret_z85 + "\n");
    WriteText(dir.path / "notes.txt", "not a key\n");
    auto keys = verifact::ReadAllowedKeys(dir.path.string());
    REQUIRE(keys.ok());
    CHECK(keys.value() == std::vector<std::string>{a, b});
  }
  SECTION("a file with comments and blank lines") {
    WriteText(dir.path / "workers",
              "# enrolled workers\n\n" + a + "\n  # " + b + " retired\n#" + b + "\n" + b + "  \n");
    auto keys = verifact::ReadAllowedKeys((dir.path / "workers").string());
    REQUIRE(keys.ok());
    CHECK(keys.value() == std::vector<std::string>{a, b});
  }
  SECTION("a bad line is named by file and line") {
    WriteText(dir.path / "workers", "# header\n" + a + "\nnot-a-key\n");
    auto keys = verifact::ReadAllowedKeys((dir.path / "workers").string());
    REQUIRE_FALSE(keys.ok());
    CHECK(keys.error().code == "KEY_INVALID");
    CHECK(keys.error().message.find((dir.path / "workers").string() + ":3") != std::string::npos);
  }
  SECTION("no key at all is an error, not a server nobody can reach") {
    WriteText(dir.path / "workers", "# nobody yet\n");
    auto from_file = verifact::ReadAllowedKeys((dir.path / "workers").string());
    CHECK(from_file.error().code == "KEY_INVALID");
    CHECK(from_file.error().message.find("no worker could connect") != std::string::npos);
    fs::remove(dir.path / "workers");
    CHECK(verifact::ReadAllowedKeys(dir.path.string()).error().code == "KEY_INVALID");
  }
  SECTION("an unreadable path") {
    CHECK(verifact::ReadAllowedKeys((dir.path / "none").string()).error().code == "KEY_READ");
  }
}

TEST_CASE("An enrolled worker is heard, under its own key as user id", "[workers][curve]") {
  CurveServer server;
  zmq::socket_t worker = server.Client(server.enrolled.secret_z85);
  auto frames = ReceiveWithin(server.router, 5s);
  REQUIRE(frames.size() == 2);  // routing id, body
  CHECK(frames[1].to_string() == "hello");
  CHECK(std::string(frames[1].gets("User-Id")) == server.enrolled.public_z85);
  CHECK(server.zap.allowed() == 1);
  CHECK(server.zap.denied() == 0);
}

TEST_CASE("A worker with an unenrolled key gets nothing through", "[workers][curve]") {
  CurveServer server;
  zmq::socket_t stranger = server.Client(MakeCurveKeyPair().secret_z85);
  CHECK(ReceiveWithin(server.router, 1500ms).empty());
  CHECK(WaitFor([&] { return server.zap.denied() >= 1; }));
  CHECK(server.zap.allowed() == 0);
}

TEST_CASE("A client without CURVE gets nothing through", "[workers][curve]") {
  CurveServer server;
  zmq::socket_t plain = server.Client("");
  CHECK(ReceiveWithin(server.router, 1500ms).empty());
  CHECK(server.zap.allowed() == 0);
}

TEST_CASE("The ZAP handler answers malformed and non-CURVE requests without failing", "[workers][curve]") {
  zmq::context_t ctx;
  const std::string enrolled = MakeCurveKeyPair().public_z85;
  ZapHandler zap(ctx, {enrolled});
  zmq::socket_t req(ctx, zmq::socket_type::req);
  req.set(zmq::sockopt::linger, 0);
  req.connect("inproc://zeromq.zap.01");
  auto ask = [&](const std::vector<std::string>& request) {
    std::vector<zmq::const_buffer> frames;
    for (const std::string& frame : request) frames.push_back(zmq::buffer(frame));
    REQUIRE(zmq::send_multipart(req, frames));
    auto reply = ReceiveWithin(req, 5s);
    REQUIRE(reply.size() == 6);
    CHECK(reply[0].to_string() == "1.0");
    return std::vector<std::string>{reply[1].to_string(), reply[2].to_string(),
                                    reply[4].to_string()};
  };
  CHECK(ask({"1.0"}) == std::vector<std::string>{"", "500", ""});
  CHECK(ask({"2.0", "id1", "verifact", "1.2.3.4", "", "CURVE", "x"})[1] == "500");
  CHECK(ask({"1.0", "id2", "verifact", "1.2.3.4", "", "CURVE", "short"}) ==
        std::vector<std::string>{"id2", "500", ""});
  CHECK(ask({"1.0", "id3", "verifact", "1.2.3.4", "", "NULL"}) ==
        std::vector<std::string>{"id3", "400", ""});
  CHECK(ask({"1.0", "id4", "verifact", "1.2.3.4", "", "PLAIN", "user", "pass"})[1] == "400");

  std::string credential(32, '\0');
  REQUIRE(zmq_z85_decode(reinterpret_cast<uint8_t*>(credential.data()), enrolled.c_str()));
  CHECK(ask({"1.0", "id5", "verifact", "1.2.3.4", "", "CURVE", credential}) ==
        std::vector<std::string>{"id5", "200", enrolled});
  CHECK(zap.allowed() == 1);
  CHECK(zap.denied() == 5);
}

TEST_CASE("Without a ZAP handler a CURVE server admits nobody (where libzmq can enforce it)",
          "[workers][curve]") {
  zmq::context_t ctx;
  zmq::socket_t probe(ctx, zmq::socket_type::router);
  int enforce = 1;
  if (zmq_setsockopt(probe.handle(), 93, &enforce, sizeof enforce) != 0) {
    WARN("libzmq without draft ZMQ_ZAP_ENFORCE_DOMAIN: the ZapHandler must outlive the server");
    return;
  }
  CurveKeyPair server = MakeCurveKeyPair(), worker = MakeCurveKeyPair();
  zmq::socket_t router(ctx, zmq::socket_type::router);
  router.set(zmq::sockopt::linger, 0);
  verifact::MakeCurveServer(router, server.secret_z85);
  router.bind("tcp://127.0.0.1:*");
  zmq::socket_t dealer(ctx, zmq::socket_type::dealer);
  dealer.set(zmq::sockopt::linger, 0);
  verifact::MakeCurveClient(dealer, worker.secret_z85, server.public_z85);
  dealer.connect(router.get(zmq::sockopt::last_endpoint));
  dealer.send(zmq::str_buffer("hello"), zmq::send_flags::dontwait);
  CHECK(ReceiveWithin(router, 1500ms).empty());
}
