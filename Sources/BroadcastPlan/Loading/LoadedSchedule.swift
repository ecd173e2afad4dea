/// What ``ScheduleLoader`` read: the schedule, its scripts and the problems found while reading.
public struct LoadedSchedule: Sendable {
  /// The schedule (best effort; `nil` when the file could not be decoded at all).
  public var schedule: Schedule?
  /// The scripts it refers to.
  public var scripts: ScriptLibrary
  /// Problems found while reading and decoding (not yet the cross-checks).
  public var diagnostics: [Diagnostic]

  /// Creates a result.
  public init(schedule: Schedule?, scripts: ScriptLibrary, diagnostics: [Diagnostic]) {
    self.schedule = schedule
    self.scripts = scripts
    self.diagnostics = diagnostics
  }

  /// Every problem: reading, decoding and ``ScheduleValidator``, sorted by position.
  ///
  /// - Parameters:
  ///   - timing: how long programs take (for length checks).
  ///   - today: the operator's date, for "ends soon" warnings.
  ///   - airsRecordings: whether recordings beside scripts replace synthesis (see
  ///     ``ScheduleValidator/airsRecordings``).
  public func check(
    timing: ProgramTiming = ProgramTiming(), today: CalendarDay?, airsRecordings: Bool = true
  ) -> [Diagnostic] {
    var all = diagnostics
    if let schedule {
      let validator = ScheduleValidator(
        schedule: schedule, scripts: scripts, timing: timing, airsRecordings: airsRecordings)
      all += validator.validate(today: today)
    }
    let file = schedule?.file ?? diagnostics.first?.file ?? ""
    return Array(Set(all)).sortedByPosition(scheduleFirst: file)
  }
}
