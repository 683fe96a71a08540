#include "workers/curve_keys.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zmq.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <sstream>

namespace verifact {
namespace {

constexpr size_t kZ85KeySize = 40;
constexpr size_t kMaxKeyFileSize = 1 << 20;  // an allow-list, not a data file

std::string Trim(const std::string& s) {
  const char* space = " \t\r\n\v\f";
  size_t begin = s.find_first_not_of(space);
  if (begin == std::string::npos) return "";
  return s.substr(begin, s.find_last_not_of(space) - begin + 1);
}

// Empty if `text` is a Z85 key, else what is wrong. Never quotes the text: it may be a secret.
std::string KeyProblem(const std::string& text) {
  if (text.size() != kZ85KeySize) {
    return "expected a 40-character Z85 key, found " + std::to_string(text.size()) + " characters";
  }
  uint8_t bytes[32];
  // zmq_z85_decode stops at a NUL and would then decode a shorter key without complaint.
  if (text.find('\0') != std::string::npos || zmq_z85_decode(bytes, text.c_str()) == nullptr) {
    return "not a valid Z85 key";
  }
  return "";
}

Result<std::string> ReadSmallFile(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return Error{"KEY_READ", path + ": " + std::strerror(errno)};
  std::string text;
  char buffer[4096];
  while (size_t got = std::fread(buffer, 1, sizeof buffer, f.get())) {
    text.append(buffer, got);
    if (text.size() > kMaxKeyFileSize) {
      return Error{"KEY_INVALID", path + ": too large for a key file"};
    }
  }
  if (std::ferror(f.get())) return Error{"KEY_READ", path + ": " + std::strerror(errno)};
  return text;
}

// Creates `path`, never replacing a file, with exactly `mode` whatever the umask.
Result<bool> WriteNewFile(const std::string& path, const std::string& text, mode_t mode) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0 && errno == EEXIST) {
    return Error{"KEY_EXISTS", path + " already exists; remove it or choose another name"};
  }
  if (fd < 0) return Error{"KEY_WRITE", path + ": " + std::strerror(errno)};
  int err = ::fchmod(fd, mode) == 0 ? 0 : errno;
  for (size_t done = 0; err == 0 && done < text.size();) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n > 0) {
      done += static_cast<size_t>(n);
    } else if (n == 0 || errno != EINTR) {
      err = n == 0 ? EIO : errno;
    }
  }
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err == 0) return true;
  ::unlink(path.c_str());  // a truncated key would only fail later, further from the cause
  return Error{"KEY_WRITE", path + ": " + std::strerror(err)};
}

// Appends the keys of one allow-list file.
Result<bool> AppendKeysOf(const std::string& path, std::vector<std::string>& keys) {
  auto text = ReadSmallFile(path);
  if (!text) return text.error();
  std::istringstream lines(text.value());
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    std::string key = Trim(line);
    if (key.empty() || key[0] == '#') continue;
    std::string problem = KeyProblem(key);
    if (!problem.empty()) {
      return Error{"KEY_INVALID", path + ":" + std::to_string(number) + ": " + problem};
    }
    keys.push_back(key);
  }
  return true;
}

}  // namespace

CurveKeyPair MakeCurveKeyPair() {
  char public_z85[kZ85KeySize + 1];
  char secret_z85[kZ85KeySize + 1];
  if (zmq_curve_keypair(public_z85, secret_z85) != 0) return {};
  return {public_z85, secret_z85};
}

Result<bool> WriteCurveKeyPair(const std::string& prefix) {
  CurveKeyPair pair = MakeCurveKeyPair();
  if (pair.secret_z85.empty()) {
    return Error{"KEY_WRITE", "cannot make a key pair: libzmq was built without CURVE"};
  }
  const std::string key_path = prefix + ".key";
  auto written = WriteNewFile(key_path, pair.secret_z85 + "\n", 0600);
  if (!written) return written;
  written = WriteNewFile(prefix + ".pub", pair.public_z85 + "\n", 0644);
  // A secret without its public half cannot be enrolled; and it is ours, made just above.
  if (!written) ::unlink(key_path.c_str());
  return written;
}

Result<std::string> ReadCurveKey(const std::string& path) {
  auto text = ReadSmallFile(path);
  if (!text) return text.error();
  std::string key = Trim(text.value());
  std::string problem = KeyProblem(key);
  if (!problem.empty()) return Error{"KEY_INVALID", path + ": " + problem};
  return key;
}

Result<std::string> PublicKeyOf(const std::string& secret_z85) {
  std::string problem = KeyProblem(secret_z85);
  char public_z85[kZ85KeySize + 1];
  if (problem.empty() && zmq_curve_public(public_z85, secret_z85.c_str()) != 0) {
    problem = "libzmq cannot derive its public key (built without CURVE?)";
  }
  if (!problem.empty()) return Error{"KEY_INVALID", "secret key: " + problem};
  return std::string(public_z85);
}

Result<std::vector<std::string>> ReadAllowedKeys(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> files;
  if (fs::is_directory(path, ec)) {
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().extension() == ".pub") files.push_back(it->path().string());
    }
    if (ec) return Error{"KEY_READ", path + ": " + ec.message()};
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  std::vector<std::string> keys;
  for (const std::string& file : files) {
    auto appended = AppendKeysOf(file, keys);
    if (!appended) return appended.error();
  }
  if (keys.empty()) {
    return Error{"KEY_INVALID", "no worker key in " + path + ": no worker could connect"};
  }
  return keys;
}

}  // namespace verifact
