/// Reads strings of ASCII digits aloud: cardinals, digit by digit, decimals and ordinals.
///
/// Vietnamese rules: "mốt" for a units 1 after mươi (21), "lăm" for a units 5 after a tens
/// digit (15, 25), "tư" for a units 4 after mươi (24), "linh"/"lẻ" for a zero tens digit after
/// hundreds (105), and "không trăm" for a zero hundreds digit inside a larger number (2026).
/// Numbers longer than ``maxCardinalDigits`` digits are read digit by digit: nobody says them
/// as a cardinal, and very long words can stall the synthesiser.
struct CardinalReader: Sendable {
  /// The regional forms.
  let dialect: Dialect

  /// The longest digit string read as a cardinal (up to "trăm triệu tỷ").
  static let maxCardinalDigits = 18

  /// The names of the digits 0–9.
  static let digitNames = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

  /// The cardinal reading of `digits` (ASCII digits only; leading zeros ignored).
  func cardinal(_ digits: Substring) -> String {
    // The significant digits' value, in one pass (at most 18 digits fit an Int).
    var value = 0
    var significant = 0
    for byte in digits.utf8 where byte >= 48 && byte <= 57 {
      if byte != 48 || significant > 0 { significant += 1 }
      value = value &* 10 &+ Int(byte - 48)
    }
    if significant == 0 { return "không" }
    if significant > Self.maxCardinalDigits { return digitByDigit(digits) }
    let triples = dialect == .southern ? Self.southernTriples : Self.northernTriples
    // Most numbers have at most three significant digits: one group, looked up.
    if significant <= 3 { return triples.leading[value] }
    return cardinal(value: value, groups: (significant + 2) / 3, triples)
  }

  /// The cardinal reading of an integer value.
  func cardinal(_ value: Int) -> String {
    cardinal(Substring(String(value)))
  }

  /// Digit by digit, as phones and codes are read: "0912" → "không chín một hai".
  func digitByDigit(_ digits: Substring) -> String {
    // The names' bytes joined by spaces, written straight into the string's storage.
    var count = 0
    for byte in digits.utf8 where byte >= 48 && byte <= 57 {
      count += (count == 0 ? 0 : 1) + Self.digitNameBytes[Int(byte - 48)].count
    }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var written = 0
      for byte in digits.utf8 where byte >= 48 && byte <= 57 {
        if written > 0 {
          buffer[written] = 0x20
          written += 1
        }
        for nameByte in Self.digitNameBytes[Int(byte - 48)] {
          buffer[written] = nameByte
          written += 1
        }
      }
      return written
    }
  }

  /// ``digitNames`` as UTF-8.
  private static let digitNameBytes = digitNames.map { Array($0.utf8) }

  /// A decimal with ',' as the mark: "2,5" → "hai phẩy năm".
  ///
  /// The fraction is read as a number when it has at most three digits and no leading zero
  /// ("1,25" → "một phẩy hai mươi lăm"), digit by digit otherwise ("0,05" → "không phẩy không năm").
  func decimal(integer: Substring, fraction: Substring) -> String {
    let fractionWords =
      fraction.count <= 3 && !fraction.hasPrefix("0")
      ? cardinal(fraction) : digitByDigit(fraction)
    return cardinal(integer) + " phẩy " + fractionWords
  }

  /// An ordinal after "thứ": 1 → "nhất", 4 → "tư", otherwise the cardinal.
  func ordinal(_ digits: Substring) -> String {
    let trimmed = digits.drop(while: { $0 == "0" })
    if trimmed == "1" { return "nhất" }
    if trimmed == "4" { return "tư" }
    return cardinal(digits)
  }

  /// `value` read group by group, from the highest of its `groups` groups of three digits.
  private func cardinal(value: Int, groups: Int, _ triples: Triples) -> String {
    var divisor = 1
    for _ in 1..<groups { divisor *= 1000 }
    var words = SpokenWords()
    for position in stride(from: groups - 1, through: 0, by: -1) {
      let group = (value / divisor) % 1000
      divisor /= 1000
      if group == 0 { continue }
      words.append(position == groups - 1 ? triples.leading[group] : triples.full[group])
      if let scale = scaleName(position) { words.append(scale) }
    }
    return words.text
  }

  /// Every group of three digits read once, as it opens a number (`leading`) and inside one
  /// (`full`, with "không trăm"): the groups of a cardinal are looked up, not spelled out.
  private struct Triples {
    let leading: [String]
    let full: [String]

    init(_ reader: CardinalReader) {
      func read(_ value: Int, full: Bool) -> String {
        var words = SpokenWords()
        reader.appendTriple(value, full: full, to: &words)
        return words.text
      }
      leading = (0..<1000).map { read($0, full: false) }
      full = (0..<1000).map { read($0, full: true) }
    }
  }

  /// The groups in northern (and central) words, made once per process when first needed.
  private static let northernTriples = Triples(CardinalReader(dialect: .northern))
  /// The groups in southern words ("lẻ").
  private static let southernTriples = Triples(CardinalReader(dialect: .southern))

  private func scaleName(_ position: Int) -> String? {
    switch position {
    case 0: return nil
    case 1: return dialect.thousand
    case 2: return "triệu"
    case 3: return "tỷ"
    case 4: return dialect.thousand + " tỷ"
    default: return "triệu tỷ"
    }
  }

  /// One group of three digits; `full` reads a zero hundreds digit ("không trăm").
  private func appendTriple(_ value: Int, full: Bool, to words: inout SpokenWords) {
    let hundreds = value / 100
    let tens = (value / 10) % 10
    let units = value % 10
    let names = Self.digitNames
    let saysHundreds = hundreds > 0 || full
    if saysHundreds {
      words.append(names[hundreds])
      words.append("trăm")
    }
    switch tens {
    case 0:
      guard units > 0 else { return }
      if saysHundreds { words.append(dialect.zeroTens) }
      words.append(names[units])
    case 1:
      words.append("mười")
      if units == 5 { words.append("lăm") } else if units > 0 { words.append(names[units]) }
    default:
      words.append(names[tens])
      words.append("mươi")
      switch units {
      case 0: break
      case 1: words.append("mốt")
      case 4: words.append("tư")
      case 5: words.append("lăm")
      default: words.append(names[units])
      }
    }
  }
}
