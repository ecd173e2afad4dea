import BroadcastPlan
import Foundation

/// The real clock: the system's wall time.
public struct SystemClock: StationClock {
  /// Creates the real clock.
  public init() {}

  /// The current wall-clock instant.
  public func now() -> StationInstant {
    StationInstant(unixSeconds: Date().timeIntervalSince1970)
  }

  /// Real time runs at real speed.
  public var speed: Double { 1 }
}
