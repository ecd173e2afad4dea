import Testing
import VietnameseText

@Suite("Letter names for unknown acronyms")
struct LetterSpellerTests {
  static let cases: [Case] = [
    Case("XYZ", "ích i dét"), Case("QWE", "cu vê kép e"), Case("BKF", "bê ca ép"),
    Case("JRL", "giây e rờ e lờ"), Case("ĐPT", "đê pê tê"), Case("MNP", "em en pê"),
    Case("Vitamin C", "Vi ta min xê"), Case("độ C", "độ xê"), Case("hạng D", "hạng dê"),
  ]

  @Test("spelled with Vietnamese letter names", arguments: cases)
  func spelled(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
