/// Numbers: ``NumberClassifier`` decides what a number is, the readers here say it.
extension LineExpander {
  /// Classifies and reads the number at `index` together with what its shape joins to it.
  func readNumber(_ pieces: [Piece], at index: Int, _ state: inout ReadingState) -> NumberReading {
    let span = NumberClassifier.classify(pieces, at: index, NumberContext(&state))
    var reading = NumberReading(spoken: spoken(span.kind), consumed: span.consumed)
    switch span.kind {
    case .phone(_, let left):
      reading.isPhone = true
      reading.phoneDigitsLeft = left
    case .dayMonth(_, _, dashed: true): reading.isDate = true
    default: break
    }
    reading.kind = span.kind
    return reading
  }

  /// The words for a classified number.
  func spoken(_ kind: NumberClass) -> String {
    switch kind {
    case .fullDate(let day, let month, let year):
      return dates.date(day: day, month: month, year: year)
    case .dayMonth(let day, let month, _): return dates.date(day: day, month: month, year: nil)
    case .monthOfYear(let month, let year, let afterThang):
      return dates.monthYear(month: month, year: year, afterThang: afterThang)
    case .numberOfYear(let number, let year):
      return numbers.cardinal(number) + " năm " + numbers.cardinal(year)
    case .time(let hour, let minute): return times.time(hour: hour, minute: minute)
    case .phone(let groups, _): return groups.map(numbers.digitByDigit).joined(separator: ", ")
    case .cardinal(let digits): return numbers.cardinal(digits)
    case .ordinal(let digits): return numbers.ordinal(digits)
    case .month(let digits): return dates.month(digits) ?? numbers.cardinal(digits)
    case .silent: return ""
    case .digits(let digits): return numbers.digitByDigit(digits)
    case .grouped(let whole): return numbers.cardinal(Substring(whole))
    case .decimal(let integer, let fraction):
      return numbers.decimal(integer: Substring(integer), fraction: fraction)
    case .pointed(let plain, let part): return spoken(plain) + " chấm " + numbers.cardinal(part)
    case .dotted(let groups): return groups.map { numbers.cardinal($0) }.joined(separator: " chấm ")
    case .range(let lower, let upper): return spoken(lower) + " đến " + spoken(upper)
    case .ratio(let top, let bottom): return spoken(top) + " trên " + spoken(bottom)
    case .fraction(let top, let bottom): return spoken(top) + " phần " + spoken(bottom)
    case .standard(let code, let year): return spoken(code) + " năm " + spoken(year)
    case .score(let home, let away): return numbers.cardinal(home) + " " + numbers.cardinal(away)
    case .series(let parts): return parts.map { numbers.cardinal($0) }.joined(separator: " ")
    }
  }
}
