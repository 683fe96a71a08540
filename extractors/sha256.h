// SHA-256 of a file's bytes (OpenSSL behind it): the identity of a deposit.
#pragma once

#include <string>
#include <string_view>

namespace verifact {

// Lower-case hex digest. Thread-safe.
std::string Sha256Hex(std::string_view bytes);

}  // namespace verifact
