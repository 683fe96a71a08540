// The ledger's promises: fencing by attempt, failures counted only against a file, quarantine
// after max_failures, leases of a stopped broker recovered without blame, changed files read again.
#include <catch2/catch.hpp>
#include <filesystem>

#include "workers/ledger.h"

namespace fs = std::filesystem;
using verifact::JobState;
using verifact::Ledger;

namespace {

struct TempLedger {
  fs::path dir;
  std::unique_ptr<Ledger> ledger;
  TempLedger() {
    dir = fs::temp_directory_path() / ("verifact-ledger-" + std::to_string(::getpid()) + "-" +
                                       std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::remove_all(dir);
    fs::create_directories(dir);
    Reopen();
  }
  void Reopen() {
    ledger.reset();
    auto opened = Ledger::Open((dir / "verifact.db").string());
    REQUIRE(opened.ok());
    ledger = std::move(opened).value();
  }
  ~TempLedger() {
    ledger.reset();
    fs::remove_all(dir);
  }
};

std::vector<verifact::Admission> ThreeDeposits() {
  return {{"D-1", 1, "{\"id\":\"D-1\"}", "a.pdf"},
          {"D-2", 2, "{\"id\":\"D-2\"}", "b.pdf"},
          {"line:3", 3, "not json", ""}};
}

}  // namespace

TEST_CASE("ledger: leases in manifest order and fences a stale attempt", "[workers][ledger]") {
  TempLedger t;
  REQUIRE(t.ledger->Admit(ThreeDeposits()) == 3);
  REQUIRE(t.ledger->Admit(ThreeDeposits()) == 0);  // admitting again adds nothing
  auto first = t.ledger->LeaseNext("w1", 1000);
  REQUIRE(first);
  CHECK(first->key == "D-1");
  CHECK(first->attempt == 1);
  CHECK(first->state == JobState::kLeased);
  // The lease fails (worker died): queued again, then leased anew with attempt 2.
  CHECK(t.ledger->Fail("D-1", 1, "worker died", 3) == JobState::kQueued);
  auto again = t.ledger->LeaseNext("w2", 1000);
  REQUIRE(again->key == "D-1");
  CHECK(again->attempt == 2);
  // The first worker's late answer changes nothing; the current holder's counts.
  CHECK_FALSE(t.ledger->Complete("D-1", 1, "{\"late\":1}", 10));
  CHECK_FALSE(t.ledger->Fail("D-1", 1, "late failure", 3).has_value());
  CHECK(t.ledger->Complete("D-1", 2, "{\"ok\":1}", 10));
  CHECK_FALSE(t.ledger->Complete("D-1", 2, "{\"twice\":1}", 10));  // idempotent
  auto row = t.ledger->Get("D-1");
  CHECK(row->state == JobState::kDone);
  CHECK(row->reading == "{\"ok\":1}");
  CHECK(row->failures == 1);
  CHECK(row->reason == "worker died");
  CHECK(t.ledger->Counts().done == 1);
  CHECK(t.ledger->Counts().queued == 2);
}

TEST_CASE("ledger: quarantines after max_failures, never drops", "[workers][ledger]") {
  TempLedger t;
  t.ledger->Admit(ThreeDeposits());
  for (int attempt = 1; attempt <= 3; ++attempt) {
    auto lease = t.ledger->LeaseNext("w", 1000);
    REQUIRE(lease->key == "D-1");
    auto state = t.ledger->Fail("D-1", attempt, "killed by signal 11", 3);
    CHECK(state == (attempt < 3 ? JobState::kQueued : JobState::kQuarantined));
  }
  auto next = t.ledger->LeaseNext("w", 1000);
  CHECK(next->key == "D-2");  // the quarantined deposit is not handed out again
  auto row = t.ledger->Get("D-1");
  CHECK(row->state == JobState::kQuarantined);
  CHECK(row->failures == 3);
  t.ledger->SetReading("D-1", "{\"error\":1}", 7);
  CHECK(t.ledger->Get("D-1")->reading == "{\"error\":1}");
  CHECK(t.ledger->Counts().total() == 3);
}

TEST_CASE("ledger: a stopped broker's leases come back without blame", "[workers][ledger]") {
  TempLedger t;
  t.ledger->Admit(ThreeDeposits());
  t.ledger->LeaseNext("w", 1000);
  t.ledger->LeaseNext("w", 1000);
  t.Reopen();  // the broker died; a new one opens the same file
  CHECK(t.ledger->Counts().leased == 2);
  CHECK(t.ledger->RecoverLeases() == 2);
  auto row = t.ledger->Get("D-1");
  CHECK(row->state == JobState::kQueued);
  CHECK(row->failures == 0);
  // The next lease still outnumbers the old one, so the old holder stays fenced.
  auto lease = t.ledger->LeaseNext("w", 1000);
  CHECK(lease->attempt == 2);
  CHECK_FALSE(t.ledger->Complete("D-1", 1, "{}", 0));
}

TEST_CASE("ledger: expired leases, polite release, changed files", "[workers][ledger]") {
  TempLedger t;
  t.ledger->Admit(ThreeDeposits());
  t.ledger->LeaseNext("w1", 100);
  t.ledger->LeaseNext("w2", 5000);
  auto expired = t.ledger->ExpiredLeases(1000);
  REQUIRE(expired.size() == 1);
  CHECK(expired[0].key == "D-1");
  CHECK(expired[0].worker == "w1");
  CHECK(expired[0].attempt == 1);
  CHECK(t.ledger->Release("D-2", 1));
  CHECK(t.ledger->Get("D-2")->failures == 0);
  CHECK(t.ledger->Get("D-2")->state == JobState::kQueued);

  // D-1 done; the manifest then names another file for D-1: it is read again. A changed
  // declaration alone keeps the reading (judging reads the spec).
  t.ledger->Fail("D-1", 1, "x", 3);
  auto l = t.ledger->LeaseNext("w", 5000);
  REQUIRE(l->key == "D-1");
  REQUIRE(t.ledger->Complete("D-1", l->attempt, "{\"r\":1}", 1));
  auto lines = ThreeDeposits();
  lines[0].spec = "{\"id\":\"D-1\",\"declared\":{}}";
  CHECK(t.ledger->Admit(lines) == 0);
  CHECK(t.ledger->Get("D-1")->state == JobState::kDone);
  CHECK(t.ledger->Get("D-1")->spec == lines[0].spec);
  lines[0].file = "c.pdf";
  CHECK(t.ledger->Admit(lines) == 1);
  CHECK(t.ledger->Get("D-1")->state == JobState::kQueued);
  CHECK(t.ledger->Get("D-1")->reading.empty());
}
