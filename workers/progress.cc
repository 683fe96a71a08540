#include "workers/progress.h"

#include <cstdio>
#include <string>

namespace verifact {
namespace {

std::string Duration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char text[32];
  if (s >= 3600) {
    std::snprintf(text, sizeof text, "%ldh%02ldm", s / 3600, s / 60 % 60);
  } else {
    std::snprintf(text, sizeof text, "%ld:%02ld", s / 60, s % 60);
  }
  return text;
}

}  // namespace

Progress::Progress(std::ostream& out, bool terminal, int total, int done)
    : out_(out),
      terminal_(terminal),
      total_(total),
      done_(done),
      done_before_(done),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {
  Draw(true);
}

void Progress::Add(Verdict verdict, bool quarantined) {
  ++done_;
  if (verdict == Verdict::kRefused) ++refused_;
  if (verdict == Verdict::kReview) ++review_;
  if (quarantined) ++quarantined_;
  Draw(done_ == total_);
}

void Progress::Draw(bool force) {
  auto now = std::chrono::steady_clock::now();
  // A terminal redraws ten times a second at most; a log gets a line every five seconds.
  auto every = terminal_ ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000);
  if (!force && now - last_draw_ < every) return;
  last_draw_ = now;
  double elapsed = std::chrono::duration<double>(now - start_).count();
  int fresh = done_ - done_before_;
  double rate = elapsed > 0 ? fresh / elapsed : 0;
  std::string eta = rate > 0 ? Duration((total_ - done_) / rate) : "--:--";
  int percent = total_ ? done_ * 100 / total_ : 100;
  char counts[160];
  std::snprintf(counts, sizeof counts, "%d/%d  %.1f/s  ETA %s  refused %d  review %d%s", done_,
                total_, rate, eta.c_str(), refused_, review_,
                quarantined_ ? ("  quarantined " + std::to_string(quarantined_)).c_str() : "");
  if (terminal_) {
    constexpr int kWidth = 24;
    int filled = total_ ? done_ * kWidth / total_ : kWidth;
    out_ << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, '.') << "] "
         << percent << "%  " << counts << "\x1b[K" << std::flush;
  } else {
    out_ << "progress: " << percent << "%  " << counts << '\n' << std::flush;
  }
  drawn_ = true;
}

void Progress::Finish() {
  if (done_ != total_) Draw(true);  // a finished batch drew its last state already
  if (terminal_ && drawn_) out_ << '\n' << std::flush;
}

}  // namespace verifact
