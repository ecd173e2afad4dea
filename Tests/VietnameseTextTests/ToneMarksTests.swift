import Testing
import VietnameseText

@Suite("Tone-mark placement")
struct ToneMarksTests {
  static let cases: [Case] = [
    Case("hoà", "hòa"), Case("hoá", "hóa"), Case("khoẻ", "khỏe"), Case("thuỷ", "thủy"),
    Case("Uỷ ban", "Ủy ban"), Case("tuỳ", "tùy"), Case("quý", "quý"), Case("quỳ", "quỳ"),
    Case("hoàn", "hoàn"), Case("hòa", "hòa"), Case("HOÀ", "hòa"), Case("loè", "lòe"),
    Case("hoạ sĩ", "họa sĩ"), Case("thuý", "thúy"), Case("khoá XV", "khóa mười lăm"),
  ]

  @Test("old placement becomes modern", arguments: cases)
  func placement(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
