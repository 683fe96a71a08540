// ReviewServer: the web page where validation staff decide what a batch flagged, over the
// batch's ledger (cpp-httplib).
//
// Safety, as the page is exposed to people and browsers: every page and API needs a session
// (pages redirect to /login, APIs answer 401); sessions are random 256-bit ids in an HttpOnly,
// SameSite=Strict cookie (Secure when served over TLS by a proxy that says so), renewed at
// login; every POST but the login carries the session's CSRF token; uploads are served by
// deposit id only; every answer has a fixed Content-Type, nosniff and, for pages, a
// Content-Security-Policy; no exception text reaches a client; bodies are capped and a body
// without Content-Length (chunked) is refused before it is read.
#pragma once

#include <atomic>
#include <memory>
#include <string>

#include "models/error.h"
#include "review/review_batch.h"
#include "review/review_store.h"

namespace verifact {

class ReviewServer {
 public:
  ReviewServer(ReviewStore& store, ReviewBatch& batch);
  ~ReviewServer();

  // Binds `host`:`port` (port 0: any free port). Errors: REVIEW_BIND.
  Result<int> Bind(const std::string& host, int port);
  // Serves until Stop() (from any thread).
  void Serve();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace verifact
