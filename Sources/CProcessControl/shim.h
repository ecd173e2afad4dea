#pragma once
#include <signal.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

/// Asks the kernel to send `signal` to this process when its parent dies (Linux); 0 elsewhere.
static inline int loa_set_parent_death_signal(int signal) {
#ifdef __linux__
  return prctl(PR_SET_PDEATHSIG, (unsigned long)signal, 0, 0, 0);
#else
  (void)signal;
  return 0;
#endif
}
