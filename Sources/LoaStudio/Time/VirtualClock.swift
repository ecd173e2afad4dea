import BroadcastPlan
import Foundation
import Synchronization

/// A clock that starts at a chosen instant and runs `speed` times faster than real time, for
/// rehearsals (`loa air --from 2026-12-09T05:59:50+07:00 --speed 60`).
///
/// It stands still at its start instant until ``start()``, so the player's start-up work
/// (checking, rendering) never makes a rehearsal late. Elapsed time comes from the monotonic
/// clock, so changing the system time does not move it.
public final class VirtualClock: StationClock {
  /// The instant the clock shows when started.
  public let origin: StationInstant
  /// Station seconds per real second.
  public let speed: Double
  private let anchor = Mutex<Double?>(nil)

  /// A clock at `origin` running at `speed` (> 0) once started.
  public init(origin: StationInstant, speed: Double = 1) {
    self.origin = origin
    self.speed = speed > 0 ? speed : 1
  }

  /// Starts the clock running (again calls are ignored).
  public func start() {
    let now = Self.monotonicSeconds()
    anchor.withLock { if $0 == nil { $0 = now } }
  }

  /// The current virtual instant.
  public func now() -> StationInstant {
    guard let started = anchor.withLock({ $0 }) else { return origin }
    return origin.adding(seconds: (Self.monotonicSeconds() - started) * speed)
  }

  /// Seconds of the monotonic clock (not moved by changes of the wall time).
  static func monotonicSeconds() -> Double {
    ProcessInfo.processInfo.systemUptime
  }
}
