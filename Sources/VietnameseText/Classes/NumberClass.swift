/// What a number written among a chunk's pieces is, with the parts its reading needs.
///
/// Decided by ``NumberClassifier`` from the number's shape and its ``NumberContext``; turned
/// into words by the readers (``LineExpander/spoken(_:)``).
indirect enum NumberClass: Sendable, Equatable {
  /// "09/4/2026", "05.12.2026", "2026-12-11": a full date.
  case fullDate(day: Substring, month: Substring, year: Substring)
  /// "1/3" after a date word, "20/11", "30-4": a day and month; `dashed` when written "d-m".
  case dayMonth(day: Substring, month: Substring, dashed: Bool)
  /// "4/2026", "tháng 11-2026": a month of a year; `afterThang` when the text says "tháng".
  case monthOfYear(month: Substring, year: Substring, afterThang: Bool)
  /// "số 15/2026", "quý 1/2026": a number of a year, as document numbers are read.
  case numberOfYear(number: Substring, year: Substring)
  /// "6h30", "17h", "7:15", "18h30p": a time of day.
  case time(hour: Substring, minute: Substring?)
  /// "0912.345.678", "113" after "gọi": digit groups read one by one.
  case phone(groups: [Substring], digitsLeft: Int)
  /// A plain number read as a cardinal ("35").
  case cardinal(Substring)
  /// A number after "thứ": an ordinal ("thứ 2" → "thứ hai").
  case ordinal(Substring)
  /// A number after "tháng": a month name ("tháng 4" → "tháng tư").
  case month(Substring)
  /// "00" after "giờ": nothing to say ("14 giờ 00").
  case silent
  /// A long bare run of digits, or one with a leading zero: digit by digit (an ID).
  case digits(Substring)
  /// "1.050.000", "1,000,000": thousands grouped; the whole number's digits.
  case grouped(String)
  /// "2,5", "1.050.000,5", "2.5 triệu": a decimal.
  case decimal(integer: String, fraction: Substring)
  /// "1.5" (no amount word after): both parts, "chấm" between.
  case pointed(NumberClass, part: Substring)
  /// "192.168.1.1": dotted numbers.
  case dotted([Substring])
  /// "15-20", "1-3/12": a range ("đến").
  case range(NumberClass, NumberClass)
  /// "429/434", "1:500": a ratio ("trên").
  case ratio(NumberClass, NumberClass)
  /// "1/3": a small proper fraction ("phần").
  case fraction(NumberClass, NumberClass)
  /// "QCVN 01:2009": a standard of a year ("năm").
  case standard(NumberClass, NumberClass)
  /// "thắng 3-0": a match score, both numbers said one after the other ("ba không").
  case score(Substring, Substring)
  /// "NPK 20-20-15": a product formula or model code, not a range: numbers one after another.
  case series([Substring])

  /// The coarse class shown to the operator (``TextClass``).
  var textClass: TextClass {
    switch self {
    case .fullDate, .dayMonth, .monthOfYear: return .date
    case .numberOfYear: return .numberOfYear
    case .time: return .time
    case .phone: return .phone
    case .cardinal, .grouped, .silent, .month: return .cardinal
    case .ordinal: return .ordinal
    case .digits, .dotted: return .digits
    case .decimal, .pointed: return .decimal
    case .range(let lower, _): return lower.textClass == .date ? .dateRange : .range
    case .ratio: return .ratio
    case .fraction: return .fraction
    case .standard: return .document
    case .score: return .score
    case .series: return .series
    }
  }
}

/// A number's class and how many pieces it took.
struct NumberSpan: Sendable, Equatable {
  /// What the number is.
  var kind: NumberClass
  /// Pieces used, at least one.
  var consumed: Int
}
