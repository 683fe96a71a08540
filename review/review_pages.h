// The review page's HTML, built on the server (no framework; one small script for keyboard
// shortcuts). Every value from a file, manifest or person is escaped here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "review/review_batch.h"
#include "review/review_store.h"

namespace verifact {

// What the queue shows: `status` flagged (refused or review, not yet decided), decided, all;
// the other keys narrow it (empty: any).
struct QueueFilter {
  std::string status = "flagged";
  std::string funder, code, from, to;  // from/to: deposit dates, ISO, inclusive
};

bool Matches(const ReviewedDeposit& d, const std::optional<Decision>& decision,
             const QueueFilter& filter);

struct QueueRow {
  ReviewedDeposit deposit;
  std::optional<Decision> decision;
};

std::string LoginPage(const std::string& message);
std::string QueuePage(const std::vector<QueueRow>& rows, const QueueFilter& filter,
                      int flagged, int decided, int total, const std::string& user,
                      const std::string& csrf);
std::string DepositPage(const QueueRow& row, const std::vector<AuditEntry>& audit,
                        const std::string& next_key, const std::string& message,
                        const std::string& user, const std::string& csrf);
std::string AuditPage(const std::vector<AuditEntry>& audit, const std::string& user,
                      const std::string& csrf);

// The static assets, served under /static/.
extern const char* const kReviewCss;
extern const char* const kReviewJs;

}  // namespace verifact
