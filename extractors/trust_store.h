// TrustStore: the certificate roots a funder trusts for signed invoices, read once from a folder
// of PEM files (OpenSSL behind it; no OpenSSL type leaks out).
#pragma once

#include <memory>
#include <string>

#include "models/error.h"

namespace verifact {

// Immutable once loaded, so one store is safe to share between threads.
class TrustStore {
 public:
  virtual ~TrustStore() = default;
  virtual int root_count() const = 0;
};

// Loads every certificate of every *.pem / *.crt / *.cer file in `folder` (PEM; several per
// file allowed). Errors: TRUST_STORE_UNREADABLE when the folder cannot be listed or a file
// holds no readable certificate — a mistyped folder must not silently trust nothing.
Result<std::shared_ptr<const TrustStore>> LoadTrustStore(const std::string& folder);

}  // namespace verifact
