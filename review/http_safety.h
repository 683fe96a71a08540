// The answers every verifact web server gives whatever its routes: what keeps a browser and
// the server safe from a page, a body or a bug.
#pragma once

#include <cstddef>

namespace httplib {
class Server;
}

namespace verifact {

// Installs on `server`: a body limit of `max_body` bytes (413 beyond); a guard, run before any
// body is read, answering 411 to a body without Content-Length (Debian's cpp-httplib 0.11
// reads chunked bodies without end); an exception handler answering a plain "internal error"
// (that version would echo the exception's text); and on every answer nosniff,
// X-Frame-Options, Referrer-Policy, Cache-Control no-store and a Content-Security-Policy that
// allows only the server's own scripts, styles and images.
void MakeSafe(httplib::Server& server, size_t max_body);

}  // namespace verifact
