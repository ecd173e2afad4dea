import Foundation
import LoaTestSupport
import Testing

/// The test servers of a crashed run are found by their marker and killed; live ones are not.
@Suite("Orphaned test servers")
struct OrphanReaperTests {
  /// `/bin/sleep 30` with the marker naming `owner`.
  static func sleeper(owner: pid_t) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sleep")
    process.arguments = ["30"]
    process.environment = [OrphanReaper.marker: "\(owner)"]
    try process.run()
    return process
  }

  @Test("a server whose test process is gone is killed; one of this process is left running")
  func reapsOnlyOrphans() throws {
    let finished = Process()
    finished.executableURL = URL(fileURLWithPath: "/bin/true")
    try finished.run()
    finished.waitUntilExit()
    let orphan = try Self.sleeper(owner: finished.processIdentifier)
    let live = try Self.sleeper(owner: getpid())
    defer { live.terminate() }
    // The environment is readable once the child has exec'd.
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline,
      !((try? String(contentsOfFile: "/proc/\(orphan.processIdentifier)/cmdline", encoding: .utf8))?
        .hasPrefix("/bin/sleep") ?? false)
    {
      usleep(10_000)
    }
    let killed = OrphanReaper.reap()
    #expect(killed.contains(orphan.processIdentifier))
    #expect(!killed.contains(live.processIdentifier))
    orphan.waitUntilExit()
    #expect(orphan.terminationReason == .uncaughtSignal && orphan.terminationStatus == SIGKILL)
    #expect(live.isRunning)
  }
}
