import LoaTestSupport
import Testing
import VietnameseText

@Suite("Normalizer properties (seeded)")
struct NormalizerPropertyTests {
  static let fragments = [
    "Kính thưa", "bà con", "UBND", "09/4/2026", "117/KH-UBND", "134/2025/QH15", "0912 345 678",
    "1.050.000", "2,5%", "6h30", "7:15", "Zalo", "video call", "tinnhiemmang.vn", "abc@x.vn",
    "THÔNG BÁO", "khóa XV", "Chương IV", "thứ 2", "gọi", "113", "-", "–", "—", "(", ")", ".", ",",
    "!", "?", "…", "“", "”", "°C", "km/h", "m²", "$", "+84", "15-20", "1/3", "hoà", "Ð", "\t",
    "\n", "\r\n", "  ", "ngày", "tháng", "năm", "số", "A05", "COVID-19", "XYZ", "I.", "v.v.",
  ]

  static func randomScalar(_ generator: inout SeededGenerator) -> Character {
    let ranges: [ClosedRange<UInt32>] = [
      0x20...0x7E, 0xA0...0x24F, 0x300...0x36F, 0x1EA0...0x1EF9, 0x2000...0x206F,
      0x4E00...0x4E80, 0x1F600...0x1F64F, 0x30...0x39,
    ]
    let range = ranges.randomElement(using: &generator)!
    let value = UInt32.random(in: range, using: &generator)
    return Character(Unicode.Scalar(value) ?? "x")
  }

  static func randomText(_ generator: inout SeededGenerator, scalars: Bool = true) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 0...40, using: &generator) {
      if !scalars || Bool.random(using: &generator) {
        text += fragments.randomElement(using: &generator)!
      } else {
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
          text.append(randomScalar(&generator))
        }
      }
      if !scalars || Int.random(in: 0..<3, using: &generator) > 0 { text += " " }
    }
    return text
  }

  static func lineCount(_ text: String) -> Int {
    text.reduce(1) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 }
  }

  static let seeds: [UInt64] = [1, 2, 3, 42, 2026]

  /// The first pair of words (split at any whitespace) where two passes differ, for messages.
  static func firstDifference(_ once: String, _ twice: String) -> String {
    let pairs = zip(
      once.split(whereSeparator: \.isWhitespace), twice.split(whereSeparator: \.isWhitespace))
    return pairs.first(where: { $0 != $1 }).map { "\($0) ≠ \($1)" } ?? ""
  }

  @Test("random Unicode: no crash, no ASCII digit, line count kept", arguments: seeds)
  func randomUnicode(_ seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for dialect in Dialect.allCases {
      let normalizer = Normalizer(dialect: dialect)
      for _ in 0..<150 {
        let text = Self.randomText(&generator)
        let once = normalizer.normalize(text)
        #expect(!once.utf8.contains(where: { $0 >= 48 && $0 <= 57 }), "\(text) → \(once)")
        #expect(Self.lineCount(once) == Self.lineCount(text), "\(text)")
      }
    }
  }

  @Test("random bulletin-like text: idempotent", arguments: seeds)
  func idempotentRandom(_ seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    for dialect in Dialect.allCases {
      let normalizer = Normalizer(dialect: dialect)
      for _ in 0..<150 {
        let text = Self.randomText(&generator, scalars: false)
        let once = normalizer.normalize(text)
        let twice = normalizer.normalize(once)
        #expect(twice == once, "\(Self.firstDifference(once, twice)) in \(once)")
      }
    }
  }

  @Test("random Unicode: idempotent", arguments: seeds)
  func idempotentRandomUnicode(_ seed: UInt64) {
    var generator = SeededGenerator(seed: seed &+ 1_000)
    for dialect in Dialect.allCases {
      let normalizer = Normalizer(dialect: dialect)
      for _ in 0..<150 {
        let text = Self.randomText(&generator)
        let once = normalizer.normalize(text)
        let twice = normalizer.normalize(once)
        #expect(
          twice == once,
          "\(dialect) \(Self.firstDifference(once, twice))\n  input: \(text.debugDescription)\n  once: \(once.debugDescription)"
        )
      }
    }
  }

  @Test("a 10,000-digit number is read digit by digit")
  func hugeNumber() {
    var generator = SeededGenerator(seed: 7)
    let digits = String(
      (0..<10_000).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
    let out = Normalizer().normalize(digits)
    #expect(Normalizer.syllableCount(out) == 10_000)
    #expect(!out.utf8.contains(where: { $0 >= 48 && $0 <= 57 }))
  }

  @Test("a very long line keeps its words")
  func longLine() {
    let line = String(repeating: "Gọi 113 ngay, bà con nhé! ", count: 5_000)
    let out = Normalizer().normalize(line)
    #expect(Normalizer.syllableCount(out) == 5_000 * 8)
    #expect(!out.contains("\n"))
  }

  @Test(
    "normalising a normalised corpus changes nothing", arguments: NormalizerFixtures.corpus())
  func idempotentCorpus(_ sentence: String) {
    let once = Normalizer().normalize(sentence)
    #expect(Normalizer().normalize(once) == once)
    let south = Normalizer(dialect: .southern).normalize(sentence)
    #expect(Normalizer(dialect: .southern).normalize(south) == south)
  }
}
