import BroadcastPlan
import Foundation
import LoaStudio

/// What is on air now and what comes next, as `loa status --format json` shows it:
/// `{"now", "on_air": AIRING|null, "next": {"date","slot","start_at","file"}|null, "airings"}`.
struct StatusReport {
  struct Next {
    var date: CalendarDay
    var slot: Slot
    var startAt: Date
    var file: String
  }

  var now: Date
  var onAir: AiringRow?
  var next: Next?
  var airings: [AiringRow]
  /// Whether the airings log has any row at all in the last two days (`loa air` runs).
  var hasPlayout: Bool { !airings.isEmpty }

  /// Builds the status from today's and yesterday's airings and the plan of today and tomorrow.
  static func build(station: Station, workspace: Workspace?) -> StatusReport {
    let now = station.now
    let today = WebTime.day(now)
    let recent = station.airings(from: today.adding(days: -1), through: today)
    let onAir = recent.last(where: \.isOnAir)
    var next: Next?
    if let workspace, !workspace.hasErrors,
      let plan = try? station.plan(workspace, from: today, days: 2)
    {
      let done = Set(recent.map { "\($0.date)|\($0.slot)" })
      for program in plan.programs {
        let start = WebTime.instant(program.date, program.slot.at)
        guard start > now, !done.contains("\(program.date)|\(program.slot.id)") else { continue }
        let manifestFile = station.manifest(program.date)?.programs
          .first { $0.slot == program.slot.id }?.file
        let time = program.slot.at.description.replacingOccurrences(of: ":", with: "")
        let format = workspace.schedule?.audio.format.lowercased() ?? "wav"
        next = Next(
          date: program.date, slot: program.slot, startAt: start,
          file: manifestFile ?? "\(time)-\(program.slot.id).\(format)")
        break
      }
    }
    return StatusReport(
      now: now, onAir: onAir, next: next, airings: recent.filter { $0.date == today.description })
  }

  var json: JSONText.Value {
    .object([
      ("now", .string(WebTime.iso(now))),
      ("on_air", onAir.map(Self.json) ?? .null),
      (
        "next",
        next.map {
          .object([
            ("date", .string($0.date.description)), ("slot", .string($0.slot.id)),
            ("start_at", .string(WebTime.iso($0.startAt))), ("file", .string($0.file)),
          ])
        } ?? .null
      ),
      ("airings", .array(airings.map(Self.json))),
    ])
  }

  static func json(_ airing: AiringRow) -> JSONText.Value {
    .object([
      ("date", .string(airing.date)), ("slot", .string(airing.slot)),
      ("kind", .string(airing.kind)), ("file", .string(airing.file)),
      ("sha256", JSONText.optional(airing.sha256)),
      ("scheduled_at", JSONText.optional(airing.scheduledAt)),
      ("started_at", JSONText.optional(airing.startedAt)),
      ("ended_at", JSONText.optional(airing.endedAt)),
      ("played_seconds", airing.playedSeconds.map { .number($0) } ?? .null),
      ("status", .string(airing.status)), ("output", JSONText.optional(airing.output)),
      ("note", JSONText.optional(airing.note)),
    ])
  }
}
