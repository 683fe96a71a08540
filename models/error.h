// Error and Result<T>: the channel for failures to process (unreadable file, resource limit).
// Result<T> is shaped like std::expected so it can become an alias once the toolchain has it.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace verifact {

// A failure to process, with a stable machine code (e.g. "FILE_UNREADABLE") and a
// one-line human message saying what happened and, where possible, what to do.
struct Error {
  std::string code;
  std::string message;
};

// Holds either a T or an Error. Accessing the wrong alternative is a bug (asserted).
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() & {
    assert(ok());
    return std::get<T>(state_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<T>(state_);
  }
  T&& value() && {
    assert(ok());
    return std::get<T>(std::move(state_));
  }
  const Error& error() const {
    assert(!ok());
    return std::get<Error>(state_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace verifact
