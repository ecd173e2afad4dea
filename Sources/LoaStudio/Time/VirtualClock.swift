import BroadcastPlan
import Foundation
import Synchronization

/// A rehearsal clock (`loa air --from 2026-12-09T05:59:50+07:00 --speed 60`): it starts at a
/// chosen instant and moves only while the player waits on it, by exactly the time waited, each
/// station second taking `1 / speed` real seconds.
///
/// The player's own work (start-up checks and renders, reading the log, a busy machine waking it
/// late) takes no station time, so a rehearsal's timeline, recording and log are the same on
/// every machine: a program due at 06:00:00 starts at 06:00:00 exactly, however loaded the
/// machine is. Real time spent is the waits divided by `speed`, plus the work.
public final class VirtualClock: StationClock {
  /// Station seconds per real second of waiting.
  public let speed: Double
  /// The instant shown: the start instant plus the station seconds waited.
  private let current: Mutex<StationInstant>

  /// A clock at `origin` running at `speed` (> 0) while waited on.
  public init(origin: StationInstant, speed: Double = 1) {
    self.speed = speed > 0 ? speed : 1
    current = Mutex(origin)
  }

  /// The current virtual instant.
  public func now() -> StationInstant {
    current.withLock { $0 }
  }

  /// Sleeps `(target − now) / speed` real seconds, `target` being `deadline` or `limit` real
  /// seconds ahead, whichever is sooner, then shows `target` exactly.
  public func wait(until deadline: StationInstant, atMostRealSeconds limit: Double) {
    let now = now()
    let cap = max(0, limit) * speed
    let target = now.seconds(until: deadline) <= cap ? deadline : now.adding(seconds: cap)
    guard target > now else { return }
    Thread.sleep(forTimeInterval: now.seconds(until: target) / speed)
    current.withLock { $0 = max($0, target) }
  }
}
