// LoginThrottle: a few mistakes are free, a run of guesses waits longer and longer.
#include "review/login_throttle.h"

#include <catch2/catch.hpp>

using verifact::LoginThrottle;
using std::chrono::seconds;

TEST_CASE("review: wrong passwords lock an account for longer and longer", "[review]") {
  LoginThrottle t(3, seconds(30), seconds(100));
  const auto t0 = LoginThrottle::Clock::time_point{} + seconds(1000);
  for (int i = 0; i < 3; ++i) {
    CHECK(t.WaitSeconds("alice", t0) == 0);
    t.Failed("alice", t0);
  }
  CHECK(t.WaitSeconds("alice", t0) == 0);  // three mistakes are free
  t.Failed("alice", t0);                    // the fourth locks for 30 s
  CHECK(t.WaitSeconds("alice", t0) == 31);
  CHECK(t.WaitSeconds("alice", t0 + seconds(29)) == 2);
  CHECK(t.WaitSeconds("alice", t0 + seconds(30)) == 0);
  CHECK(t.WaitSeconds("bob", t0) == 0);  // other accounts are not held back
  t.Failed("alice", t0 + seconds(30));   // then 60 s
  CHECK(t.WaitSeconds("alice", t0 + seconds(30)) == 61);
  t.Failed("alice", t0 + seconds(90));  // 120 s, capped at 100
  CHECK(t.WaitSeconds("alice", t0 + seconds(90)) == 101);
  t.Succeeded("alice");  // a right password clears the count
  CHECK(t.WaitSeconds("alice", t0 + seconds(90)) == 0);
  t.Failed("alice", t0 + seconds(90));
  CHECK(t.WaitSeconds("alice", t0 + seconds(90)) == 0);
}
