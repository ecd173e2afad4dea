/// Formats times and durations the way operators read them.
public enum ClockText {
  /// `m:ss` (or `h:mm:ss`) for a duration.
  public static func duration(_ seconds: Double) -> String { ValueParser.clock(seconds) }

  /// `HH:MM:SS` for a slot start plus an offset in seconds (wrapping past midnight).
  public static func time(_ slot: TimeOfDay, plus offset: Double) -> String {
    let total = (slot.seconds + Int(offset.rounded())) % 86_400
    let (h, m, s) = (total / 3600, (total % 3600) / 60, total % 60)
    return "\(CalendarDay.pad(h, 2)):\(CalendarDay.pad(m, 2)):\(CalendarDay.pad(s, 2))"
  }

  /// `HH:MM:SS` of an instant, station time.
  public static func time(_ instant: StationInstant) -> String {
    let total = Int(instant.secondsIntoDay.rounded(.down)) % 86_400
    let (h, m, s) = (total / 3600, (total % 3600) / 60, total % 60)
    return "\(CalendarDay.pad(h, 2)):\(CalendarDay.pad(m, 2)):\(CalendarDay.pad(s, 2))"
  }

  /// `HH:MM:SS` of an ISO 8601 instant as the logs store it, empty for `nil`, the text itself
  /// when it does not parse.
  public static func time(iso text: String?) -> String {
    guard let text else { return "" }
    return StationInstant.parse(text).map(time(_:)) ?? text
  }

  /// "Thứ Tư 02/12/2026".
  public static func dayHeading(_ day: CalendarDay) -> String {
    let name = day.weekday.vietnameseName
    return name.prefix(1).uppercased() + name.dropFirst() + " " + day.displayText
  }

  /// Pads or truncates to a display width in characters.
  static func column(_ text: String, _ width: Int) -> String {
    if text.count > width { return String(text.prefix(width - 1)) + "…" }
    return text + String(repeating: " ", count: width - text.count)
  }
}
