import BroadcastPlan
import Foundation

/// Where every Loa command and service reads the time: one injected clock, never `Date()`
/// scattered through commands and defaults.
///
/// ``SystemClock`` is the real one; ``FixedClock`` stands still for tests; ``VirtualClock``
/// starts at a chosen instant and may run faster than real time (`loa air --from … --speed N`).
public protocol StationClock: Sendable {
  /// The current instant.
  func now() -> StationInstant
  /// Station seconds that pass per real second (1 for the real clock). A player that waits for
  /// an instant waits `(deadline − now) / speed` real seconds.
  var speed: Double { get }
  /// Waits until `deadline`, or for at most `limit` real seconds, whichever comes first.
  ///
  /// Real clocks sleep; ``VirtualClock`` sleeps and then shows the instant it waited for
  /// exactly.
  func wait(until deadline: StationInstant, atMostRealSeconds limit: Double)
}

extension StationClock {
  /// The station day it is now.
  public func today() -> CalendarDay { now().day }

  /// Real seconds until `deadline` on this clock (0 when it has passed).
  public func realSeconds(until deadline: StationInstant) -> Double {
    max(0, now().seconds(until: deadline) / max(speed, 1e-9))
  }

  /// Sleeps the real seconds until `deadline`, at most `limit`.
  public func wait(until deadline: StationInstant, atMostRealSeconds limit: Double) {
    let real = min(limit, realSeconds(until: deadline))
    if real > 0 { Thread.sleep(forTimeInterval: real) }
  }
}
