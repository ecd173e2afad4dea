/// Reads clock times: "6h30" → "sáu giờ ba mươi phút", "17h00" → "mười bảy giờ", "7:15".
///
/// Compact times get their "phút" as an announcer says it; "8 giờ 05", already in words, keeps
/// the text's own shape ("tám giờ năm").
struct TimeReader: Sendable {
  /// Reads the numbers.
  let numbers: CardinalReader

  /// Whether hour and minute make a time of day (minute may be absent).
  static func isTime(hour: Substring, minute: Substring?) -> Bool {
    guard hour.count <= 2, let h = DateReader.value(hour), (0...24).contains(h) else {
      return false
    }
    guard let minute else { return true }
    guard minute.count == 2, let m = DateReader.value(minute) else { return false }
    return (0...59).contains(m)
  }

  /// "H giờ" and, unless they are zero, "M phút": "6h30" → "sáu giờ ba mươi phút".
  func time(hour: Substring, minute: Substring?) -> String {
    var text = numbers.cardinal(hour) + " giờ"
    if let minute, let m = DateReader.value(minute), m > 0 {
      text += " " + numbers.cardinal(minute) + " phút"
    }
    return text
  }
}
