/// Plans programs for a date range: the pure front door of `BroadcastPlan`.
///
/// A plan is a function of (schedule, scripts, timing, date range) only. Rotation state is carried
/// forward day by day from the first campaign's start, so planning costs O(days) and
/// `plan(a…b)` equals `plan(a…m)` followed by `plan(m+1…b)`.
///
/// ```swift
/// let planner = Planner(schedule: schedule, scripts: library, timing: ProgramTiming())
/// let plan = planner.plan(from: CalendarDay.parse("2026-12-01")!,
///                         through: CalendarDay.parse("2026-12-07")!)
/// ```
public struct Planner: Sendable {
  /// The schedule.
  public let schedule: Schedule
  /// Its scripts.
  public let scripts: ScriptLibrary
  /// How long things take.
  public let timing: ProgramTiming
  /// The spoken length of every script, measured once here and shared by every `plan` call.
  let scriptSeconds: [String: (seconds: Double, exact: Bool)]

  /// Creates a planner and measures every script once (estimate or known length).
  public init(schedule: Schedule, scripts: ScriptLibrary, timing: ProgramTiming = ProgramTiming()) {
    self.schedule = schedule
    self.scripts = scripts
    self.timing = timing
    let builder = ProgramBuilder(schedule: schedule, scripts: scripts, timing: timing)
    var measured: [String: (seconds: Double, exact: Bool)] = [:]
    for script in scripts.scripts.values where script.recording == nil {
      let text = builder.spokenText(script)
      measured[text] = builder.seconds(text)
    }
    scriptSeconds = measured
  }

  /// The programs from `from` through `through` (inclusive); empty when `through < from`.
  public func plan(from: CalendarDay, through: CalendarDay) -> Plan {
    var result = Plan(station: schedule.station, from: from, through: through)
    guard from <= through else { return result }
    var state = PlanningState(
      schedule: schedule, scripts: scripts, timing: timing, known: scriptSeconds)
    let firstCampaignDay = schedule.campaigns.map(\.from).min() ?? from
    let start = min(from, firstCampaignDay)
    for dayNumber in start.dayNumber...through.dayNumber {
      let day = CalendarDay(dayNumber: dayNumber)
      let visible = day >= from
      if schedule.isOffDay(day) {
        if visible { result.offDays.append(day) }
        continue
      }
      let outcome = state.planDay(day)
      if visible {
        result.programs += outcome.programs
        result.idleSlots += outcome.idle
      }
    }
    return result
  }
}
