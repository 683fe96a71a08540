#include "workers/file_bytes.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace verifact {

Result<std::string> ReadFileBytes(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    int err = errno;
    return Error{err == ENOENT ? "FILE_NOT_FOUND" : "FILE_UNREADABLE",
                 path + ": " + std::strerror(err)};
  }
  if (S_ISDIR(st.st_mode)) return Error{"FILE_UNREADABLE", path + ": is a directory"};
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return Error{"FILE_UNREADABLE", path + ": " + std::strerror(errno)};
  std::string bytes;
  bytes.resize(static_cast<size_t>(st.st_size));
  size_t got = bytes.empty() ? 0 : std::fread(bytes.data(), 1, bytes.size(), f.get());
  if (got != bytes.size()) return Error{"FILE_UNREADABLE", path + ": short read"};
  return bytes;
}

}  // namespace verifact
