// Poppler's process-wide set-up, shared by this folder's Poppler adapters.
#pragma once

namespace verifact {

// Creates Poppler's global parameters and silences its stderr messages, once per process;
// safe to call from any thread, any number of times.
void InitPopplerOnce();

}  // namespace verifact
