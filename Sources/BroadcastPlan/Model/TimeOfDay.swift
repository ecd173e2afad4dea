/// A wall-clock time `HH:MM` in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Minutes since midnight, 0…1439.
  public let minutes: Int

  /// Creates a time from minutes since midnight, or `nil` outside 0…1439.
  public init?(minutes: Int) {
    guard (0..<1440).contains(minutes) else { return nil }
    self.minutes = minutes
  }

  /// Parses `HH:MM` (or `H:MM`), 24-hour; `nil` for `25:00`, `6h`, `06:60`.
  public static func parse(_ text: String) -> TimeOfDay? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
    else { return nil }
    return TimeOfDay(minutes: hour * 60 + minute)
  }

  /// Seconds since midnight.
  public var seconds: Int { minutes * 60 }

  /// `HH:MM`.
  public var description: String {
    "\(CalendarDay.pad(minutes / 60, 2)):\(CalendarDay.pad(minutes % 60, 2))"
  }

  /// Orders by time.
  public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
