#include "review/http_safety.h"

#include <httplib.h>

namespace verifact {

void MakeSafe(httplib::Server& s, size_t max_body) {
  s.set_payload_max_length(max_body);
  s.set_read_timeout(10, 0);
  s.set_write_timeout(30, 0);
  s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content("internal error\n", "text/plain; charset=utf-8");
  });
  s.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    res.set_content(std::to_string(res.status) + "\n", "text/plain; charset=utf-8");
  });
  s.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    bool chunked = req.has_header("Transfer-Encoding");
    bool body = req.method == "POST" || req.method == "PUT" || req.method == "PATCH";
    if (chunked || (body && !req.has_header("Content-Length"))) {
      res.status = 411;
      res.set_content("a body needs a Content-Length\n", "text/plain; charset=utf-8");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  s.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Cache-Control", "no-store");
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; "
                   "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  });
}

}  // namespace verifact
