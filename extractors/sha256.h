// SHA-256 of a file's bytes (OpenSSL behind it): the identity of a deposit.
#pragma once

#include <string>
#include <string_view>

namespace verifact {

// Lower-case hex digest. Thread-safe.
std::string Sha256Hex(std::string_view bytes);

// The same of a file read in pieces (never whole in memory: for files too large to read).
// Empty when the file cannot be read.
std::string Sha256FileHex(const std::string& path);

}  // namespace verifact
