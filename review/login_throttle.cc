#include "review/login_throttle.h"

#include <algorithm>

namespace verifact {

LoginThrottle::LoginThrottle(int free_failures, std::chrono::seconds first_lock,
                             std::chrono::seconds max_lock)
    : free_failures_(free_failures), first_lock_(first_lock), max_lock_(max_lock) {}

int LoginThrottle::WaitSeconds(const std::string& key, Clock::time_point now) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = records_.find(key);
  if (it == records_.end() || it->second.locked_until <= now) return 0;
  auto left = std::chrono::duration_cast<std::chrono::seconds>(it->second.locked_until - now);
  return static_cast<int>(std::max<long long>(1, left.count() + 1));
}

void LoginThrottle::Failed(const std::string& key, Clock::time_point now) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (records_.size() > 10'000) Prune(now);
  Record& r = records_[key];
  ++r.failures;
  r.last = now;
  const int over = r.failures - free_failures_;
  if (over <= 0) return;
  auto wait = first_lock_ * (1LL << std::min(over - 1, 20));
  r.locked_until = now + std::min<std::chrono::seconds>(wait, max_lock_);
}

void LoginThrottle::Succeeded(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  records_.erase(key);
}

void LoginThrottle::Prune(Clock::time_point now) {
  for (auto it = records_.begin(); it != records_.end();) {
    if (now - it->second.last > max_lock_ && it->second.locked_until <= now) {
      it = records_.erase(it);
    } else {
      ++it;
    }
  }
}

}  // namespace verifact
