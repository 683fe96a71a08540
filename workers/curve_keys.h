// CURVE keys for the link between the server and its workers: making them, writing and reading
// key files, and the allow-list of worker public keys the server admits. Keys are ZeroMQ's
// 40-character Z85 text, the form libzmq takes and the one that fits in a file or a log.
#pragma once

#include <string>
#include <vector>

#include "models/error.h"

namespace verifact {

struct CurveKeyPair {
  std::string public_z85;
  std::string secret_z85;
};

// A fresh key pair; both strings are empty if libzmq was built without CURVE.
CurveKeyPair MakeCurveKeyPair();

// Makes a key pair and writes PREFIX.key (the secret, mode 0600) and PREFIX.pub (the public key,
// mode 0644), each the Z85 key and a newline. Never replaces a file: KEY_EXISTS if either exists,
// and then nothing is left behind. KEY_WRITE with the path and the system's reason otherwise.
Result<bool> WriteCurveKeyPair(const std::string& prefix);

// The key in a .key or .pub file, surrounding whitespace ignored. KEY_READ if the file cannot be
// read; KEY_INVALID, naming the file and the fault, if it is not one 40-character Z85 key.
Result<std::string> ReadCurveKey(const std::string& path);

// The public key of a Z85 secret key; KEY_INVALID if it is not one.
Result<std::string> PublicKeyOf(const std::string& secret_z85);

// The worker public keys the server admits, from a folder (every *.pub file in it, by name) or
// from one file. A file holds one Z85 key per line; blank lines and lines starting with '#' are
// skipped (no key can start with '#': it would encode a value above 32 bits).
// KEY_READ if unreadable; KEY_INVALID on a bad line (file and line named) or when there is no
// key at all, because an empty list would silently lock every worker out.
Result<std::vector<std::string>> ReadAllowedKeys(const std::string& path);

}  // namespace verifact
