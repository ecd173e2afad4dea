import Foundation

/// Runs a command as a child process and measures it: wall time and peak resident memory
/// (from `wait4`'s resource usage, so each child is measured on its own).
struct ChildProcess {
  /// Exit status.
  let status: Int32
  /// Wall-clock seconds.
  let seconds: Double
  /// Peak resident set size, MiB.
  let peakMiB: Double
  /// User + system CPU seconds of the child and of the processes it waited for (its workers).
  let cpuSeconds: Double

  /// Runs `executable` with `arguments`, its standard output discarded.
  static func run(_ executable: String, _ arguments: [String]) throws -> ChildProcess {
    var fileActions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&fileActions)
    defer { posix_spawn_file_actions_destroy(&fileActions) }
    posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = Date()
    let spawned = posix_spawn(&pid, executable, &fileActions, nil, argv, environ)
    guard spawned == 0 else { throw BenchmarkFailure("không chạy được \(executable) (\(spawned))") }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return ChildProcess(
      status: exitStatus, seconds: Date().timeIntervalSince(start),
      peakMiB: Double(usage.ru_maxrss) / 1024,
      cpuSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6)
  }
}

/// A benchmark that could not run; the message says why.
struct BenchmarkFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
