import BroadcastPlan
import Foundation
import LoaStudio

/// The clock every `loa` command reads: the real one, or a fixed instant when `LOA_NOW` names
/// one (ISO 8601 with an offset, for tests and rehearsals: `LOA_NOW=2026-12-09T05:59:50+07:00`).
enum CommandClock {
  /// The clock for this process.
  static func make(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> any StationClock
  {
    if let text = environment["LOA_NOW"], let instant = StationInstant.parse(text) {
      return FixedClock(instant)
    }
    return SystemClock()
  }
}
