/// Renders a plan as RFC 5545 iCalendar: one VEVENT per program, times in UTC (the station's
/// local time is UTC+7 without daylight saving), item titles in the description. Output is
/// deterministic: UIDs come from date and slot, DTSTAMP from the plan's first day.
public struct PlanICSRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The calendar, CRLF line endings, lines folded at 75 octets.
  public func render(_ plan: Plan) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Loa//loa plan//VI", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:\(Self.escape(plan.station))",
      "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
    ]
    let stamp = Self.utc(plan.from, secondsOfDay: 7 * 3600)
    for program in plan.programs {
      let start = program.slot.at.seconds
      let end = start + Int(program.plannedSeconds.rounded(.up))
      let items = program.items.map { item in
        "\(ClockText.time(program.slot.at, plus: item.start)) \(item.title)"
      }
      var description = items.joined(separator: "\n")
      if !program.dropped.isEmpty {
        description += "\nBỏ ra: " + program.dropped.map(\.item.title).joined(separator: "; ")
      }
      lines += [
        "BEGIN:VEVENT",
        "UID:\(program.date.description)-\(program.slot.id)@loa",
        "DTSTAMP:\(stamp)",
        "DTSTART:\(Self.utc(program.date, secondsOfDay: start))",
        "DTEND:\(Self.utc(program.date, secondsOfDay: end))",
        "SUMMARY:\(Self.escape("\(program.slot.name) (\(program.contentItems.count) bản tin)"))",
        "DESCRIPTION:\(Self.escape(description))",
        "LOCATION:\(Self.escape(plan.station))",
        "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return lines.flatMap(Self.fold).joined(separator: "\r\n") + "\r\n"
  }

  /// `YYYYMMDDTHHMMSSZ` for a local (UTC+7) time on `day`.
  static func utc(_ day: CalendarDay, secondsOfDay: Int) -> String {
    let utcSeconds = secondsOfDay - 7 * 3600
    let dayShift = utcSeconds >= 0 ? utcSeconds / 86_400 : -((-utcSeconds + 86_399) / 86_400)
    let date = day.adding(days: dayShift)
    let rest = utcSeconds - dayShift * 86_400
    let (h, m, s) = (rest / 3600, (rest % 3600) / 60, rest % 60)
    let ymd =
      "\(CalendarDay.pad(date.year, 4))\(CalendarDay.pad(date.month, 2))\(CalendarDay.pad(date.day, 2))"
    return "\(ymd)T\(CalendarDay.pad(h, 2))\(CalendarDay.pad(m, 2))\(CalendarDay.pad(s, 2))Z"
  }

  /// TEXT escaping (RFC 5545 §3.3.11).
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
      .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
  }

  /// Splits a content line into lines of at most 75 octets, continuation lines starting with a
  /// space, never inside a UTF-8 sequence.
  static func fold(_ line: String) -> [String] {
    var result: [String] = []
    var current = ""
    var octets = 0
    for character in line {
      let size = String(character).utf8.count
      let limit = result.isEmpty ? 75 : 74
      if octets + size > limit {
        result.append(result.isEmpty ? current : " " + current)
        current = ""
        octets = 0
      }
      current.append(character)
      octets += size
    }
    result.append(result.isEmpty ? current : " " + current)
    return result
  }
}
