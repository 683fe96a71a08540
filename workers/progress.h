// Progress: what a person watching `verifact run` sees while it works — a bar redrawn in place
// on a terminal (done/total, rate, ETA, refused/review counts), or a plain line every few
// seconds when the output is a file or a pipe (logs must not fill with carriage returns).
#pragma once

#include <chrono>
#include <ostream>

#include "models/check.h"

namespace verifact {

class Progress {
 public:
  // `done` deposits were finished by earlier runs (a resume); the rate counts this run's only.
  Progress(std::ostream& out, bool terminal, int total, int done);

  // One more deposit recorded, with the verdict it would get judged alone.
  void Add(Verdict verdict, bool quarantined);

  // Ends the bar's line (terminal) so what follows starts clean.
  void Finish();

  int done() const { return done_; }

 private:
  void Draw(bool force);

  std::ostream& out_;
  bool terminal_;
  int total_, done_, done_before_;
  int refused_ = 0, review_ = 0, quarantined_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
  bool drawn_ = false;
};

}  // namespace verifact
