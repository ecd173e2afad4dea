/// Numbers by shape and context: dates, times, phones, grouped and decimal values, ranges.
extension LineExpander {
  /// Words after which "d/m" is a date rather than a fraction.
  static let dateContext: Set<String> = [
    "ngày", "hôm", "từ", "đến", "tới", "sáng", "trưa", "chiều", "tối", "đêm", "mùng", "mồng",
    "trước", "sau", "hạn", "lúc", "nay", "đầu", "cuối",
  ]

  /// Words after which a number is a phone number or short code, read digit by digit.
  static let phoneContext: Set<String> = [
    "gọi", "hotline", "sđt", "nóng", "đài", "thoại", "nhắn", "fax", "đt", "stk", "sms",
    "soạn",
  ]

  /// Words shortly before a code read digit by digit.
  static let codeWords: Set<String> = ["mã", "otp", "pin"]

  /// Words before an SMS number, and words that make the sentence about texting.
  static let smsSendWords: Set<String> = ["gửi", "tới", "đến"]
  static let smsWords: Set<String> = ["nhắn", "soạn", "sms", "cú"]

  /// Short codes read digit by digit wherever they appear (SMS and hotline numbers).
  static let alwaysCodes: Set<Substring> = ["5656", "9191"]

  /// Bare digit runs this long or longer are read digit by digit.
  static let longestBareAmount = 9

  /// Short codes read digit by digit after "số".
  static let shortCodes: Set<Substring> = [
    "111", "112", "113", "114", "115", "116", "156", "5656", "1900", "1800", "9191", "18001567",
  ]

  /// Reads the number at `index` together with what its shape joins to it.
  func readNumber(_ pieces: [Piece], at index: Int, _ state: ReadingState) -> NumberReading {
    let digits = pieces[index].digits ?? ""
    if let date = readDate(pieces, at: index, state) { return date }
    if let time = readTime(pieces, at: index, state) { return time }
    if let phone = readPhone(pieces, at: index, state) { return phone }
    var reading = readValue(pieces, at: index, state)
    var next = index + reading.consumed
    if next + 1 < pieces.count, pieces[next].isSymbol("-"), pieces[next + 1].digits != nil {
      // "1-3/12": a range of days, the upper end a date.
      let upper =
        readDate(pieces, at: next + 1, state, rangeEnd: true)
        ?? readValue(pieces, at: next + 1, state)
      reading.spoken += " đến " + upper.spoken
      reading.consumed += 1 + upper.consumed
      next = index + reading.consumed
    } else if next + 1 < pieces.count, pieces[next].isSymbol(":"), pieces[next + 1].digits != nil {
      // "tỷ lệ 1:500" (not a time of day): a ratio; "QCVN 01:2009": a standard of that year.
      let second = readValue(pieces, at: next + 1, state)
      let isStandard =
        (state.last == "qcvn" || state.last == "tcvn")
        && DateReader.isYear(pieces[next + 1].digits ?? "")
      reading.spoken += (isStandard ? " năm " : " trên ") + second.spoken
      reading.consumed += 1 + second.consumed
    } else if next + 1 < pieces.count, pieces[next].isSymbol("/"), pieces[next + 1].digits != nil {
      // "1/3" → "một phần ba" (a fraction); "429/434", "1.234/1.500" → "… trên …" (a ratio).
      let denominator = readValue(pieces, at: next + 1, state)
      let isFraction =
        reading.consumed == 1 && denominator.consumed == 1
        && Self.looksLikeFraction(digits, pieces[next + 1].digits ?? "")
      reading.spoken += (isFraction ? " phần " : " trên ") + denominator.spoken
      reading.consumed += 1 + denominator.consumed
    }
    return reading
  }

  /// A value: "1.050.000", "2,5", "1.5", "05", or a plain number read by context.
  private func readValue(_ pieces: [Piece], at index: Int, _ state: ReadingState) -> NumberReading {
    let digits = pieces[index].digits ?? ""
    func symbol(_ offset: Int, _ character: Character) -> Bool {
      index + offset < pieces.count && pieces[index + offset].isSymbol(character)
    }
    func number(_ offset: Int) -> Substring? {
      index + offset < pieces.count ? pieces[index + offset].digits : nil
    }
    // Thousands grouped with dots: 1.050.000
    if digits.count <= 3, symbol(1, "."), number(2)?.count == 3 {
      var whole = String(digits)
      var used = 1
      while symbol(used, "."), let group = number(used + 1), group.count == 3 {
        whole += group
        used += 2
      }
      if symbol(used, "."), number(used + 1) != nil {
        // "192.168.1.1": not an amount (a group is not three digits) but dotted numbers.
        return dottedNumbers(pieces, at: index)
      }
      if symbol(used, ","), let fraction = number(used + 1) {
        return NumberReading(
          spoken: numbers.decimal(integer: Substring(whole), fraction: fraction), consumed: used + 2
        )
      }
      return NumberReading(spoken: numbers.cardinal(Substring(whole)), consumed: used)
    }
    if digits.count <= 3, symbol(1, ","), number(2)?.count == 3, symbol(3, ","),
      number(4)?.count == 3
    {
      // "1,000,000": thousands grouped with commas the English way (two groups or more).
      var whole = String(digits)
      var used = 1
      while symbol(used, ","), let group = number(used + 1), group.count == 3 {
        whole += group
        used += 2
      }
      return NumberReading(spoken: numbers.cardinal(Substring(whole)), consumed: used)
    }
    if symbol(1, ","), let fraction = number(2) {
      return NumberReading(
        spoken: numbers.decimal(integer: digits, fraction: fraction), consumed: 3)
    }
    if symbol(1, "."), let part = number(2), part.count <= 2, index + 3 == pieces.count,
      Self.amountWords.contains(state.nextWord)
    {
      // "2.5 triệu": a decimal point written the English way before an amount word.
      return NumberReading(spoken: numbers.decimal(integer: digits, fraction: part), consumed: 3)
    }
    if symbol(1, "."), let part = number(2) {
      return NumberReading(
        spoken: plain(digits, state) + " chấm " + numbers.cardinal(part), consumed: 3)
    }
    return NumberReading(spoken: plain(digits, state), consumed: 1)
  }

  /// "192.168.1.1": every number of a dotted run read as a cardinal, "chấm" between.
  private func dottedNumbers(_ pieces: [Piece], at index: Int) -> NumberReading {
    var words = [numbers.cardinal(pieces[index].digits ?? "")]
    var used = 1
    while index + used + 1 < pieces.count, pieces[index + used].isSymbol("."),
      let group = pieces[index + used + 1].digits
    {
      words.append(numbers.cardinal(group))
      used += 2
    }
    return NumberReading(spoken: words.joined(separator: " chấm "), consumed: used)
  }

  /// A lone number: ordinal after "thứ", month after "tháng", digits when long with a leading 0.
  private func plain(_ digits: Substring, _ state: ReadingState) -> String {
    if digits.count >= 4, digits.hasPrefix("0") { return numbers.digitByDigit(digits) }
    // Amounts are written with dots; a long bare run of digits is an account or ID number.
    if digits.count >= Self.longestBareAmount { return numbers.digitByDigit(digits) }
    switch state.last {
    case "giờ" where digits == "00": return ""  // "14 giờ 00" → "mười bốn giờ"
    case "thứ": return numbers.ordinal(digits)
    case "tháng": return dates.month(digits) ?? numbers.cardinal(digits)
    default: return numbers.cardinal(digits)
    }
  }

  /// "09/4/2026", "09-4-2026", "4/2026", and "1/3" after a date word or with a leading zero.
  private func readDate(
    _ pieces: [Piece], at index: Int, _ state: ReadingState, rangeEnd: Bool = false
  ) -> NumberReading? {
    guard index + 2 < pieces.count, let first = pieces[index].digits,
      let second = pieces[index + 2].digits
    else { return nil }
    if let full = readFullDate(pieces, at: index, first, second, state) { return full }
    let followed =
      index + 3 < pieces.count
      && (pieces[index + 3].isSymbol("/") || pieces[index + 3].isSymbol("-"))
    if pieces[index + 1].isSymbol("-") {
      // "Chiều 28-11" is a date, "sáng 7-9 giờ" a range of hours.
      // "ngày 30-4 và 1-5": after a date, "và"/"hoặc" joins another date.
      let joined =
        state.afterDate && (state.last == "và" || state.last == "hoặc")
        && !Self.countedNouns.contains(state.nextWord)
      // "từ 01-12": a leading zero writes a date, not a range.
      let zero = first.hasPrefix("0") || (second.hasPrefix("0") && second.count == 2)
      guard !followed, Self.dayWords.contains(state.last) || joined || zero,
        DateReader.isDayMonth(first, second),
        !Self.rangeUnits.contains(state.nextWord)
      else { return nil }
      return NumberReading(
        spoken: dates.date(day: first, month: second, year: nil), consumed: 3, isDate: true)
    }
    guard pieces[index + 1].isSymbol("/"), !followed else { return nil }
    // "tỷ lệ 1/2000", "tỉ lệ 1/500": a map scale, read as a ratio.
    if state.last == "lệ" { return nil }
    if DateReader.isYear(second), first.count <= 4 {
      if state.last == "số" || state.last == "quý" || dates.month(first) == nil {
        // "số 15/2026": a number of that year, as document numbers are read; "quý 1/2026".
        return NumberReading(
          spoken: numbers.cardinal(first) + " năm " + numbers.cardinal(second), consumed: 3)
      }
      return NumberReading(
        spoken: dates.monthYear(month: first, year: second, afterThang: state.last == "tháng"),
        consumed: 3)
    }
    guard DateReader.isDayMonth(first, second) else { return nil }
    if !rangeEnd, Self.countedNouns.contains(state.nextWord),
      !Self.dateContext.contains(state.last),
      let top = DateReader.value(first), let bottom = DateReader.value(second), top <= bottom
    {
      return nil  // "đạt 12/12 thôn": a ratio of counted things.
    }
    let context =
      rangeEnd || Self.dateContext.contains(state.last) || first.hasPrefix("0")
      || second.hasPrefix("0") || state.recent(Self.occasionWords, window: 3)
      || state.nextWord == "-" || state.nextWord == "–"  // "(1/6 - 30/6)": a range of dates
    if context || !Self.looksLikeFraction(first, second) {
      return NumberReading(spoken: dates.date(day: first, month: second, year: nil), consumed: 3)
    }
    return nil
  }

  /// Words shortly before "d/m" that make it a date: "Ngày Quốc khánh 2/9", "dịp lễ 30/4".
  static let occasionWords: Set<String> = ["ngày", "khánh", "lễ", "dịp", "tết", "niệm"]

  /// Words after "d-m" that make it a range, not a date: "sáng 7-9 giờ".
  static let rangeUnits: Set<String> = [
    "giờ", "phút", "tiếng", "ngày", "tuần", "tháng", "năm", "độ",
  ]

  /// Amount words after which "2.5" is a decimal.
  static let amountWords: Set<String> = ["triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm"]

  /// Words after which "17g" is a time of day.
  static let timeWords: Set<String> = ["lúc", "đến", "từ", "tới", "trước", "sau", "khoảng"]

  /// Counted nouns after "d/m" that make it a ratio: "12/12 thôn", "7/12 xã".
  static let countedNouns: Set<String> = [
    "thôn", "xã", "hộ", "người", "tiêu", "đại", "trường", "đơn", "xóm", "tổ", "phường", "huyện",
    "tỉnh", "chỉ", "lớp", "học", "cán", "đảng", "phiếu", "ý", "khu", "cơ", "bản", "thành", "hồ",
    "trạm", "câu", "điểm", "nhóm", "sao",
  ]

  /// "09/4/2026", "09-4-2026", "05.12.2026"; "tháng 11-2026"; the first date of "30/4-1/5".
  private func readFullDate(
    _ pieces: [Piece], at index: Int, _ first: Substring, _ second: Substring,
    _ state: ReadingState
  ) -> NumberReading? {
    for separator: Character in ["/", "-", "."] where pieces[index + 1].isSymbol(separator) {
      if index + 4 < pieces.count, pieces[index + 3].isSymbol(separator),
        let year = pieces[index + 4].digits, DateReader.isYear(year),
        DateReader.isDayMonth(first, second)
      {
        return NumberReading(spoken: dates.date(day: first, month: second, year: year), consumed: 5)
      }
    }
    // "2026-12-11" (ISO): read as the same date day first.
    if index + 4 < pieces.count, pieces[index + 1].isSymbol("-"), pieces[index + 3].isSymbol("-"),
      DateReader.isYear(first), let day = pieces[index + 4].digits,
      DateReader.isDayMonth(day, second)
    {
      return NumberReading(spoken: dates.date(day: day, month: second, year: first), consumed: 5)
    }
    // "tháng 11-2026", "tháng 12.2026": a month of a year.
    if state.last == "tháng", index + 3 == pieces.count,
      pieces[index + 1].isSymbol("-") || pieces[index + 1].isSymbol("."),
      DateReader.isYear(second), dates.month(first) != nil
    {
      return NumberReading(
        spoken: dates.monthYear(month: first, year: second, afterThang: true), consumed: 3)
    }
    // "30/4-1/5": a range of two dates; the first is a date too.
    let dateRange =
      index + 7 == pieces.count && pieces[index + 1].isSymbol("/")
      && pieces[index + 3].isSymbol("-") && pieces[index + 5].isSymbol("/")
      && DateReader.isDayMonth(first, second)
      && DateReader.isDayMonth(pieces[index + 4].digits ?? "", pieces[index + 6].digits ?? "")
    guard dateRange else { return nil }
    return NumberReading(spoken: dates.date(day: first, month: second, year: nil), consumed: 3)
  }

  /// Words after which "d-m" is a date ("ngày 30-4") rather than a range.
  static let dayWords: Set<String> = [
    "ngày", "mùng", "mồng", "hôm", "sáng", "trưa", "chiều", "tối", "đêm",
  ]

  /// "1/3", "2/3", "3/4": a proper fraction with a small denominator (else d/m is a date).
  static func looksLikeFraction(_ numerator: Substring, _ denominator: Substring) -> Bool {
    guard let top = DateReader.value(numerator), let bottom = DateReader.value(denominator) else {
      return true
    }
    return top < bottom && bottom <= 10
  }

  /// "6h30", "17h", "17h00", "7:15".
  private func readTime(
    _ pieces: [Piece], at index: Int, _ state: ReadingState
  ) -> NumberReading? {
    guard index + 1 < pieces.count, let hour = pieces[index].digits else { return nil }
    let minute = index + 2 < pieces.count ? pieces[index + 2].digits : nil
    if let mark = pieces[index + 1].letters, mark == "h" || mark == "g" || mark == "H" {
      let hasMinute = minute != nil && TimeReader.isTime(hour: hour, minute: minute)
      guard TimeReader.isTime(hour: hour, minute: nil) else { return nil }
      // "6g30" is a time, "12g" twelve grams, "đến 17g" a time again.
      if mark == "g" && !hasMinute && !Self.timeWords.contains(state.last) { return nil }
      var used = hasMinute ? 3 : 2
      var spoken = times.time(hour: hour, minute: hasMinute ? minute : nil)
      if index + used < pieces.count, let letters = pieces[index + used].letters {
        // "18h30p", "18h30ph": minutes written with their unit.
        guard hasMinute, letters == "p" || letters == "ph" else { return nil }
        // "8h00p" is "tám giờ": no minutes to name.
        let zero = minute.map { $0.allSatisfy { $0 == "0" } } ?? true
        if !spoken.hasSuffix(" phút") && !zero { spoken += " phút" }
        used += 1
      }
      return NumberReading(spoken: spoken, consumed: used)
    }
    if pieces[index + 1].isSymbol(":"), let minute, TimeReader.isTime(hour: hour, minute: minute) {
      return NumberReading(spoken: times.time(hour: hour, minute: minute), consumed: 3)
    }
    return nil
  }

  /// Phone numbers and short codes, digit by digit in their written groups.
  private func readPhone(_ pieces: [Piece], at index: Int, _ state: ReadingState) -> NumberReading?
  {
    let digits = pieces[index].digits ?? ""
    // "+84 912…" (not "Km 15+200"): a plus opening the chunk.
    // "+15%" is an amount: the plus of a phone is followed by nothing or by digit groups.
    let afterPlus =
      index == 1 && pieces[0].isSymbol("+")
      && (pieces.count == 2 || pieces[2].isSymbol("-") || pieces[2].isSymbol("."))
    let grouped =
      index + 2 < pieces.count
      && (pieces[index + 1].isSymbol(".") || pieces[index + 1].isSymbol("-"))
      && pieces[index + 2].digits != nil
    // "069 234 5678": a three-digit group with a leading zero, more digits after a space.
    let spacedGroup = state.nextChunkIsNumber && pieces.count == 1
    let continuing = state.phoneOpen && index == 0 && digits.count <= state.phoneDigitsLeft
    let isPhone =
      (digits.hasPrefix("0")
        && (digits.count >= 4 || (digits.count >= 3 && (grouped || spacedGroup))))
      || afterPlus || continuing
      || (digits.count >= 3 && Self.phoneContextApplies(state))
      || (state.last == "số" && (Self.shortCodes.contains(digits) || digits.count >= 6))
      // "mã xác thực 123456", "mã OTP 4821": a code.
      || (digits.count >= 4 && pieces.count == 1 && state.recent(Self.codeWords, window: 3))
      // "soạn DK V90 gửi 9084": an SMS number.
      || (Self.smsSendWords.contains(state.last) && (3...5).contains(digits.count)
        && pieces.count == 1 && state.recent(Self.smsWords, window: 8))
      // "Gọi 114 khi có cháy, 115 khi cấp cứu": a short code later in a sentence about calling.
      || (Self.shortCodes.contains(digits) && pieces.count == 1
        && state.recent(Self.phoneContext, window: 8))
      || Self.alwaysCodes.contains(digits)
      || (digits.count == 8 && (digits.hasPrefix("1800") || digits.hasPrefix("1900")))
    guard isPhone else { return nil }
    var groups = [numbers.digitByDigit(digits)]
    var used = 1
    var total = digits.count
    while index + used + 1 < pieces.count,
      pieces[index + used].isSymbol(".") || pieces[index + used].isSymbol("-"),
      let group = pieces[index + used + 1].digits
    {
      groups.append(numbers.digitByDigit(group))
      total += group.count
      used += 2
    }
    // An account number ("số tài khoản 1903 4567 8901") goes on in groups up to 19 digits.
    let account =
      !continuing && !digits.hasPrefix("0") && !afterPlus
      && (state.recent(["stk"]) || (state.recent(["khoản"]) && state.recent(["tài"], window: 5)))
    let expected =
      continuing
      ? state.phoneDigitsLeft
      : account ? 19 : Self.phoneLength(digits, afterPlus: afterPlus)
    return NumberReading(
      spoken: groups.joined(separator: ", "), consumed: used, isPhone: true,
      phoneDigitsLeft: max(0, expected - total))
  }

  /// How many digits a phone number starting with `digits` has: 10 for a mobile (0…), 11 for a
  /// landline (02…) or after "+" (84…), 8 for 1800/1900 numbers; a short code is what it is.
  static func phoneLength(_ digits: Substring, afterPlus: Bool) -> Int {
    if afterPlus || digits.hasPrefix("02") { return 11 }
    if digits.hasPrefix("0") { return 10 }
    if digits.hasPrefix("1800") || digits.hasPrefix("1900") { return 8 }
    return digits.count
  }

  /// A phone word in the last four words; "khoản" only as "tài khoản" ("khoản vay 500 triệu"
  /// is an amount).
  private static func phoneContextApplies(_ state: ReadingState) -> Bool {
    state.recent(phoneContext) || (state.recent(["khoản"]) && state.recent(["tài"], window: 5))
  }
}
