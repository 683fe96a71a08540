#include "workers/resource_limits.h"

#include <sys/resource.h>

namespace verifact {

std::string LimitAddressSpace(long long megabytes) {
  rlimit none{0, 0};
  setrlimit(RLIMIT_CORE, &none);  // a worker killed by a limit must not fill the disk
  if (megabytes <= 0) return "";
#if defined(__SANITIZE_ADDRESS__)
  return "no address-space cap under AddressSanitizer";
#else
  rlimit cap{};
  getrlimit(RLIMIT_AS, &cap);
  rlim_t want = static_cast<rlim_t>(megabytes) << 20;
  if (cap.rlim_max != RLIM_INFINITY && want > cap.rlim_max) want = cap.rlim_max;
  cap.rlim_cur = want;
  if (setrlimit(RLIMIT_AS, &cap) != 0) return "cannot cap the address space";
  return "";
#endif
}

void ArmCpuBudget(int seconds) {
  if (seconds <= 0) return;
  rusage used{};
  getrusage(RUSAGE_SELF, &used);
  rlim_t spent = static_cast<rlim_t>(used.ru_utime.tv_sec + used.ru_stime.tv_sec);
  rlimit cpu{};
  getrlimit(RLIMIT_CPU, &cpu);
  rlim_t want = spent + static_cast<rlim_t>(seconds) + 1;
  if (cpu.rlim_max != RLIM_INFINITY && want > cpu.rlim_max) want = cpu.rlim_max;
  cpu.rlim_cur = want;
  setrlimit(RLIMIT_CPU, &cpu);
}

}  // namespace verifact
