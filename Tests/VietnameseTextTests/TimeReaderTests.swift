import Testing
import VietnameseText

@Suite("Times")
struct TimeReaderTests {
  static let cases: [Case] = [
    Case("trước 17 giờ 00 phút ngày 15/12", "trước mười bảy giờ ngày mười lăm tháng mười hai"),
    Case("Lúc 7 giờ 30 phút.", "Lúc bảy giờ ba mươi phút."),
    Case("Trong vòng 15' sau khi nhận.", "Trong vòng mười lăm phút sau khi nhận."),
    Case("Từ 8h00' đến 11h30'.", "Từ tám giờ đến mười một giờ ba mươi phút."),
    Case("Bài hát '5 anh em'.", "Bài hát năm anh em."), Case("18h00p", "mười tám giờ"),
    Case("Lúc 14 giờ 00 ngày 5/12.", "Lúc mười bốn giờ ngày năm tháng mười hai."),
    Case("Giờ làm việc 7g30 đến 17g.", "Giờ làm việc bảy giờ ba mươi phút đến mười bảy giờ."),
    Case("Mua 200g thịt.", "Mua hai trăm gam thịt."),
    Case("6h30", "sáu giờ ba mươi phút"), Case("17h", "mười bảy giờ"),
    Case("17h00", "mười bảy giờ"),
    Case("7:15", "bảy giờ mười lăm phút"), Case("8 giờ 05", "tám giờ năm"),
    Case("6g30", "sáu giờ ba mươi phút"),
    Case("lúc 19h30 tối", "lúc mười chín giờ ba mươi phút tối"),
    Case("0h15", "không giờ mười lăm phút"),
    Case("từ 7h đến 11h30", "từ bảy giờ đến mười một giờ ba mươi phút"), Case("06:00", "sáu giờ"),
    Case("23:59", "hai mươi ba giờ năm mươi chín phút"),
    Case("lúc 6h30.", "lúc sáu giờ ba mươi phút."),
    Case("7h-11h", "bảy giờ đến mười một giờ"),
    Case("18h30p", "mười tám giờ ba mươi phút"), Case("6h30 phút", "sáu giờ ba mươi phút"),
    Case("18h30'", "mười tám giờ ba mươi phút"),
    Case("15h30-17h", "mười lăm giờ ba mươi phút đến mười bảy giờ"),
    Case("7h30 - 11h00", "bảy giờ ba mươi phút đến mười một giờ"),
    Case("14 giờ 30 phút", "mười bốn giờ ba mươi phút"),
  ]

  @Test("times", arguments: cases)
  func times(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
