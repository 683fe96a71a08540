// The review page over HTTP: anonymous access refused, login and sessions, the flagged queue
// exactly, a correction that re-judges, a decision in the audit trail and the exports, CSRF,
// files by id only, and the safety answers (headers, body limits, no exception text).
#include <httplib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <thread>

#include "review/http_safety.h"
#include "review/review_batch.h"
#include "review/review_command.h"
#include "review/review_server.h"
#include "review/review_store.h"
#include "workers/commands.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace verifact;

namespace {

// The sample batch run once, then copied for each test (decisions change it).
struct RemovedAtExit {
  fs::path path;
  ~RemovedAtExit() { fs::remove_all(path); }
};

fs::path Template() {
  static RemovedAtExit dir{[] {
    fs::path d = fs::temp_directory_path() / ("verifact-review-template-" + std::to_string(::getpid()));
    fs::remove_all(d);
    RunOptions o;
    fs::path samples = fs::path(VERIFACT_SOURCE_DIR) / "samples/batch";
    o.deposits = (samples / "deposits.jsonl").string();
    o.proformas = (samples / "proformas.jsonl").string();
    o.registry = (samples / "registry").string();
    o.out = d.string();
    o.workers = 2;
    o.progress = 0;
    o.worker_program = VERIFACT_BINARY;
    std::ostringstream out, err;
    if (RunBatch(o, out, err) != 0) std::cerr << err.str();
    std::istringstream password("correct horse battery\n");
    RunUserAdd("alice", d.string(), password, out, err);
    return d;
  }()};
  return dir.path;
}

// A copy of the batch served on a free port for one test.
struct Served {
  fs::path dir;
  std::unique_ptr<ReviewStore> store;
  std::unique_ptr<ReviewBatch> batch;
  std::unique_ptr<ReviewServer> server;
  std::thread thread;
  int port = 0;

  Served() {
    dir = fs::temp_directory_path() /
          ("verifact-review-" + std::to_string(::getpid()) + "-" +
           std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::remove_all(dir);
    fs::copy(Template(), dir, fs::copy_options::recursive);
    store = std::move(ReviewStore::Open((dir / "verifact.db").string())).value();
    auto loaded = ReviewBatch::Load(dir.string(), *store);
    REQUIRE(loaded.ok());
    batch = std::move(loaded).value();
    server = std::make_unique<ReviewServer>(*store, *batch);
    port = server->Bind("127.0.0.1", 0).value();
    thread = std::thread([this] { server->Serve(); });
  }
  ~Served() {
    server->Stop();
    thread.join();
    server.reset();
    batch.reset();
    store.reset();
    fs::remove_all(dir);
  }
  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_connection_timeout(5);
    c.set_read_timeout(30);
    return c;
  }
};

// Logs in; returns the Cookie header to send.
std::string Login(const Served& s, const std::string& password = "correct horse battery") {
  auto c = s.Client();
  auto res = c.Post("/login", "username=alice&password=" + password,
                    "application/x-www-form-urlencoded");
  REQUIRE(res);
  if (res->status != 303) return "";
  std::string cookie = res->get_header_value("Set-Cookie");
  return cookie.substr(0, cookie.find(';'));
}

std::string CsrfOf(const std::string& page) {
  std::smatch m;
  REQUIRE(std::regex_search(page, m, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\"")));
  return m[1];
}

httplib::Headers With(const std::string& cookie) { return {{"Cookie", cookie}}; }

void RequireSafeHeaders(const httplib::Result& res) {
  REQUIRE(res);
  CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(res->get_header_value("Content-Security-Policy").find("default-src 'none'") !=
        std::string::npos);
  CHECK(res->get_header_value("Cache-Control") == "no-store");
}

}  // namespace

TEST_CASE("review: nothing without a session", "[review]") {
  Served s;
  auto c = s.Client();
  for (const char* page : {"/", "/deposits/EP-019", "/deposits/EP-019/file",
                           "/deposits/EP-019/page/1.png", "/audit", "/export.csv",
                           "/export.jsonl"}) {
    auto res = c.Get(page);
    INFO(page);
    REQUIRE(res);
    CHECK(res->status == 303);
    CHECK(res->get_header_value("Location") == "/login");
    CHECK(res->body.find("EP-019") == std::string::npos);
    RequireSafeHeaders(res);
  }
  for (const char* api : {"/api/deposits?status=flagged", "/api/deposits/EP-019"}) {
    auto res = c.Get(api);
    REQUIRE(res);
    CHECK(res->status == 401);
    CHECK(res->get_header_value("Content-Type").rfind("application/json", 0) == 0);
  }
  auto post = c.Post("/deposits/EP-019/decide", "decision=accept", "application/x-www-form-urlencoded");
  REQUIRE(post);
  CHECK(post->status == 401);
  CHECK(s.store->Decisions().empty());
}

TEST_CASE("review: login, a new session id each time, logout", "[review]") {
  Served s;
  CHECK(Login(s, "wrong password").empty());
  CHECK(Login(s, "").empty());
  std::string first = Login(s), second = Login(s);
  REQUIRE(first.rfind("vf_session=", 0) == 0);
  CHECK(first != second);
  auto c = s.Client();
  auto login = c.Post("/login", "username=alice&password=correct horse battery",
                      "application/x-www-form-urlencoded");
  std::string cookie = login->get_header_value("Set-Cookie");
  CHECK(cookie.find("HttpOnly") != std::string::npos);
  CHECK(cookie.find("SameSite=Strict") != std::string::npos);
  auto page = c.Get("/", With(second));
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(c.Get("/logout", With(second))->status == 303);
  CHECK(c.Get("/", With(second))->status == 303);  // that session is over
}

TEST_CASE("review: a run of wrong passwords makes the account wait", "[review]") {
  Served s;
  auto c = s.Client();
  auto attempt = [&](const std::string& password) {
    auto res = c.Post("/login", "username=alice&password=" + password,
                      "application/x-www-form-urlencoded");
    REQUIRE(res);
    return res;
  };
  for (int i = 0; i < 5; ++i) CHECK(attempt("guess" + std::to_string(i))->status == 401);
  CHECK(attempt("guess5")->status == 401);  // the sixth failure locks the account
  auto locked = attempt("correct horse battery");  // even the right password waits
  CHECK(locked->status == 429);
  CHECK(std::stoi(locked->get_header_value("Retry-After")) > 0);
  CHECK(locked->body.find("Trop de tentatives") != std::string::npos);
  CHECK(locked->get_header_value("Set-Cookie").empty());
}

TEST_CASE("review: the queue is exactly the flagged deposits", "[review]") {
  Served s;
  std::string cookie = Login(s);
  auto res = s.Client().Get("/api/deposits?status=flagged", With(cookie));
  REQUIRE(res);
  REQUIRE(res->status == 200);
  json j = json::parse(res->body);
  std::set<std::string> shown;
  for (const auto& d : j["deposits"]) {
    shown.insert(d["deposit_id"]);
    CHECK((d["verdict"] == "refused" || d["verdict"] == "review"));
    CHECK(d["codes"].is_array());
  }
  std::set<std::string> flagged;
  std::ifstream results(s.dir / "results.jsonl");
  for (std::string line; std::getline(results, line);) {
    json r = json::parse(line);
    if (r["verdict"] != "accepted") {
      flagged.insert(r["deposit_id"].is_string() ? r["deposit_id"].get<std::string>() : "");
    }
  }
  flagged.erase("");  // manifest lines that are not deposits have no id in results.jsonl
  REQUIRE(flagged.size() >= 10);
  for (const auto& id : flagged) CHECK(shown.count(id) == 1);
  for (const auto& id : shown) {
    if (id.rfind("line:", 0) != 0) CHECK(flagged.count(id) == 1);
  }
  CHECK(j["counts"]["flagged"] == j["deposits"].size());
  // Filters narrow it.
  auto ep = s.Client().Get("/api/deposits?status=flagged&funder=opco-ep", With(cookie));
  for (const auto& d : json::parse(ep->body)["deposits"]) CHECK(d["funder"] == "opco-ep");
  auto code = s.Client().Get("/api/deposits?status=all&code=PROFORMA_AMOUNT_MISMATCH",
                             With(cookie));
  json by_code = json::parse(code->body);
  REQUIRE(by_code["deposits"].size() >= 1);
  for (const auto& d : by_code["deposits"]) {
    bool has = false;
    for (const auto& c : d["codes"]) has = has || c == "PROFORMA_AMOUNT_MISMATCH";
    CHECK(has);
  }
}

TEST_CASE("review: correct, re-judge, decide, audit, export", "[review]") {
  Served s;
  std::string cookie = Login(s);
  auto c = s.Client();
  auto page = c.Get("/deposits/EP-019", With(cookie));
  REQUIRE(page->status == 200);
  CHECK(page->body.find("PROFORMA_AMOUNT_MISMATCH") != std::string::npos);
  CHECK(page->body.find("class=\"box\"") != std::string::npos);
  std::string csrf = CsrfOf(page->body);

  // Without the token, or with another, nothing changes.
  auto forged = c.Post("/deposits/EP-019/correct", With(cookie),
                       "field=total_ttc&value=1261.20&csrf=00", "application/x-www-form-urlencoded");
  CHECK(forged->status == 403);
  CHECK(s.store->Corrections("EP-019").empty());

  auto corrected = c.Post("/deposits/EP-019/correct", With(cookie),
                          "field=total_ttc&value=1261.20&csrf=" + csrf,
                          "application/x-www-form-urlencoded");
  CHECK(corrected->status == 303);
  auto api = json::parse(c.Get("/api/deposits/EP-019", With(cookie))->body);
  CHECK(api["result"]["fields"]["total_ttc"]["value"] == "1261.20");
  CHECK(api["result"]["fields"]["total_ttc"]["source"] == "reviewer");
  for (const auto& check : api["result"]["checks"]) {
    CHECK(check["code"] != "PROFORMA_AMOUNT_MISMATCH");
  }
  // A value that is not an amount is refused with a message, not stored.
  auto bad = c.Post("/deposits/EP-019/correct", With(cookie),
                    "field=total_ttc&value=douze&csrf=" + csrf, "application/x-www-form-urlencoded");
  CHECK(bad->get_header_value("Location").find("error=") != std::string::npos);
  CHECK(s.store->Corrections("EP-019").at("total_ttc") == "1261.20");

  auto decided = c.Post("/deposits/EP-019/decide", With(cookie),
                        "decision=refuse&letter=Madame%2C+Monsieur%2C+refus.&csrf=" + csrf,
                        "application/x-www-form-urlencoded");
  CHECK(decided->status == 303);
  auto decision = s.store->DecisionOf("EP-019");
  REQUIRE(decision);
  CHECK(decision->decision == "refused");
  CHECK(decision->letter == "Madame, Monsieur, refus.");
  CHECK(decision->user == "alice");

  auto audit = s.store->Audit("EP-019");
  REQUIRE(audit.size() == 3);  // newest first: letter, decision, correction
  CHECK(audit[2].action == "correct");
  CHECK(audit[2].field == "total_ttc");
  CHECK(audit[2].before == "1621.20");
  CHECK(audit[2].after == "1261.20");
  CHECK(audit[1].action == "decide");
  CHECK(audit[1].after == "refused");
  CHECK(c.Get("/audit", With(cookie))->body.find("1621.20") != std::string::npos);

  // Decided: no longer in the flagged queue, in the decided one.
  auto flagged = json::parse(c.Get("/api/deposits?status=flagged", With(cookie))->body);
  for (const auto& d : flagged["deposits"]) CHECK(d["deposit_id"] != "EP-019");

  auto csv = c.Get("/export.csv", With(cookie));
  REQUIRE(csv->status == 200);
  CHECK(csv->body.rfind("\xEF\xBB\xBF" "deposit_id;funder;", 0) == 0);
  CHECK(csv->body.find("\r\nEP-019;opco-ep;") != std::string::npos);
  CHECK(csv->body.find(";1261,20;") != std::string::npos);  // comma decimals
  auto jsonl = c.Get("/export.jsonl", With(cookie));
  json line = json::parse(jsonl->body.substr(0, jsonl->body.find('\n')));
  CHECK(line["deposit_id"] == "EP-019");
  CHECK(line["decision"] == "refused");
  CHECK(line["corrections"]["total_ttc"] == "1261.20");
}

TEST_CASE("review: files by id only, and safe answers to hostile requests", "[review]") {
  Served s;
  std::string cookie = Login(s);
  auto c = s.Client();
  auto file = c.Get("/deposits/EP-019/file", With(cookie));
  REQUIRE(file->status == 200);
  CHECK(file->get_header_value("Content-Type") == "application/pdf");
  CHECK(file->get_header_value("Content-Disposition").rfind("attachment", 0) == 0);
  CHECK(file->body.rfind("%PDF", 0) == 0);
  auto png = c.Get("/deposits/EP-019/page/1.png", With(cookie));
  REQUIRE(png->status == 200);
  CHECK(png->get_header_value("Content-Type") == "image/png");
  CHECK(c.Get("/deposits/EP-019/page/99.png", With(cookie))->status == 404);
  for (const char* path : {"/deposits/..%2F..%2F..%2Fetc%2Fpasswd/file",
                           "/deposits/%2Fetc%2Fpasswd/file", "/static/../verifact.db",
                           "/deposits/../verifact.db", "/verifact.db"}) {
    auto res = c.Get(path, With(cookie));
    INFO(path);
    REQUIRE(res);
    CHECK(res->status == 404);
    CHECK(res->body.find("root:") == std::string::npos);
    CHECK(res->body.find("SQLite") == std::string::npos);
    RequireSafeHeaders(res);
  }
  // A body without a length, and one over the limit, are refused before they are read.
  httplib::Headers chunked = {{"Cookie", cookie}, {"Transfer-Encoding", "chunked"}};
  auto endless = c.Post("/login", chunked, "5\r\nhello\r\n0\r\n\r\n", "text/plain");
  REQUIRE(endless);
  CHECK(endless->status == 411);
  auto huge = c.Post("/login", std::string(2 << 20, 'x'), "application/x-www-form-urlencoded");
  REQUIRE(huge);
  CHECK(huge->status == 413);
}

TEST_CASE("review: an exception inside a handler never reaches the client", "[review]") {
  httplib::Server server;
  MakeSafe(server, 1024);
  server.Get("/boom", [](const httplib::Request&, httplib::Response&) {
    throw std::runtime_error("secret: /srv/batch/verifact.db is locked");
  });
  int port = server.bind_to_any_port("127.0.0.1");
  std::thread t([&] { server.listen_after_bind(); });
  httplib::Client c("127.0.0.1", port);
  auto res = c.Get("/boom");
  server.stop();
  t.join();
  REQUIRE(res);
  CHECK(res->status == 500);
  CHECK(res->body == "internal error\n");
  CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
  for (const auto& [name, value] : res->headers) CHECK(value.find("secret") == std::string::npos);
}
