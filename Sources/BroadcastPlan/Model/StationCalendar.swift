/// Resolves the operator's date words in the station's time zone (Asia/Ho_Chi_Minh, UTC+7, no
/// daylight saving). Pure: the current time is passed in.
public enum StationCalendar {
  /// The station's UTC offset in seconds.
  public static let utcOffsetSeconds = 7 * 3600

  /// The station's calendar day at a Unix time (seconds since 1970-01-01 UTC).
  public static func day(atUnixTime seconds: Double) -> CalendarDay {
    let local = Int((seconds + Double(utcOffsetSeconds)).rounded(.down))
    let dayNumber = local >= 0 ? local / 86_400 : -((-local + 86_399) / 86_400)
    return CalendarDay(dayNumber: dayNumber)
  }

  /// `YYYY-MM-DD`, `today` or `tomorrow` (also `hôm nay`, `ngày mai`) relative to `today`.
  ///
  /// - Throws: ``PlanError/invalidDate(_:)`` for anything else.
  public static func resolve(_ text: String, today: CalendarDay) throws(PlanError) -> CalendarDay {
    switch text.lowercased() {
    case "today", "hôm nay": return today
    case "tomorrow", "ngày mai": return today.adding(days: 1)
    default:
      guard let day = CalendarDay.parse(text) else { throw .invalidDate(text) }
      return day
    }
  }

  /// The schedule path to use: the explicit one, else `$LOA_SCHEDULE`, else the default.
  public static func schedulePath(_ explicit: String?, environment: [String: String]) -> String {
    if let explicit, !explicit.isEmpty { return explicit }
    if let fromEnvironment = environment["LOA_SCHEDULE"], !fromEnvironment.isEmpty {
      return fromEnvironment
    }
    return "schedules/hai-hung.yaml"
  }
}
