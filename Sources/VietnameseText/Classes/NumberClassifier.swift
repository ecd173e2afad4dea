/// Decides what a number is: the one place where a number's class is chosen.
///
/// ``classify(_:at:_:)`` is pure: the pieces of the chunk and an immutable ``NumberContext`` in,
/// a ``NumberSpan`` out. The order of the checks is the precedence of the classes: a date
/// shape first ("09/4/2026"), then a time ("6h30"), then a phone number or code ("0912…",
/// "gọi 113"), else a value, which a following "-", ":" or "/" makes a range, a ratio, a
/// standard or a fraction.
enum NumberClassifier {
  /// Short codes read digit by digit wherever they appear (SMS and hotline numbers).
  static let alwaysCodes = codeTable(["5656", "9191"])

  /// Bare digit runs this long or longer are read digit by digit.
  static let longestBareAmount = 9

  /// Short codes read digit by digit after "số".
  static let shortCodes = codeTable([
    "111", "112", "113", "114", "115", "116", "156", "5656", "1900", "1800", "9191", "18001567",
  ])

  /// Codes looked up by their bytes (``UTF8Table``), not hashed as `String`s.
  private static func codeTable(_ codes: [String]) -> UTF8Table<Bool> {
    UTF8Table(Dictionary(uniqueKeysWithValues: codes.map { ($0, true) }))
  }

  /// The class of the number at `index` together with what its shape joins to it.
  static func classify(_ pieces: [Piece], at index: Int, _ context: NumberContext) -> NumberSpan {
    if let date = date(pieces, at: index, context) { return date }
    if let time = time(pieces, at: index, context) { return time }
    if let phone = phone(pieces, at: index, context) { return phone }
    let first = value(pieces, at: index, context)
    let next = index + first.consumed
    guard next + 1 < pieces.count, pieces[next + 1].digits != nil else { return first }
    if pieces[next].isSymbol("-") {
      if first.consumed == 1, let special = hyphenated(pieces, at: index, context) {
        return special
      }
      // "1-3/12": a range of days, the upper end a date.
      let upper =
        date(pieces, at: next + 1, context, rangeEnd: true)
        ?? value(pieces, at: next + 1, context)
      return NumberSpan(
        kind: .range(first.kind, upper.kind), consumed: first.consumed + 1 + upper.consumed)
    }
    if pieces[next].isSymbol(":") {
      // "tỷ lệ 1:500" (not a time of day): a ratio; "QCVN 01:2009": a standard of that year.
      let second = value(pieces, at: next + 1, context)
      let isStandard =
        (context.last.isBytes("qcvn") || context.last.isBytes("tcvn"))
        && DateReader.isYear(pieces[next + 1].digits ?? "")
      let kind: NumberClass =
        isStandard ? .standard(first.kind, second.kind) : .ratio(first.kind, second.kind)
      return NumberSpan(kind: kind, consumed: first.consumed + 1 + second.consumed)
    }
    if pieces[next].isSymbol("/") {
      // "1/3" → "một phần ba" (a fraction); "429/434", "1.234/1.500" → "… trên …" (a ratio).
      let denominator = value(pieces, at: next + 1, context)
      // "điểm 9/10": a mark out of ten is a ratio.
      let isFraction =
        first.consumed == 1 && denominator.consumed == 1 && !context.lastRoles.contains(.outOf)
        && looksLikeFraction(pieces[index].digits ?? "", pieces[next + 1].digits ?? "")
      let kind: NumberClass =
        isFraction
        ? .fraction(first.kind, denominator.kind) : .ratio(first.kind, denominator.kind)
      return NumberSpan(kind: kind, consumed: first.consumed + 1 + denominator.consumed)
    }
    return first
  }

  /// "thắng 3-0" (a score) or "NPK 20-20-15" (a series): hyphens that do not make a range.
  private static func hyphenated(_ pieces: [Piece], at index: Int, _ context: NumberContext)
    -> NumberSpan?
  {
    var parts: [Substring] = [pieces[index].digits ?? ""]
    var used = 1
    while index + used + 1 < pieces.count, pieces[index + used].isSymbol("-"),
      let part = pieces[index + used + 1].digits
    {
      parts.append(part)
      used += 2
    }
    if parts.count >= 3 { return NumberSpan(kind: .series(parts), consumed: used) }
    let small = parts.allSatisfy { $0.utf8.count <= 2 }
    guard parts.count == 2, small, index + used == pieces.count, context.recent(.score, window: 2)
    else { return nil }
    return NumberSpan(kind: .score(parts[0], parts[1]), consumed: used)
  }

  /// A value: "1.050.000", "2,5", "1.5", "05", or a plain number classed by context.
  static func value(_ pieces: [Piece], at index: Int, _ context: NumberContext) -> NumberSpan {
    let digits = pieces[index].digits ?? ""
    func symbol(_ offset: Int, _ character: Character) -> Bool {
      index + offset < pieces.count && pieces[index + offset].isSymbol(character)
    }
    func number(_ offset: Int) -> Substring? {
      index + offset < pieces.count ? pieces[index + offset].digits : nil
    }
    for separator: Character in [".", ","] where digits.utf8.count <= 3 && symbol(1, separator) {
      // "1.050.000"; "1,000,000" the English way (two groups or more).
      guard number(2)?.utf8.count == 3,
        separator == "." || (symbol(3, ",") && number(4)?.utf8.count == 3)
      else { continue }
      var whole = String(digits)
      var used = 1
      while symbol(used, separator), let group = number(used + 1), group.utf8.count == 3 {
        whole += group
        used += 2
      }
      guard separator == "." else { return NumberSpan(kind: .grouped(whole), consumed: used) }
      if symbol(used, "."), number(used + 1) != nil {
        // "192.168.1.1": not an amount (a group is not three digits) but dotted numbers.
        return dotted(pieces, at: index)
      }
      if symbol(used, ","), let fraction = number(used + 1) {
        return NumberSpan(kind: .decimal(integer: whole, fraction: fraction), consumed: used + 2)
      }
      return NumberSpan(kind: .grouped(whole), consumed: used)
    }
    if symbol(1, ","), let fraction = number(2) {
      return NumberSpan(kind: .decimal(integer: String(digits), fraction: fraction), consumed: 3)
    }
    if symbol(1, "."), let part = number(2) {
      // "2.5 triệu": a decimal point written the English way before an amount word.
      if part.count <= 2, index + 3 == pieces.count, context.nextRoles.contains(.amount) {
        return NumberSpan(kind: .decimal(integer: String(digits), fraction: part), consumed: 3)
      }
      return NumberSpan(kind: .pointed(plain(digits, context), part: part), consumed: 3)
    }
    return NumberSpan(kind: plain(digits, context), consumed: 1)
  }

  /// "192.168.1.1": every number of a dotted run.
  private static func dotted(_ pieces: [Piece], at index: Int) -> NumberSpan {
    var groups = [pieces[index].digits ?? ""]
    var used = 1
    while index + used + 1 < pieces.count, pieces[index + used].isSymbol("."),
      let group = pieces[index + used + 1].digits
    {
      groups.append(group)
      used += 2
    }
    return NumberSpan(kind: .dotted(groups), consumed: used)
  }

  /// A lone number: ordinal after "thứ", month after "tháng", digits when long with a leading 0.
  static func plain(_ digits: Substring, _ context: NumberContext) -> NumberClass {
    if digits.utf8.count >= 4, digits.hasBytes(prefix: "0") { return .digits(digits) }
    // Amounts are written with dots; a long bare run of digits is an account or ID number.
    if digits.utf8.count >= longestBareAmount { return .digits(digits) }
    // Byte compares: a `switch` over strings compares each case by canonical equivalence.
    let last = context.last
    // "14 giờ 00" → "mười bốn giờ"
    if last.isBytes("giờ") && digits.isBytes("00") { return .silent }
    if last.isBytes("thứ") { return .ordinal(digits) }
    if last.isBytes("tháng") { return .month(digits) }
    return .cardinal(digits)
  }

  /// "1/3", "2/3", "3/4": a proper fraction with a small denominator (else d/m is a date).
  static func looksLikeFraction(_ numerator: Substring, _ denominator: Substring) -> Bool {
    guard let top = DateReader.value(numerator), let bottom = DateReader.value(denominator) else {
      return true
    }
    return top < bottom && bottom <= 10
  }
}
