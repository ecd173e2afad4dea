import Testing
import VietnameseText

@Suite("Dates")
struct DateReaderTests {
  static let cases: [Case] = [
    Case("ngày 09/4/2026", "ngày chín tháng tư năm hai nghìn không trăm hai mươi sáu"),
    Case("ngày 01/3/2026", "ngày một tháng ba năm hai nghìn không trăm hai mươi sáu"),
    Case("ngày 10/12/2025", "ngày mười tháng mười hai năm hai nghìn không trăm hai mươi lăm"),
    Case("ngày 1/1/2027", "ngày một tháng một năm hai nghìn không trăm hai mươi bảy"),
    Case("ngày 09-4-2026", "ngày chín tháng tư năm hai nghìn không trăm hai mươi sáu"),
    Case("ngày 31.12.2026", "ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu"),
    Case("mùng 5/5/2026", "mùng năm tháng năm năm hai nghìn không trăm hai mươi sáu"),
    Case("Hôm nay, 05/11/2026.", "Hôm nay, năm tháng mười một năm hai nghìn không trăm hai mươi sáu."),
    Case("ngày 1/3", "ngày một tháng ba"), Case("từ 15/6", "từ mười lăm tháng sáu"),
    Case("hạn chót 01/7", "hạn chót một tháng bảy"),
    Case("ngày 09 tháng 4 năm 2026", "ngày chín tháng tư năm hai nghìn không trăm hai mươi sáu"),
    Case("tháng 4/2026", "tháng tư năm hai nghìn không trăm hai mươi sáu"),
    Case("trong 12/2026", "trong tháng mười hai năm hai nghìn không trăm hai mươi sáu"),
    Case("năm 2026", "năm hai nghìn không trăm hai mươi sáu"),
    Case("tháng 04", "tháng tư"), Case("tháng 1", "tháng một"), Case("tháng 11", "tháng mười một"),
    Case("trong 4 tháng", "trong bốn tháng"), Case("tháng 13", "tháng mười ba"),
    Case("ngày 32/13/2026", "ngày ba mươi hai phần mười ba, hai nghìn không trăm hai mươi sáu"),
  ]

  @Test("dates", arguments: cases)
  func dates(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
