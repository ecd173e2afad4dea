import Testing
import VietnameseText

@Suite("Times")
struct TimeReaderTests {
  static let cases: [Case] = [
    Case("6h30", "sáu giờ ba mươi"), Case("17h", "mười bảy giờ"), Case("17h00", "mười bảy giờ"),
    Case("7:15", "bảy giờ mười lăm"), Case("8 giờ 05", "tám giờ năm"),
    Case("6g30", "sáu giờ ba mươi"),
    Case("lúc 19h30 tối", "lúc mười chín giờ ba mươi tối"), Case("0h15", "không giờ mười lăm"),
    Case("từ 7h đến 11h30", "từ bảy giờ đến mười một giờ ba mươi"), Case("06:00", "sáu giờ"),
    Case("23:59", "hai mươi ba giờ năm mươi chín"), Case("lúc 6h30.", "lúc sáu giờ ba mươi."),
    Case("7h-11h", "bảy giờ đến mười một giờ"),
    Case("18h30p", "mười tám giờ ba mươi phút"), Case("18h30'", "mười tám giờ ba mươi"),
    Case("15h30-17h", "mười lăm giờ ba mươi đến mười bảy giờ"),
    Case("7h30 - 11h00", "bảy giờ ba mươi đến mười một giờ"),
    Case("14 giờ 30 phút", "mười bốn giờ ba mươi phút"),
  ]

  @Test("times", arguments: cases)
  func times(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
