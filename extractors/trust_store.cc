#include "extractors/trust_store.h"

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "extractors/internal/openssl_trust_store.h"

namespace verifact {

OpenSslTrustStore::OpenSslTrustStore() : store_(X509_STORE_new()) {}

OpenSslTrustStore::~OpenSslTrustStore() { X509_STORE_free(store_); }

int OpenSslTrustStore::AddPemFile(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return 0;
  int added = 0;
  while (X509* cert = PEM_read_X509(f.get(), nullptr, nullptr, nullptr)) {
    if (X509_STORE_add_cert(store_, cert) == 1) ++added;
    X509_free(cert);
  }
  count_ += added;
  return added;
}

Result<std::shared_ptr<const TrustStore>> LoadTrustStore(const std::string& folder) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  if (ec) {
    return Error{"TRUST_STORE_UNREADABLE",
                 "cannot list the trusted roots folder " + folder + ": " + ec.message()};
  }
  // Sorted so that the same folder always loads the same way.
  std::vector<fs::path> files;
  for (const fs::directory_entry& e : it) {
    std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".pem" || ext == ".crt" || ext == ".cer")) {
      files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  auto store = std::make_shared<OpenSslTrustStore>();
  for (const fs::path& p : files) {
    if (store->AddPemFile(p.string()) == 0) {
      return Error{"TRUST_STORE_UNREADABLE", p.string() + " holds no PEM certificate"};
    }
  }
  if (store->root_count() == 0) {
    return Error{"TRUST_STORE_UNREADABLE", folder + " holds no .pem, .crt or .cer file"};
  }
  return std::shared_ptr<const TrustStore>(std::move(store));
}

}  // namespace verifact
