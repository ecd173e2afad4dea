import Testing
import VietnameseText

@Suite("Cardinals")
struct CardinalReaderTests {
  static let northern: [Case] = [
    Case("Số lượng: 01 (một) bộ.", "Số lượng: một bộ."),
    Case("Gồm 12 (mười hai) bản sao", "Gồm mười hai bản sao"),
    Case("Nộp 500.000 (năm trăm nghìn) đồng.", "Nộp năm trăm nghìn đồng."),
    Case("Thôn 5 (cũ).", "Thôn năm, cũ."),
    Case(
      "Địa chỉ IP 192.168.1.1.",
      "Địa chỉ ai pi một trăm chín mươi hai chấm một trăm sáu mươi tám chấm một chấm một."),
    Case("0", "không"), Case("1", "một"), Case("4", "bốn"), Case("5", "năm"), Case("10", "mười"),
    Case("11", "mười một"), Case("14", "mười bốn"), Case("15", "mười lăm"), Case("20", "hai mươi"),
    Case("21", "hai mươi mốt"), Case("24", "hai mươi tư"), Case("25", "hai mươi lăm"),
    Case("31", "ba mươi mốt"), Case("44", "bốn mươi tư"), Case("55", "năm mươi lăm"),
    Case("99", "chín mươi chín"), Case("100", "một trăm"), Case("101", "một trăm linh một"),
    Case("104", "một trăm linh bốn"), Case("105", "một trăm linh năm"),
    Case("110", "một trăm mười"), Case("115", "một trăm mười lăm"),
    Case("121", "một trăm hai mươi mốt"), Case("1000", "một nghìn"),
    Case("1.005", "một nghìn không trăm linh năm"), Case("1.050", "một nghìn không trăm năm mươi"),
    Case("2026", "hai nghìn không trăm hai mươi sáu"), Case("2030", "hai nghìn không trăm ba mươi"),
    Case("1.050.000", "một triệu không trăm năm mươi nghìn"), Case("1.000.000", "một triệu"),
    Case("2.000.005", "hai triệu không trăm linh năm"), Case("10.000", "mười nghìn"),
    Case("15.000", "mười lăm nghìn"), Case("21.000", "hai mươi mốt nghìn"),
    Case("100.000", "một trăm nghìn"), Case("1.000.000.000", "một tỷ"),
    Case("3.500.000.000", "ba tỷ năm trăm triệu"),
    Case("1.000.000.000.000", "một nghìn tỷ"),
    Case("1.000.000.000.000.000", "một triệu tỷ"),
    Case(
      "1.000.000.000.000.000.000",
      "một không không không không không không không không không không không không không không không không không không"
    ), Case("429", "bốn trăm hai mươi chín"),
    Case("434", "bốn trăm ba mươi tư"), Case("1100", "một nghìn một trăm"),
    Case("-5", "âm năm"), Case("-12,5", "âm mười hai phẩy năm"),
    Case("05", "năm"), Case("007", "bảy"), Case("00", "không"),
  ]

  @Test("northern cardinals", arguments: northern)
  func northernCardinals(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }

  static let decimals: [Case] = [
    Case("2,5", "hai phẩy năm"), Case("0,5", "không phẩy năm"),
    Case("1,25", "một phẩy hai mươi lăm"), Case("0,05", "không phẩy không năm"),
    Case("3,14159", "ba phẩy một bốn một năm chín"),
    Case("1.234,5", "một nghìn hai trăm ba mươi tư phẩy năm"),
    Case("1.5", "một chấm năm"),
  ]

  @Test("decimals with a comma", arguments: decimals)
  func decimalNumbers(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }

  static let long: [Case] = [
    Case("1234567890123456", "một hai ba bốn năm sáu bảy tám chín không một hai ba bốn năm sáu"),
    Case(
      "999.999.999.999.999",
      "chín trăm chín mươi chín nghìn tỷ chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín"
    ),
  ]

  static let bare: [Case] = [
    Case("123456789", "một hai ba bốn năm sáu bảy tám chín"),
    Case("12345678", "mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám"),
    Case("Số tài khoản: 1234567", "Số tài khoản: một hai ba bốn năm sáu bảy"),
  ]

  @Test("long bare digit runs and account numbers are read digit by digit", arguments: bare)
  func bareRuns(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }

  @Test("very long numbers are read digit by digit", arguments: long)
  func longNumbers(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
