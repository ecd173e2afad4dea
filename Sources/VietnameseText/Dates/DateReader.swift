/// Reads calendar dates and months as an announcer says them.
///
/// "09/4/2026" → "chín tháng tư năm hai nghìn không trăm hai mươi sáu": the day without its
/// leading zero, the month as said ("tháng tư", never "tháng bốn"), the year in full. "ngày" is
/// never inserted (the text usually has it) and "mùng" only when the text says it.
struct DateReader: Sendable {
  /// Reads the numbers.
  let numbers: CardinalReader

  /// The month names 1–12 as said after "tháng".
  static let monthNames = [
    "một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai",
  ]

  /// The integer value of short ASCII digits, or `nil`.
  static func value(_ digits: Substring) -> Int? {
    guard !digits.isEmpty, digits.utf8.count <= 6 else { return nil }
    return Int(digits)
  }

  /// The month name for `digits` if it is 1–12.
  func month(_ digits: Substring) -> String? {
    guard let month = Self.value(digits), (1...12).contains(month) else { return nil }
    return Self.monthNames[month - 1]
  }

  /// Whether `digits` is a month number, 1–12.
  static func isMonth(_ digits: Substring) -> Bool {
    value(digits).map { (1...12).contains($0) } ?? false
  }

  /// Whether day and month make a plausible date.
  static func isDayMonth(_ day: Substring, _ month: Substring) -> Bool {
    guard let d = value(day), let m = value(month), day.count <= 2, month.count <= 2 else {
      return false
    }
    return (1...31).contains(d) && (1...12).contains(m)
  }

  /// Whether `digits` is a four-digit year a bulletin would mention.
  static func isYear(_ digits: Substring) -> Bool {
    guard digits.count == 4, let year = value(digits) else { return false }
    return (1000...2999).contains(year)
  }

  /// "D tháng M" and, with a year, " năm Y".
  func date(day: Substring, month: Substring, year: Substring?) -> String {
    var text = numbers.cardinal(day) + " tháng " + (self.month(month) ?? numbers.cardinal(month))
    if let year { text += " năm " + numbers.cardinal(year) }
    return text
  }

  /// "M năm Y" (after "tháng") or "tháng M năm Y".
  func monthYear(month: Substring, year: Substring, afterThang: Bool) -> String {
    let name = self.month(month) ?? numbers.cardinal(month)
    return (afterThang ? "" : "tháng ") + name + " năm " + numbers.cardinal(year)
  }
}
