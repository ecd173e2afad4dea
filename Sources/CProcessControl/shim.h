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

#ifdef __GLIBC__
#include <malloc.h>
#endif

/// Fixes glibc's mmap threshold at 256 KiB (no dynamic raising) and allows at most two arenas.
static inline void loa_tune_allocator(void) {
#ifdef __GLIBC__
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
  mallopt(M_ARENA_MAX, 2);
#endif
}

#ifdef __linux__
#include <fcntl.h>
#ifndef F_SETPIPE_SZ
#define F_SETPIPE_SZ 1031  // F_LINUX_SPECIFIC_BASE + 7, hidden without _GNU_SOURCE
#endif
#endif

/// Asks for a pipe buffer of `bytes` (Linux's F_SETPIPE_SZ; at most /proc/sys/fs/pipe-max-size
/// for an unprivileged process): the new size, or -1 where it cannot be set.
static inline int loa_set_pipe_capacity(int descriptor, int bytes) {
#ifdef __linux__
  return fcntl(descriptor, F_SETPIPE_SZ, bytes);
#else
  (void)descriptor;
  (void)bytes;
  return -1;
#endif
}

#ifdef __linux__
#include <sys/types.h>
/// glibc's declaration, hidden without _GNU_SOURCE.
extern int sync_file_range(int fd, __off64_t offset, __off64_t count, unsigned int flags);
#endif

/// Starts writing a file's dirty pages to disk without waiting (Linux's sync_file_range with
/// SYNC_FILE_RANGE_WRITE): 0 when started, -1 where it cannot be.
static inline int loa_start_writeback(int descriptor) {
#ifdef __linux__
  return sync_file_range(descriptor, 0, 0, 2 /* SYNC_FILE_RANGE_WRITE */);
#else
  (void)descriptor;
  return -1;
#endif
}
