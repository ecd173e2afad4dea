import BroadcastPlan
import Synchronization

/// A clock that stands still until told to move: for tests.
public final class FixedClock: StationClock {
  private let current: Mutex<StationInstant>

  /// A clock showing `instant`.
  public init(_ instant: StationInstant) {
    current = Mutex(instant)
  }

  /// The instant the clock shows.
  public func now() -> StationInstant { current.withLock { $0 } }

  /// A fixed clock has no speed of its own; waits are computed as in real time.
  public var speed: Double { 1 }

  /// Moves the clock forward by `seconds`.
  public func advance(by seconds: Double) {
    current.withLock { $0 = $0.adding(seconds: seconds) }
  }

  /// Sets the clock to `instant`.
  public func set(_ instant: StationInstant) {
    current.withLock { $0 = instant }
  }
}
