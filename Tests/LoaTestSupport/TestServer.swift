import Foundation

/// A program a test starts (a PulseAudio or Icecast server, parecord, ffmpeg, `loa serve`,
/// chromedriver) and always stops:
/// a signal, then SIGKILL after a grace period, then reaped. Use with `defer { server.stop() }`.
///
/// Spawned with `posix_spawn` and reaped with `waitpid` on this process's own terms (Foundation's
/// `Process` reaps children on a shared thread that can block on another child). Its children
/// carry ``OrphanReaper/marker``, so a crashed test run's servers are killed later.
public final class TestServer: @unchecked Sendable {
  /// The process id.
  public let pid: pid_t
  /// The program's file name, for messages.
  public let label: String
  /// Where the program's stdout and stderr go (for failure messages).
  public let logURL: URL
  private let lock = NSLock()
  private var status: Int32?

  /// Starts `executable` with `arguments` and `environment` added to the test's own, less the
  /// variables named in `unsetting`.
  public init(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:],
    unsetting: Set<String> = [], log: URL
  ) throws {
    OrphanReaper.reapOnce
    label = (executable as NSString).lastPathComponent
    logURL = log
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let marked = environment.merging([OrphanReaper.marker: "\(getpid())"]) { $1 }
    let merged = ProcessInfo.processInfo.environment.merging(marked) { $1 }
      .filter { !unsetting.contains($0.key) }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    // The spawning thread (a Swift concurrency worker) blocks signals; the child must not
    // inherit that, or SIGINT/SIGTERM would not stop it.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGPIPE, SIGHUP] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var child: pid_t = 0
    let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    guard result == 0 else { throw SpawnError.failed(executable, result) }
    pid = child
  }

  deinit { stop() }

  /// Whether the program is still running (reaps it if it has ended).
  public var isRunning: Bool {
    lock.lock()
    defer { lock.unlock() }
    if status != nil { return false }
    var value: Int32 = 0
    let reaped = waitpid(pid, &value, WNOHANG)
    if reaped == pid || reaped < 0 {
      status = value
      return false
    }
    return true
  }

  /// The exit status once ended (raw `waitpid` status).
  public var exitStatus: Int32? {
    _ = isRunning
    return lock.withLock { status }
  }

  /// The log so far (last 2,000 characters).
  public var log: String {
    String(((try? String(contentsOf: logURL, encoding: .utf8)) ?? "").suffix(2_000))
  }

  /// Sends `signal` and waits up to `grace` seconds for the program to end, then kills it.
  public func stop(signal: Int32 = SIGTERM, grace: Double = 3) {
    guard isRunning else { return }
    kill(pid, signal)
    let deadline = Date().addingTimeInterval(grace)
    while isRunning && Date() < deadline { usleep(10_000) }
    if isRunning {
      kill(pid, SIGKILL)
      while isRunning { usleep(10_000) }
    }
  }

  /// Waits until `condition` holds, polling every 20 ms; false after `timeout` seconds or if the
  /// program ended without it holding.
  public func wait(timeout: Double, until condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if condition() { return true }
      if !isRunning { return condition() }
      usleep(20_000)
    }
    return false
  }

  /// Waits up to `timeout` seconds for the program to end by itself.
  public func waitForExit(timeout: Double) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while isRunning && Date() < deadline { usleep(20_000) }
    return !isRunning
  }

  /// A TCP port on 127.0.0.1 nobody listens on right now (bound to port 0, then released).
  public static func freePort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, length)
        return getsockname(fd, $0, &length)
      }
    }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  /// `posix_spawn` failed for a program, with its error number.
  public enum SpawnError: Error {
    case failed(String, Int32)
  }
}
