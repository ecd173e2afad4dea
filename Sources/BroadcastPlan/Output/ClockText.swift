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

  /// "Thứ Tư 02/12/2026".
  static func dayHeading(_ day: CalendarDay) -> String {
    let name = day.weekday.vietnameseName
    return name.prefix(1).uppercased() + name.dropFirst() + " " + day.displayText
  }

  /// Pads or truncates to a display width in characters.
  static func column(_ text: String, _ width: Int) -> String {
    if text.count > width { return String(text.prefix(width - 1)) + "…" }
    return text + String(repeating: " ", count: width - text.count)
  }
}
