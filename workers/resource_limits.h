// Resource limits a worker process puts on itself, so a hostile file costs one worker and one
// retry, never the machine.
#pragma once

#include <string>

namespace verifact {

// Caps this process's address space at `megabytes` (0: no cap) and disables core files.
// Returns a note when the cap cannot apply (under AddressSanitizer, whose shadow memory needs
// terabytes of address space), empty otherwise.
std::string LimitAddressSpace(long long megabytes);

// Gives the process `seconds` more CPU time from now (soft RLIMIT_CPU): beyond it the kernel
// sends SIGXCPU, which ends the process. Called before each job, so the budget is per job.
void ArmCpuBudget(int seconds);

}  // namespace verifact
