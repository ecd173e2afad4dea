/// Dates and times by shape and context.
extension NumberClassifier {
  /// "09/4/2026", "09-4-2026", "4/2026", and "1/3" after a date word or with a leading zero.
  static func date(
    _ pieces: [Piece], at index: Int, _ context: NumberContext, rangeEnd: Bool = false
  ) -> NumberSpan? {
    guard index + 2 < pieces.count, let first = pieces[index].digits,
      let second = pieces[index + 2].digits
    else { return nil }
    if let full = fullDate(pieces, at: index, first, second, context) { return full }
    let followed =
      index + 3 < pieces.count
      && (pieces[index + 3].isSymbol("/") || pieces[index + 3].isSymbol("-"))
    if pieces[index + 1].isSymbol("-") {
      // "Chiều 28-11" is a date, "sáng 7-9 giờ" a range of hours.
      // "ngày 30-4 và 1-5": after a date, "và"/"hoặc" joins another date.
      let joined =
        context.afterDate && (context.last.isBytes("và") || context.last.isBytes("hoặc"))
        && !context.nextRoles.contains(.counted)
      // "từ 01-12": a leading zero writes a date, not a range.
      let zero =
        first.hasBytes(prefix: "0") || (second.hasBytes(prefix: "0") && second.utf8.count == 2)
      guard !followed, context.lastRoles.contains(.day) || joined || zero,
        DateReader.isDayMonth(first, second), !context.nextRoles.contains(.rangeUnit)
      else { return nil }
      return NumberSpan(kind: .dayMonth(day: first, month: second, dashed: true), consumed: 3)
    }
    guard pieces[index + 1].isSymbol("/"), !followed else { return nil }
    // "tỷ lệ 1/2000", "tỉ lệ 1/500": a map scale, read as a ratio.
    if context.last.isBytes("lệ") { return nil }
    if DateReader.isYear(second), first.utf8.count <= 4 {
      if context.last.isBytes("số") || context.last.isBytes("quý") || !DateReader.isMonth(first) {
        // "số 15/2026": a number of that year, as document numbers are read; "quý 1/2026".
        return NumberSpan(kind: .numberOfYear(number: first, year: second), consumed: 3)
      }
      let afterThang = context.last.isBytes("tháng")
      return NumberSpan(
        kind: .monthOfYear(month: first, year: second, afterThang: afterThang), consumed: 3)
    }
    guard DateReader.isDayMonth(first, second) else { return nil }
    if !rangeEnd, context.nextRoles.contains(.counted), !context.lastRoles.contains(.date),
      let top = DateReader.value(first), let bottom = DateReader.value(second), top <= bottom
    {
      return nil  // "đạt 12/12 thôn": a ratio of counted things.
    }
    let dated =
      rangeEnd || context.lastRoles.contains(.date) || first.hasBytes(prefix: "0")
      || second.hasBytes(prefix: "0") || context.recent(.occasion, window: 3)
      || context.next.isBytes("-") || context.next.isBytes("–")  // "(1/6 - 30/6)": a range of dates
    if dated || !looksLikeFraction(first, second) {
      return NumberSpan(kind: .dayMonth(day: first, month: second, dashed: false), consumed: 3)
    }
    return nil
  }

  /// "09/4/2026", "09-4-2026", "05.12.2026"; "tháng 11-2026"; the first date of "30/4-1/5".
  private static func fullDate(
    _ pieces: [Piece], at index: Int, _ first: Substring, _ second: Substring,
    _ context: NumberContext
  ) -> NumberSpan? {
    for separator: Character in ["/", "-", "."] where pieces[index + 1].isSymbol(separator) {
      if index + 4 < pieces.count, pieces[index + 3].isSymbol(separator),
        let year = pieces[index + 4].digits, DateReader.isYear(year),
        DateReader.isDayMonth(first, second)
      {
        return NumberSpan(kind: .fullDate(day: first, month: second, year: year), consumed: 5)
      }
    }
    // "2026-12-11" (ISO): read as the same date day first.
    if index + 4 < pieces.count, pieces[index + 1].isSymbol("-"), pieces[index + 3].isSymbol("-"),
      DateReader.isYear(first), let day = pieces[index + 4].digits,
      DateReader.isDayMonth(day, second)
    {
      return NumberSpan(kind: .fullDate(day: day, month: second, year: first), consumed: 5)
    }
    // "tháng 11-2026", "tháng 12.2026": a month of a year.
    if context.last.isBytes("tháng"), index + 3 == pieces.count,
      pieces[index + 1].isSymbol("-") || pieces[index + 1].isSymbol("."),
      DateReader.isYear(second), DateReader.isMonth(first)
    {
      return NumberSpan(
        kind: .monthOfYear(month: first, year: second, afterThang: true), consumed: 3)
    }
    // "30/4-1/5": a range of two dates; the first is a date too.
    let dateRange =
      index + 7 == pieces.count && pieces[index + 1].isSymbol("/")
      && pieces[index + 3].isSymbol("-") && pieces[index + 5].isSymbol("/")
      && DateReader.isDayMonth(first, second)
      && DateReader.isDayMonth(pieces[index + 4].digits ?? "", pieces[index + 6].digits ?? "")
    guard dateRange else { return nil }
    return NumberSpan(kind: .dayMonth(day: first, month: second, dashed: false), consumed: 3)
  }

  /// "6h30", "17h", "17h00", "7:15".
  static func time(_ pieces: [Piece], at index: Int, _ context: NumberContext) -> NumberSpan? {
    guard index + 1 < pieces.count, let hour = pieces[index].digits else { return nil }
    let minute = index + 2 < pieces.count ? pieces[index + 2].digits : nil
    if let mark = pieces[index + 1].letters, mark == "h" || mark == "g" || mark == "H" {
      let hasMinute = minute != nil && TimeReader.isTime(hour: hour, minute: minute)
      guard TimeReader.isTime(hour: hour, minute: nil) else { return nil }
      // "6g30" is a time, "12g" twelve grams, "đến 17g" a time again.
      if mark == "g" && !hasMinute && !context.lastRoles.contains(.time) { return nil }
      var used = hasMinute ? 3 : 2
      if index + used < pieces.count, let letters = pieces[index + used].letters {
        // "18h30p", "18h30ph": minutes written with their unit ("8h00p" is "tám giờ").
        guard hasMinute, letters == "p" || letters == "ph" else { return nil }
        used += 1
      }
      return NumberSpan(kind: .time(hour: hour, minute: hasMinute ? minute : nil), consumed: used)
    }
    if pieces[index + 1].isSymbol(":"), let minute, TimeReader.isTime(hour: hour, minute: minute) {
      return NumberSpan(kind: .time(hour: hour, minute: minute), consumed: 3)
    }
    return nil
  }
}
