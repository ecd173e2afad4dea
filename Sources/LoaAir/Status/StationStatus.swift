import BroadcastPlan
import Foundation
import LoaStudio

/// What `loa status` and `/api/status` show: on air now, the next program, the last airings.
public struct StationStatus: Sendable {
  /// The instant of the reading.
  public var now: StationInstant
  /// The airing on air, if any.
  public var onAir: Airing?
  /// The next program not yet aired.
  public var next: AirProgram?
  /// The most recent airings, newest first.
  public var airings: [Airing]

  /// Reads the status of `output` at `now` (never blocks on writers).
  public static func read(output: OutputFolder, now: StationInstant, count: Int = 20) throws
    -> StationStatus
  {
    try read(log: AiringLog.openIfPresent(output: output), output: output, now: now, count: count)
  }

  /// Reads the status from an already open airings `log` (`nil`: nothing has aired yet).
  public static func read(
    log: AiringLog?, output: OutputFolder, now: StationInstant, count: Int = 20
  ) throws -> StationStatus {
    let latest = try log?.latest(count) ?? []
    let today = now.day
    let recent =
      try log?.airings(
        from: today.adding(days: -1).description, through: today.adding(days: 1).description) ?? []
    let programs = [today, today.adding(days: 1)].compactMap { output.day($0) }
      .flatMap(AirProgram.programs(of:))
    let next = programs.first { program in
      program.startsAt > now
        && !recent.contains {
          $0.date == program.date.description && $0.slot == program.slot && $0.isAired
        }
    }
    return StationStatus(now: now, onAir: try log?.onAir(), next: next, airings: latest)
  }

  /// The JSON document (`loa status --format json`).
  public var json: String {
    var next: JSONValue = .null
    if let program = self.next {
      next = .object([
        ("date", .string(program.date.description)), ("slot", .string(program.slot)),
        ("start_at", .string(program.startsAt.description)), ("file", .string(program.file)),
      ])
    }
    let root = JSONValue.object([
      ("now", .string(now.description)),
      ("on_air", onAir.map(Self.json) ?? .null),
      ("next", next),
      ("airings", .array(airings.map(Self.json))),
    ])
    return root.rendered() + "\n"
  }

  /// One airing as JSON.
  public static func json(_ airing: Airing) -> JSONValue {
    .object([
      ("date", .string(airing.date)), ("slot", .string(airing.slot)),
      ("kind", .string(airing.kind.rawValue)), ("file", .string(airing.file)),
      ("sha256", .string(airing.sha256)), ("scheduled_at", .string(airing.scheduledAt)),
      ("started_at", .optional(airing.startedAt)), ("ended_at", .optional(airing.endedAt)),
      ("played_seconds", .number(airing.playedSeconds)),
      ("status", .string(airing.status.rawValue)),
      ("output", .string(airing.output)), ("note", .string(airing.note)),
    ])
  }
}
