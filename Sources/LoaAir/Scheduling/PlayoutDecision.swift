import BroadcastPlan

/// What the player does next: the output of ``PlayoutRules/decide(programs:airings:now:)``.
public enum PlayoutDecision: Sendable, Hashable {
  /// Play this program from its first sample now; `lateBy` seconds after its start (0 when on
  /// time).
  case play(AirProgram, lateBy: Double)
  /// Log this program `missed`: its start passed beyond the grace and it never aired.
  case miss(AirProgram)
  /// Nothing is due: wait until this instant (`nil`: nothing more is scheduled).
  case wait(until: StationInstant?)
}
