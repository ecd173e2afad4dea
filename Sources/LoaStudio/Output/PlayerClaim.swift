import Foundation

/// The one `loa air` of an output folder: an OS lock on `out/.air/player.lock` holding its pid,
/// released by the kernel if the player dies.
public final class PlayerClaim: Sendable {
  private let lock: OutputLock

  private init(lock: OutputLock) {
    self.lock = lock
  }

  /// Claims `output` for this process; `nil` when another player holds it.
  public static func claim(_ output: OutputFolder) throws -> PlayerClaim? {
    try FileManager.default.createDirectory(at: output.airURL, withIntermediateDirectories: true)
    guard let lock = try OutputLock.tryAcquire(lockURL(output)) else { return nil }
    lock.write("\(getpid())\n")
    return PlayerClaim(lock: lock)
  }

  /// The pid of the player running on `output`, or `nil` when none is.
  public static func runningPlayer(_ output: OutputFolder) -> Int32? {
    let url = lockURL(output)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    if let probe = try? OutputLock.tryAcquire(url) {
      probe.release()
      return nil
    }
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
  }

  /// Releases the claim.
  public func release() { lock.release() }

  private static func lockURL(_ output: OutputFolder) -> URL {
    output.airURL.appendingPathComponent("player.lock")
  }
}
