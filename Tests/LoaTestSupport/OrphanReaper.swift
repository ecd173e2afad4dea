import Foundation

/// Finds and kills the servers of an earlier test run that crashed before it could stop them.
///
/// Every ``TestServer`` child carries `LOA_TEST_SERVER=<pid of the test process>` in its
/// environment (inherited by its own children, such as Chromium under chromedriver). A process
/// whose marker names a test process that no longer exists is an orphan: a crash (a buffer
/// overflow abort, a SIGKILL) skipped the test's `defer { server.stop() }`. `make test` also
/// kills every marked process once `swift test` has ended.
public enum OrphanReaper {
  /// The variable that marks a test server.
  public static let marker = "LOA_TEST_SERVER"

  /// Kills the orphans once per test process (the first ``TestServer`` calls it).
  public static let reapOnce: Void = { _ = reap() }()

  /// Kills every marked process whose test process is gone; returns their pids.
  @discardableResult
  public static func reap() -> [pid_t] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    var killed: [pid_t] = []
    for entry in entries {
      guard let pid = pid_t(entry), pid != getpid(), let owner = owner(of: pid) else { continue }
      if kill(owner, 0) != 0 && errno == ESRCH {
        kill(pid, SIGKILL)
        killed.append(pid)
      }
    }
    return killed
  }

  /// The test process named in `pid`'s marker, if it has one.
  static func owner(of pid: pid_t) -> pid_t? {
    guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else {
      return nil
    }
    let prefix = Array((marker + "=").utf8)
    for variable in data.split(separator: 0) where variable.starts(with: prefix) {
      return pid_t(String(decoding: variable.dropFirst(prefix.count), as: UTF8.self))
    }
    return nil
  }
}
