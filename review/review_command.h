// The review subcommands of `verifact`: the server and its accounts.
#pragma once

#include <istream>
#include <ostream>
#include <string>

namespace verifact {

// `verifact review --out DIR [--listen HOST:PORT]`: serves the review page over the batch in
// DIR until SIGINT/SIGTERM. Port 0 picks a free one; the address is printed on `out`.
int RunReview(const std::string& dir, const std::string& listen, std::ostream& out,
              std::ostream& err);

// `verifact user add NAME --out DIR`: reads the password from `in` (first line) and stores it
// as an Argon2id hash; the same name again replaces the password.
int RunUserAdd(const std::string& name, const std::string& dir, std::istream& in,
               std::ostream& out, std::ostream& err);

}  // namespace verifact
