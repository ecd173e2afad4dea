/// Parsers for the small value formats of a schedule: durations and day sets.
enum ValueParser {
  /// `15m`, `90s`, `1h`, `1h30m`, `1h30m15s` → seconds; `nil` for `10 phút`, `0m`, `15`.
  static func duration(_ text: String) -> Int? {
    var total = 0
    var number = ""
    var lastUnit = 0  // h = 3, m = 2, s = 1: units must come in order, once each
    for character in text {
      if character.isASCII, character.isNumber {
        number.append(character)
        continue
      }
      let unit: Int
      let factor: Int
      switch character {
      case "h": (unit, factor) = (3, 3600)
      case "m": (unit, factor) = (2, 60)
      case "s": (unit, factor) = (1, 1)
      default: return nil
      }
      guard let value = Int(number), lastUnit == 0 || unit < lastUnit else { return nil }
      total += value * factor
      lastUnit = unit
      number = ""
    }
    guard number.isEmpty, lastUnit != 0, total > 0 else { return nil }
    return total
  }

  /// `daily`, `weekdays`, `weekends` → a day set; `nil` for anything else.
  static func namedDays(_ text: String) -> Set<Weekday>? {
    switch text.lowercased() {
    case "daily", "everyday", "hằng ngày", "hàng ngày": Set(Weekday.allCases)
    case "weekdays": [.monday, .tuesday, .wednesday, .thursday, .friday]
    case "weekends": [.saturday, .sunday]
    default: nil
    }
  }

  /// `m:ss` or `h:mm:ss` for a number of seconds (rounded to the nearest second).
  static func clock(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    let (h, m, s) = (total / 3600, (total % 3600) / 60, total % 60)
    if h > 0 { return "\(h):\(CalendarDay.pad(m, 2)):\(CalendarDay.pad(s, 2))" }
    return "\(m):\(CalendarDay.pad(s, 2))"
  }
}
