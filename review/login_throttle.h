// LoginThrottle: how long a login must wait after repeated wrong passwords. Argon2 makes each
// guess cost a tenth of a second; this makes a run of guesses against one account cost
// minutes, while a reviewer who mistypes a few times is not held up.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace verifact {

class LoginThrottle {
 public:
  using Clock = std::chrono::steady_clock;

  // After `free_failures` wrong passwords in a row for one key, each further failure locks the
  // key for `first_lock`, doubling up to `max_lock`. A success clears the key.
  LoginThrottle(int free_failures = 5, std::chrono::seconds first_lock = std::chrono::seconds(30),
                std::chrono::seconds max_lock = std::chrono::seconds(15 * 60));

  // Whole seconds (at least 1) before `key` may try again; 0 when it may now.
  int WaitSeconds(const std::string& key, Clock::time_point now = Clock::now());
  void Failed(const std::string& key, Clock::time_point now = Clock::now());
  void Succeeded(const std::string& key);

 private:
  struct Record {
    int failures = 0;
    Clock::time_point locked_until{};
    Clock::time_point last{};
  };
  // Keys untouched for the longest lock are forgotten once the table grows (a flood of
  // made-up names must not grow it without bound).
  void Prune(Clock::time_point now);

  const int free_failures_;
  const std::chrono::seconds first_lock_, max_lock_;
  std::mutex mutex_;
  std::map<std::string, Record> records_;
};

}  // namespace verifact
