#include "review/review_server.h"

#include <httplib.h>
#include <sodium.h>

#include <chrono>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "extractors/page_png.h"
#include "review/html.h"
#include "review/http_safety.h"
#include "review/login_throttle.h"
#include "review/review_pages.h"
#include "workers/file_bytes.h"

namespace verifact {
namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kCookie = "vf_session";
constexpr auto kSessionLife = std::chrono::hours(8);

std::string RandomHex(size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                 raw.size());
  hex.pop_back();
  return hex;
}

struct Session {
  std::string user, csrf;
  Clock::time_point expires;
};

// Sessions live in memory: a restarted server asks everyone to log in again.
class Sessions {
 public:
  std::string Open(const std::string& user) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::string id = RandomHex(32);
    sessions_[id] = {user, RandomHex(32), Clock::now() + kSessionLife};
    return id;
  }
  std::optional<Session> Find(const std::string& id) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = sessions_.find(id);
    if (it == sessions_.end()) return std::nullopt;
    if (it->second.expires < Clock::now()) {
      sessions_.erase(it);
      return std::nullopt;
    }
    it->second.expires = Clock::now() + kSessionLife;  // sliding: a working reviewer stays in
    return it->second;
  }
  void Close(const std::string& id) {
    std::lock_guard<std::mutex> lock(mutex_);
    sessions_.erase(id);
  }

 private:
  std::mutex mutex_;
  std::map<std::string, Session> sessions_;
};

std::string CookieValue(const httplib::Request& req, const std::string& name) {
  std::string cookies = req.get_header_value("Cookie");
  std::istringstream parts(cookies);
  for (std::string part; std::getline(parts, part, ';');) {
    size_t start = part.find_first_not_of(' ');
    if (start == std::string::npos) continue;
    part = part.substr(start);
    if (part.rfind(name + "=", 0) == 0) return part.substr(name.size() + 1);
  }
  return "";
}

// Constant-time, so a token cannot be guessed byte by byte from response times.
bool SameToken(const std::string& a, const std::string& b) {
  return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

void Html(httplib::Response& res, const std::string& page, int status = 200) {
  res.status = status;
  res.set_content(page, "text/html; charset=utf-8");
}

void Json(httplib::Response& res, const nlohmann::ordered_json& j, int status = 200) {
  res.status = status;
  res.set_content(j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

void SeeOther(httplib::Response& res, const std::string& where) {
  res.status = 303;
  res.set_header("Location", where);
}

// French Excel: ';' between fields, quotes doubled, comma decimals.
std::string CsvField(std::string text) {
  bool quote = text.find_first_of(";\"\r\n") != std::string::npos;
  std::string out;
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quote ? "\"" + out + "\"" : out;
}

std::string CommaDecimal(std::string amount) {
  auto dot = amount.find('.');
  if (dot != std::string::npos) amount[dot] = ',';
  return amount;
}

// A field's value as text (dossiers joined by ", "); empty when absent.
std::string FieldText(const nlohmann::ordered_json& result, const char* field) {
  if (!result.contains("fields") || !result["fields"].contains(field)) return "";
  const auto& f = result["fields"][field];
  if (!f.is_object() || !f.contains("value")) return "";
  const auto& v = f["value"];
  if (v.is_string()) return v.get<std::string>();
  std::string out;
  if (v.is_array()) {
    for (const auto& item : v) {
      if (item.is_string()) out += (out.empty() ? "" : ", ") + item.get<std::string>();
    }
  }
  return out;
}

}  // namespace

struct ReviewServer::Impl {
  ReviewStore& store;
  ReviewBatch& batch;
  httplib::Server server;
  Sessions sessions;
  LoginThrottle throttle;
  std::string host;
  int port = 0;

  Impl(ReviewStore& s, ReviewBatch& b) : store(s), batch(b) {}

  std::optional<Session> SessionOf(const httplib::Request& req) {
    std::string id = CookieValue(req, kCookie);
    if (id.empty()) return std::nullopt;
    return sessions.Find(id);
  }

  // A page for people: without a session, off to the login.
  std::optional<Session> Page(const httplib::Request& req, httplib::Response& res) {
    auto s = SessionOf(req);
    if (!s) SeeOther(res, "/login");
    return s;
  }
  // An API: without a session, 401.
  std::optional<Session> Api(const httplib::Request& req, httplib::Response& res) {
    auto s = SessionOf(req);
    if (!s) Json(res, {{"error", "login required"}}, 401);
    return s;
  }
  // A change: a session and its CSRF token.
  std::optional<Session> Change(const httplib::Request& req, httplib::Response& res) {
    auto s = SessionOf(req);
    if (!s) {
      res.status = 401;
      res.set_content("login required\n", "text/plain; charset=utf-8");
      return std::nullopt;
    }
    if (!SameToken(req.get_param_value("csrf"), s->csrf)) {
      res.status = 403;
      res.set_content("the form is stale: reload the page\n", "text/plain; charset=utf-8");
      return std::nullopt;
    }
    return s;
  }

  QueueFilter FilterOf(const httplib::Request& req) {
    QueueFilter f;
    if (req.has_param("status")) f.status = req.get_param_value("status");
    f.funder = req.get_param_value("funder");
    f.code = req.get_param_value("code");
    f.from = req.get_param_value("from");
    f.to = req.get_param_value("to");
    return f;
  }

  std::vector<QueueRow> Rows(const QueueFilter& f, int* flagged, int* decided, int* total) {
    std::map<std::string, Decision> decisions;
    for (Decision& d : store.Decisions()) decisions[d.key] = d;
    std::vector<QueueRow> rows;
    int n_flagged = 0, n_decided = 0, n_total = 0;
    for (ReviewedDeposit& d : batch.All()) {
      auto it = decisions.find(d.key);
      std::optional<Decision> decision;
      if (it != decisions.end()) decision = it->second;
      ++n_total;
      if (decision) ++n_decided;
      if (!decision && (d.verdict == "refused" || d.verdict == "review")) ++n_flagged;
      if (Matches(d, decision, f)) rows.push_back({std::move(d), decision});
    }
    if (flagged) *flagged = n_flagged;
    if (decided) *decided = n_decided;
    if (total) *total = n_total;
    return rows;
  }

  // The next deposit to decide after `key`, in queue order (empty when none).
  std::string NextFlagged(const std::string& key) {
    auto rows = Rows(QueueFilter{}, nullptr, nullptr, nullptr);
    for (size_t i = 0; i < rows.size(); ++i) {
      if (rows[i].deposit.key == key) return i + 1 < rows.size() ? rows[i + 1].deposit.key : "";
    }
    for (const auto& r : rows) {
      if (r.deposit.key != key) return r.deposit.key;
    }
    return "";
  }

  void Routes();
};

ReviewServer::ReviewServer(ReviewStore& store, ReviewBatch& batch)
    : impl_(std::make_unique<Impl>(store, batch)) {
  impl_->Routes();
}

ReviewServer::~ReviewServer() = default;

void ReviewServer::Impl::Routes() {
  httplib::Server& s = server;
  MakeSafe(s, 1 << 20);

  s.Get("/static/review.css", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kReviewCss, "text/css; charset=utf-8");
  });
  s.Get("/static/review.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kReviewJs, "text/javascript; charset=utf-8");
  });

  s.Get("/favicon.ico", [](const httplib::Request&, httplib::Response& res) {
    res.status = 204;  // none: browsers ask on every page
  });
  s.Get("/login", [](const httplib::Request&, httplib::Response& res) {
    Html(res, LoginPage(""));
  });
  s.Post("/login", [this](const httplib::Request& req, httplib::Response& res) {
    std::string user = req.get_param_value("username");
    // Guesses are counted per account and address: behind a proxy every address is the
    // proxy's, and a run of wrong passwords then holds the account back for everyone, for a
    // while — the price of not trusting a forwarded address anyone can write.
    const std::string key = user + '\n' + req.remote_addr;
    if (int wait = throttle.WaitSeconds(key); wait > 0) {
      res.set_header("Retry-After", std::to_string(wait));
      Html(res,
           LoginPage("Trop de tentatives pour cet identifiant : réessayez dans " +
                     std::to_string(wait) + " s."),
           429);
      return;
    }
    if (!store.CheckPassword(user, req.get_param_value("password"))) {
      throttle.Failed(key);
      Html(res, LoginPage("Identifiant ou mot de passe incorrect."), 401);
      return;
    }
    throttle.Succeeded(key);
    // A new id at every login: a session id planted before cannot be ridden after.
    std::string old = CookieValue(req, kCookie);
    if (!old.empty()) sessions.Close(old);
    std::string id = sessions.Open(user);
    bool tls = req.get_header_value("X-Forwarded-Proto") == "https";
    res.set_header("Set-Cookie", std::string(kCookie) + "=" + id +
                                     "; Path=/; HttpOnly; SameSite=Strict" +
                                     (tls ? "; Secure" : ""));
    SeeOther(res, "/");
  });
  auto logout = [this](const httplib::Request& req, httplib::Response& res) {
    std::string id = CookieValue(req, kCookie);
    if (!id.empty()) sessions.Close(id);
    res.set_header("Set-Cookie", std::string(kCookie) +
                                     "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    SeeOther(res, "/login");
  };
  s.Get("/logout", logout);
  s.Post("/logout", logout);

  s.Get("/", [this](const httplib::Request& req, httplib::Response& res) {
    auto session = Page(req, res);
    if (!session) return;
    QueueFilter f = FilterOf(req);
    int flagged = 0, decided = 0, total = 0;
    auto rows = Rows(f, &flagged, &decided, &total);
    Html(res, QueuePage(rows, f, flagged, decided, total, session->user, session->csrf));
  });

  s.Get("/api/deposits", [this](const httplib::Request& req, httplib::Response& res) {
    if (!Api(req, res)) return;
    QueueFilter f = FilterOf(req);
    int flagged = 0, decided = 0, total = 0;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const QueueRow& r : Rows(f, &flagged, &decided, &total)) {
      const ReviewedDeposit& d = r.deposit;
      list.push_back({{"deposit_id", d.key},
                      {"funder", d.funder},
                      {"deposited_at", d.deposited_at},
                      {"file", d.file},
                      {"verdict", d.verdict},
                      {"codes", d.codes},
                      {"decision", r.decision ? nlohmann::ordered_json(r.decision->decision)
                                              : nlohmann::ordered_json(nullptr)}});
    }
    Json(res, {{"deposits", list},
               {"counts", {{"shown", list.size()}, {"flagged", flagged}, {"decided", decided},
                           {"total", total}}}});
  });

  s.Get(R"(/api/deposits/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
    if (!Api(req, res)) return;
    auto d = batch.Find(req.matches[1]);
    if (!d) return Json(res, {{"error", "no such deposit"}}, 404);
    nlohmann::ordered_json j = {{"deposit_id", d->key}, {"result", d->result},
                                {"corrections", d->corrections}};
    auto decision = store.DecisionOf(d->key);
    j["decision"] = decision ? nlohmann::ordered_json{{"decision", decision->decision},
                                                      {"letter", decision->letter},
                                                      {"user", decision->user},
                                                      {"at", decision->at}}
                             : nlohmann::ordered_json(nullptr);
    Json(res, j);
  });

  s.Get(R"(/deposits/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
    auto session = Page(req, res);
    if (!session) return;
    auto d = batch.Find(req.matches[1]);
    if (!d) return Html(res, "<!doctype html><p>Aucun dépôt de ce nom.</p>", 404);
    QueueRow row{*d, store.DecisionOf(d->key)};
    Html(res, DepositPage(row, store.Audit(d->key), NextFlagged(d->key),
                          req.get_param_value("error"), session->user, session->csrf));
  });

  s.Get(R"(/deposits/([^/]+)/file)", [this](const httplib::Request& req, httplib::Response& res) {
    if (!Page(req, res)) return;
    auto d = batch.Find(req.matches[1]);
    if (!d || d->path.empty()) return Html(res, "<!doctype html><p>Aucun fichier.</p>", 404);
    auto bytes = ReadFileBytes(d->path);
    if (!bytes.ok()) return Html(res, "<!doctype html><p>Le fichier n'est plus là.</p>", 404);
    std::string type = d->result.value("media_type", "");
    if (type.empty() || type == "null") type = "application/octet-stream";
    // Shown as a download, never rendered in the page's origin.
    res.set_header("Content-Disposition", "attachment; filename=\"deposit-" +
                                              html::UrlPart(d->key) + "\"");
    res.set_content(std::move(bytes).value(), type);
  });

  s.Get(R"(/deposits/([^/]+)/page/(\d{1,4})\.png)",
        [this](const httplib::Request& req, httplib::Response& res) {
          if (!Page(req, res)) return;
          auto d = batch.Find(req.matches[1]);
          if (!d || d->path.empty()) return Html(res, "<!doctype html><p>Aucun fichier.</p>", 404);
          auto bytes = ReadFileBytes(d->path);
          if (!bytes.ok()) return Html(res, "<!doctype html><p>Aucun fichier.</p>", 404);
          auto png = RenderPagePng(bytes.value(), std::stoi(req.matches[2]), 1000);
          if (!png.ok()) return Html(res, "<!doctype html><p>Page illisible.</p>", 404);
          res.set_content(std::move(png).value(), "image/png");
        });

  s.Post(R"(/deposits/([^/]+)/correct)", [this](const httplib::Request& req,
                                                httplib::Response& res) {
    auto session = Change(req, res);
    if (!session) return;
    auto d = batch.Find(req.matches[1]);
    if (!d) return Html(res, "<!doctype html><p>Aucun dépôt de ce nom.</p>", 404);
    std::string field = req.get_param_value("field"), value = req.get_param_value("value");
    std::string back = "/deposits/" + html::UrlPart(d->key);
    ExtractionResult probe;
    auto valid = ReviewBatch::ApplyCorrection(probe, field, value);
    if (!valid.ok()) return SeeOther(res, back + "?error=" + html::UrlPart(valid.error().message));
    std::string before = FieldText(d->result, field.c_str());
    auto saved = store.Correct(d->key, field, before, value, session->user);
    if (!saved.ok()) return SeeOther(res, back + "?error=" + html::UrlPart("non enregistré"));
    batch.Rejudge();  // the checks follow the corrected value
    SeeOther(res, back);
  });

  s.Post(R"(/deposits/([^/]+)/decide)", [this](const httplib::Request& req,
                                               httplib::Response& res) {
    auto session = Change(req, res);
    if (!session) return;
    auto d = batch.Find(req.matches[1]);
    if (!d) return Html(res, "<!doctype html><p>Aucun dépôt de ce nom.</p>", 404);
    std::string choice = req.get_param_value("decision");
    if (choice != "accept" && choice != "refuse") {
      return SeeOther(res, "/deposits/" + html::UrlPart(d->key) + "?error=" +
                               html::UrlPart("choisir accepter ou refuser"));
    }
    // Browsers send a textarea's lines with CRLF: letters are kept with LF, as generated.
    std::string letter = choice == "accept" ? "" : req.get_param_value("letter");
    for (size_t at; (at = letter.find("\r\n")) != std::string::npos;) letter.erase(at, 1);
    Decision decision{d->key, choice == "accept" ? "accepted" : "refused", letter, session->user,
                      ""};
    if (decision.decision == "refused" && decision.letter.empty()) {
      return SeeOther(res, "/deposits/" + html::UrlPart(d->key) + "?error=" +
                               html::UrlPart("un refus demande sa lettre"));
    }
    std::string letter_before =
        d->result["refusal_letter"].is_string() ? d->result["refusal_letter"].get<std::string>() : "";
    auto saved = store.Decide(decision, d->verdict, letter_before);
    if (!saved.ok()) {
      return SeeOther(res, "/deposits/" + html::UrlPart(d->key) + "?error=" +
                               html::UrlPart("non enregistré"));
    }
    std::string next = NextFlagged(d->key);
    SeeOther(res, next.empty() ? "/" : "/deposits/" + html::UrlPart(next));
  });

  s.Get("/audit", [this](const httplib::Request& req, httplib::Response& res) {
    auto session = Page(req, res);
    if (!session) return;
    Html(res, AuditPage(store.Audit(), session->user, session->csrf));
  });

  s.Get("/export.csv", [this](const httplib::Request& req, httplib::Response& res) {
    if (!Page(req, res)) return;
    std::string csv = "\xEF\xBB\xBF";  // a BOM, so Excel reads UTF-8
    csv += "deposit_id;funder;file;verdict_auto;decision;reviewer;decided_at;codes;total_ht;"
           "total_ttc;refusal_letter\r\n";
    for (const Decision& dec : store.Decisions()) {
      auto d = batch.Find(dec.key);
      if (!d) continue;
      std::string codes;
      for (const auto& c : d->codes) codes += (codes.empty() ? "" : " ") + c;
      csv += CsvField(d->key) + ";" + CsvField(d->funder) + ";" + CsvField(d->file) + ";" +
             CsvField(d->verdict) + ";" + CsvField(dec.decision) + ";" + CsvField(dec.user) + ";" +
             CsvField(dec.at) + ";" + CsvField(codes) + ";" +
             CsvField(CommaDecimal(FieldText(d->result, "total_ht"))) + ";" +
             CsvField(CommaDecimal(FieldText(d->result, "total_ttc"))) + ";" +
             CsvField(dec.letter) + "\r\n";
    }
    res.set_header("Content-Disposition", "attachment; filename=\"decisions.csv\"");
    res.set_content(csv, "text/csv; charset=utf-8");
  });

  s.Get("/export.jsonl", [this](const httplib::Request& req, httplib::Response& res) {
    if (!Page(req, res)) return;
    std::string out;
    for (const Decision& dec : store.Decisions()) {
      auto d = batch.Find(dec.key);
      if (!d) continue;
      nlohmann::ordered_json j = {{"deposit_id", dec.key},      {"funder", d->funder},
                                  {"file", d->file},            {"verdict_auto", d->verdict},
                                  {"decision", dec.decision},   {"reviewer", dec.user},
                                  {"decided_at", dec.at},       {"codes", d->codes},
                                  {"corrections", d->corrections},
                                  {"refusal_letter", dec.letter.empty()
                                                         ? nlohmann::ordered_json(nullptr)
                                                         : nlohmann::ordered_json(dec.letter)}};
      out += j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    }
    res.set_header("Content-Disposition", "attachment; filename=\"decisions.jsonl\"");
    res.set_content(out, "application/x-ndjson; charset=utf-8");
  });
}

Result<int> ReviewServer::Bind(const std::string& host, int port) {
  int bound = port == 0 ? impl_->server.bind_to_any_port(host) : port;
  if (port != 0 && !impl_->server.bind_to_port(host, port)) bound = -1;
  if (bound <= 0) {
    return Error{"REVIEW_BIND", "cannot listen on " + host + ":" + std::to_string(port)};
  }
  impl_->host = host;
  impl_->port = bound;
  return bound;
}

void ReviewServer::Serve() { impl_->server.listen_after_bind(); }

void ReviewServer::Stop() { impl_->server.stop(); }

}  // namespace verifact
