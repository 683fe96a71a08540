// The OpenSSL side of TrustStore, for the adapters of this folder only (never included from a
// public header).
#pragma once

#include <openssl/x509_vfy.h>

#include "extractors/trust_store.h"

namespace verifact {

class OpenSslTrustStore final : public TrustStore {
 public:
  OpenSslTrustStore();
  ~OpenSslTrustStore() override;
  OpenSslTrustStore(const OpenSslTrustStore&) = delete;
  OpenSslTrustStore& operator=(const OpenSslTrustStore&) = delete;

  int root_count() const override { return count_; }
  // Adds every certificate of a PEM file; returns how many were added.
  int AddPemFile(const std::string& path);
  // OpenSSL's X509_STORE is safe for concurrent verifications once filled.
  X509_STORE* store() const { return store_; }

 private:
  X509_STORE* store_;
  int count_ = 0;
};

}  // namespace verifact
