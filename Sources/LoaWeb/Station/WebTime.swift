import BroadcastPlan
import Foundation

/// Station-time arithmetic for the web page: calendar days and ISO 8601 instants at `+07:00`.
enum WebTime {
  /// The station's calendar day at `date`.
  static func day(_ date: Date) -> CalendarDay {
    StationCalendar.day(atUnixTime: date.timeIntervalSince1970)
  }

  /// `2026-12-09T06:00:00+07:00`.
  static func iso(_ date: Date) -> String {
    let local = Int(date.timeIntervalSince1970.rounded(.down)) + StationCalendar.utcOffsetSeconds
    let day = CalendarDay(dayNumber: Int((Double(local) / 86_400).rounded(.down)))
    let seconds = local - day.dayNumber * 86_400
    return day.description + "T" + clock(seconds) + "+07:00"
  }

  /// The instant a slot starts on a day.
  static func instant(_ day: CalendarDay, _ time: TimeOfDay) -> Date {
    Date(
      timeIntervalSince1970: Double(
        day.dayNumber * 86_400 + time.seconds - StationCalendar.utcOffsetSeconds))
  }

  /// `HH:MM:SS` of seconds since midnight.
  static func clock(_ seconds: Int) -> String {
    let (h, m, s) = (seconds / 3600, (seconds % 3600) / 60, seconds % 60)
    return [h, m, s].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
  }

  /// `HH:MM` of an ISO instant (`…T06:00:12+07:00` → `06:00`), or the text itself.
  static func shortTime(_ iso: String?) -> String {
    guard let iso, let t = iso.firstIndex(of: "T") else { return iso ?? "" }
    return String(iso[iso.index(after: t)...].prefix(8))
  }

  /// "Thứ Tư 02/12/2026".
  static func heading(_ day: CalendarDay) -> String {
    let name = day.weekday.vietnameseName
    return name.prefix(1).uppercased() + name.dropFirst() + " " + day.displayText
  }
}
