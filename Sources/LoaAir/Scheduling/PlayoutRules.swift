import BroadcastPlan
import LoaStudio

/// The player's decisions as a pure function of (programs, airings so far, now): testable with
/// any clock, and the same after a restart, because the airings come from the log.
///
/// - A program is due at its start instant. Started within ``onTimeTolerance`` it is `aired`;
///   later but within ``lateGrace`` it plays from the beginning and is logged `late`; beyond the
///   grace it is logged `missed` and never played.
/// - At most one `aired`/`late` airing per (date, slot): such a program is done. So is one logged
///   `missed`. One that was `interrupted` or `failed` is played again from the beginning while
///   its start is still within the grace, and left as it is after.
public struct PlayoutRules: Sendable, Hashable {
  /// How late a program may start and still be played (schedule `air: { late_grace: 10m }`).
  public var lateGrace: Double
  /// A start this close to the instant counts as on time.
  public var onTimeTolerance: Double

  /// Rules with a grace (default 10 minutes) and an on-time tolerance (default 1 s).
  public init(lateGrace: Double = 600, onTimeTolerance: Double = 1) {
    self.lateGrace = lateGrace
    self.onTimeTolerance = onTimeTolerance
  }

  /// The next thing to do.
  public func decide(programs: [AirProgram], airings: [Airing], now: StationInstant)
    -> PlayoutDecision
  {
    var next: StationInstant?
    for program in programs.sorted(by: { $0.startsAt < $1.startsAt }) {
      let history = airings.filter {
        $0.kind == .program && $0.date == program.date.description && $0.slot == program.slot
      }
      if history.contains(where: { $0.isAired || $0.status == .missed || $0.status == .onAir }) {
        continue
      }
      let delay = program.startsAt.seconds(until: now)
      if delay < 0 {
        next = next.map { min($0, program.startsAt) } ?? program.startsAt
        continue
      }
      if delay <= lateGrace {
        return .play(program, lateBy: delay <= onTimeTolerance ? 0 : delay)
      }
      if history.isEmpty { return .miss(program) }
    }
    return .wait(until: next)
  }

  /// The status a program started `lateBy` seconds late ends with when played whole.
  public func finishedStatus(lateBy: Double) -> Airing.Status {
    lateBy > 0 ? .late : .aired
  }
}
