/// An absolute instant, held as seconds since 1970-01-01 UTC and shown in the station's time
/// zone (Asia/Ho_Chi_Minh, UTC+7, no daylight saving).
///
/// Programs start at instants, never at bare times of day: the start of the `sang` slot on
/// 2026-12-09 is `StationInstant(day: 2026-12-09, time: 06:00)`, printed
/// `2026-12-09T06:00:00+07:00`. Pure: no clock is read here (see `StationClock` in LoaStudio).
public struct StationInstant: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var unixSeconds: Double

  /// The instant `unixSeconds` after the Unix epoch.
  public init(unixSeconds: Double) {
    self.unixSeconds = unixSeconds
  }

  /// The instant a wall-clock time is reached on a station day.
  public init(day: CalendarDay, time: TimeOfDay) {
    self.init(day: day, secondsIntoDay: Double(time.seconds))
  }

  /// The instant `secondsIntoDay` after the station's midnight starting `day`.
  public init(day: CalendarDay, secondsIntoDay: Double) {
    unixSeconds =
      Double(day.dayNumber) * 86_400 + secondsIntoDay - Double(StationCalendar.utcOffsetSeconds)
  }

  /// The station day this instant falls on.
  public var day: CalendarDay { StationCalendar.day(atUnixTime: unixSeconds) }

  /// Seconds since the station's midnight of ``day``.
  public var secondsIntoDay: Double {
    unixSeconds + Double(StationCalendar.utcOffsetSeconds) - Double(day.dayNumber) * 86_400
  }

  /// This instant moved by `seconds`.
  public func adding(seconds: Double) -> StationInstant {
    StationInstant(unixSeconds: unixSeconds + seconds)
  }

  /// Seconds from `self` to `other` (negative when `other` is earlier).
  public func seconds(until other: StationInstant) -> Double {
    other.unixSeconds - unixSeconds
  }

  /// ISO 8601 with the station offset, to the second: `2026-12-09T06:00:00+07:00`.
  public var description: String { iso8601(fractionDigits: 0) }

  /// ISO 8601 with the station offset and `fractionDigits` (0…6) digits of the second.
  public func iso8601(fractionDigits: Int) -> String {
    let digits = min(6, max(0, fractionDigits))
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let local = unixSeconds + Double(StationCalendar.utcOffsetSeconds)
    let units = Int64((local * scale).rounded(.down))
    let perDay = Int64(86_400) * Int64(scale)
    let dayNumber = units >= 0 ? units / perDay : -((-units + perDay - 1) / perDay)
    let withinDay = units - dayNumber * perDay
    let wholeSeconds = Int(withinDay / Int64(scale))
    let fraction = Int(withinDay % Int64(scale))
    let day = CalendarDay(dayNumber: Int(dayNumber))
    var text = "\(day)T\(CalendarDay.pad(wholeSeconds / 3600, 2)):"
    text += "\(CalendarDay.pad(wholeSeconds / 60 % 60, 2)):\(CalendarDay.pad(wholeSeconds % 60, 2))"
    if digits > 0 { text += "." + CalendarDay.pad(fraction, digits) }
    return text + "+07:00"
  }

  /// Parses ISO 8601 with a numeric offset or `Z`: `2026-12-09T05:59:50+07:00`,
  /// `2026-12-08T22:59:50Z`, `2026-12-09T05:59:50.250+07:00`; `nil` for anything else
  /// (a bare time without an offset is refused: it would not name one instant).
  public static func parse(_ text: String) -> StationInstant? {
    let characters = Array(text)
    guard characters.count >= 20, characters[10] == "T" || characters[10] == " " else {
      return nil
    }
    guard let day = CalendarDay.parse(String(characters[0..<10])),
      characters[13] == ":", characters[16] == ":",
      let hour = Int(String(characters[11..<13])), let minute = Int(String(characters[14..<16])),
      let second = Int(String(characters[17..<19])), hour < 24, minute < 60, second < 60
    else { return nil }
    var index = 19
    var fraction = 0.0
    if characters[index] == "." {
      var scale = 0.1
      index += 1
      let start = index
      while index < characters.count, let digit = characters[index].wholeNumberValue,
        characters[index].isASCII
      {
        fraction += Double(digit) * scale
        scale /= 10
        index += 1
      }
      guard index > start else { return nil }
    }
    guard index < characters.count, let offset = offsetSeconds(characters[index...]) else {
      return nil
    }
    let local = Double(hour * 3600 + minute * 60 + second) + fraction
    return StationInstant(
      unixSeconds: Double(day.dayNumber) * 86_400 + local - Double(offset))
  }

  /// `Z`, `+07:00`, `+0700` or `-05:30` as seconds east of UTC.
  private static func offsetSeconds(_ rest: ArraySlice<Character>) -> Int? {
    let text = String(rest)
    if text == "Z" { return 0 }
    guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
    let digits = text.dropFirst().filter { $0 != ":" }
    guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      text.count == 6 || text.count == 5,
      let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)), hours < 24,
      minutes < 60
    else { return nil }
    return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
  }

  /// Orders by time.
  public static func < (lhs: StationInstant, rhs: StationInstant) -> Bool {
    lhs.unixSeconds < rhs.unixSeconds
  }
}
