import Testing
import VietnameseText

@Suite("Regional forms")
struct DialectTests {
  static let southern: [Case] = [
    Case("105", "một trăm lẻ năm"), Case("1.005", "một ngàn không trăm lẻ năm"),
    Case("2026", "hai ngàn không trăm hai mươi sáu"), Case("50k", "năm mươi ngàn"),
    Case("1.050.000", "một triệu không trăm năm mươi ngàn"), Case("1.000.000.000", "một tỷ"),
    Case("ngày 09/4/2026", "ngày chín tháng tư năm hai ngàn không trăm hai mươi sáu"),
  ]

  @Test("southern voice: ngàn, lẻ", arguments: southern)
  func southernForms(_ example: Case) {
    #expect(spoken(example.input, .southern) == example.expected)
  }

  @Test("central voice reads numbers with the northern words")
  func centralForms() {
    #expect(
      spoken("105 và 2026", .central) == "một trăm linh năm và hai nghìn không trăm hai mươi sáu")
  }

  static let voices: [(String, Dialect)] = [
    ("vi", .northern), ("vi-vn-x-central", .central), ("vi-vn-x-south", .southern),
    ("VI-VN-X-SOUTH", .southern), ("", .northern),
  ]

  @Test("dialect from a voice name", arguments: voices)
  func fromVoice(_ voice: String, _ dialect: Dialect) {
    #expect(Dialect(voiceName: voice) == dialect)
  }
}
