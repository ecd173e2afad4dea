import Testing
import VietnameseText

/// Phone numbers, hotlines and short codes (rules in `LineExpander+Numbers.swift`).
@Suite("Phones and short codes")
struct PhoneReadingTests {
  static let cases: [Case] = [
    Case(
      "Số tài khoản: 1903 4567 8901 23 tại",
      "Số tài khoản: một chín không ba, bốn năm sáu bảy, tám chín không một, hai ba tại"),
    Case("STK 1903 4567, chủ", "số tài khoản một chín không ba, bốn năm sáu bảy, chủ"),
    Case("Bấm *101# để kiểm tra.", "Bấm sao một không một thăng để kiểm tra."),
    Case("Gọi tổng đài 1022.", "Gọi tổng đài một không hai hai."),
    Case("Có 1022 hộ", "Có một nghìn không trăm hai mươi hai hộ"),
    Case("nhập mã xác thực 123456.", "nhập mã xác thực một hai ba bốn năm sáu."),
    Case("Mã OTP 4821 hết hạn", "Mã ô tê pê bốn tám hai một hết hạn"),
    Case("mã 12 ký tự", "mã mười hai ký tự"),
    Case(
      "Nhắn tin soạn DK V90 gửi 9084.", "Nhắn tin soạn dê ca vê chín mươi gửi chín không tám bốn."),
    Case("theo cú pháp: TC gửi 1414", "theo cú pháp: tê xê gửi một bốn một bốn"),
    Case("0912 345 678", "không chín một hai, ba bốn năm, sáu bảy tám"),
    Case("0912.345.678", "không chín một hai, ba bốn năm, sáu bảy tám"),
    Case("0912-345-678", "không chín một hai, ba bốn năm, sáu bảy tám"),
    Case("0912345678", "không chín một hai ba bốn năm sáu bảy tám"),
    Case(
      "Số điện thoại: 0225 3842 123.",
      "Số điện thoại: không hai hai năm, ba tám bốn hai, một hai ba."),
    Case("+84 912 345 678", "cộng tám bốn, chín một hai, ba bốn năm, sáu bảy tám"),
    Case("gọi 113", "gọi một một ba"), Case("Gọi ngay 113.", "Gọi ngay một một ba."),
    Case("đường dây nóng 156", "đường dây nóng một năm sáu"),
    Case("nhắn tin tới 5656", "nhắn tin tới năm sáu năm sáu"),
    Case("nhắn tin đến số 5656", "nhắn tin đến số năm sáu năm sáu"),
    Case("tổng đài 1900 1234", "tổng đài một chín không không, một hai ba bốn"),
    Case("hotline: 1800 1567", "hót lai: một tám không không, một năm sáu bảy"),
    Case("gọi số 114 hoặc 115", "gọi số một một bốn hoặc một một năm"),
    Case("số 113", "số một một ba"), Case("số 12", "số mười hai"),
    Case("gọi 113. Có 115 người", "gọi một một ba. Có một trăm mười lăm người"),
    Case("SĐT 0987654321", "số điện thoại không chín tám bảy sáu năm bốn ba hai một"),
    Case("(0225) 3842 123", "không hai hai năm, ba tám bốn hai, một hai ba"),
    Case("gọi 0912 345 678 20 lần", "gọi không chín một hai, ba bốn năm, sáu bảy tám hai mươi lần"),
    Case("gọi 113 30 lần", "gọi một một ba ba mươi lần"),
    Case("SMS tới 5656", "ét em ét tới năm sáu năm sáu"),
    Case("phản ánh qua 5656", "phản ánh qua năm sáu năm sáu"),
    Case("18001090", "một tám không không một không chín không"),
    Case("năm 1900", "năm một nghìn chín trăm"),
    Case("gửi 20 người", "gửi hai mươi người"),
    Case("Liên hệ: 0912.345.678.", "Liên hệ: không chín một hai, ba bốn năm, sáu bảy tám."),
    Case(
      "Gọi 114 khi có cháy, 115 khi cấp cứu.",
      "Gọi một một bốn khi có cháy, một một năm khi cấp cứu."),
    Case(
      "Báo theo số 069 234 5678.", "Báo theo số không sáu chín, hai ba bốn, năm sáu bảy tám."),
    Case("Khoản vay 500 triệu.", "Khoản vay năm trăm triệu."),
    Case("khoản 123 của luật", "khoản một trăm hai mươi ba của luật"),
  ]

  @Test("phones and short codes", arguments: cases)
  func phones(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
