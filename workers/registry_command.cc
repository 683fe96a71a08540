#include <chrono>
#include <filesystem>

#include "workers/commands.h"
#include "workers/sqlite_sirene.h"

namespace verifact {

Result<Registry> OpenRegistry(const std::string& dir) {
  const std::string db = (std::filesystem::path(dir) / kSireneIndexFile).string();
  if (!std::filesystem::exists(db)) return Registry::Load(dir);
  auto index = OpenSireneIndex(db);
  if (!index.ok()) return index.error();
  return Registry::Load(dir, std::move(index).value());
}

int RunRegistryImport(const std::string& csv, const std::string& dir, std::ostream& err) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  const std::string db = (fs::path(dir) / kSireneIndexFile).string();
  const auto total = static_cast<double>(fs::file_size(csv, ec));
  const auto start = std::chrono::steady_clock::now();
  auto seconds = [&start] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  auto rows = ImportSirene(csv, db, [&](long long n, long long bytes) {
    err << "verifact: " << n << " establishments";
    if (total > 0) err << " (" << static_cast<int>(100.0 * static_cast<double>(bytes) / total) << " %)";
    err << ", " << static_cast<long long>(static_cast<double>(n) / std::max(seconds(), 1e-3))
        << " rows/s\n";
  });
  if (!rows.ok()) {
    err << "verifact: " << rows.error().message << "\n";
    return 1;
  }
  err << "verifact: " << rows.value() << " establishments in " << db << " ("
      << static_cast<long long>(seconds() * 1000) << " ms)\n";
  return 0;
}

}  // namespace verifact
