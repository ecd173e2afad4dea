import Glibc

/// Runs socket-writing C code (libshout) without letting a closed connection kill the process.
///
/// Writing to a socket the peer has closed raises SIGPIPE, whose default action ends the
/// process; libshout does not ask the kernel not to. The signal is raised in the writing thread,
/// so it is blocked in this thread for the call, and a SIGPIPE left pending is taken off the
/// queue before the old mask comes back. The write itself then fails with EPIPE, which libshout
/// reports as a socket error. Nothing process-wide changes.
enum BrokenPipeGuard {
  /// `body`'s result, with SIGPIPE neither delivered nor left pending.
  static func run<T>(_ body: () throws -> T) rethrows -> T {
    var pipe = sigset_t()
    sigemptyset(&pipe)
    sigaddset(&pipe, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipe, &previous)
    defer {
      var pending = sigset_t()
      sigpending(&pending)
      if sigismember(&pending, SIGPIPE) == 1 && sigismember(&previous, SIGPIPE) == 0 {
        var none = timespec(tv_sec: 0, tv_nsec: 0)
        _ = sigtimedwait(&pipe, nil, &none)
      }
      pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
    return try body()
  }
}
