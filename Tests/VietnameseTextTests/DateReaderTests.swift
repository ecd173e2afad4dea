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
    Case(
      "ngày 31.12.2026", "ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu"),
    Case("mùng 5/5/2026", "mùng năm tháng năm năm hai nghìn không trăm hai mươi sáu"),
    Case(
      "Hôm nay, 05/11/2026.", "Hôm nay, năm tháng mười một năm hai nghìn không trăm hai mươi sáu."),
    Case("ngày 1/3", "ngày một tháng ba"), Case("từ 15/6", "từ mười lăm tháng sáu"),
    Case("hạn chót 01/7", "hạn chót một tháng bảy"),
    Case("ngày 09 tháng 4 năm 2026", "ngày chín tháng tư năm hai nghìn không trăm hai mươi sáu"),
    Case("tháng 4/2026", "tháng tư năm hai nghìn không trăm hai mươi sáu"),
    Case("trong 12/2026", "trong tháng mười hai năm hai nghìn không trăm hai mươi sáu"),
    Case("năm 2026", "năm hai nghìn không trăm hai mươi sáu"),
    Case("tháng 04", "tháng tư"), Case("tháng 1", "tháng một"), Case("tháng 11", "tháng mười một"),
    Case("trong 4 tháng", "trong bốn tháng"), Case("tháng 13", "tháng mười ba"),
    Case("ngày 32/13/2026", "ngày ba mươi hai trên mười ba, hai nghìn không trăm hai mươi sáu"),
  ]

  static let shapes: [Case] = [
    Case(
      "Từ 01-12 đến 05-12-2026.",
      "Từ một tháng mười hai đến năm tháng mười hai năm hai nghìn không trăm hai mươi sáu."),
    Case("Phạt 02-05 năm", "Phạt hai đến năm năm"),
    Case(
      "Ngày 2026-12-11 họp.",
      "Ngày mười một tháng mười hai năm hai nghìn không trăm hai mươi sáu họp."),
    Case("Trong tháng 11-2026.", "Trong tháng mười một năm hai nghìn không trăm hai mươi sáu."),
    Case("Tháng 12.2026", "Tháng mười hai năm hai nghìn không trăm hai mươi sáu"),
    Case("tháng 3-5", "tháng ba đến năm"),
    Case("Quý 1/2026", "Quý một năm hai nghìn không trăm hai mươi sáu"),
    Case("(1/6 - 30/6)", "một tháng sáu đến ba mươi tháng sáu,"),
    Case("Dịp nghỉ lễ 30/4-1/5.", "Dịp nghỉ lễ ba mươi tháng tư đến một tháng năm."),
    Case("Đường 30/4, phường 5.", "Đường ba mươi tháng tư, phường năm."),
    Case("Chiều 28-11, đoàn kiểm tra.", "Chiều hai mươi tám tháng mười một, đoàn kiểm tra."),
    Case("Sáng 7-9 giờ", "Sáng bảy đến chín giờ"),
    Case("20/11", "hai mươi tháng mười một"), Case("ngày 1-3/12", "ngày một đến ba tháng mười hai"),
    Case(
      "từ 28-30/12/2026",
      "từ hai mươi tám đến ba mươi tháng mười hai năm hai nghìn không trăm hai mươi sáu"),
    Case("ngày 30-4 và 1-5", "ngày ba mươi tháng tư và một tháng năm"),
    Case("ngày 30-4 và 1-5 người", "ngày ba mươi tháng tư và một đến năm người"),
    Case("2/3 số hộ", "hai phần ba số hộ"), Case("1/2", "một phần hai"),
    Case("từ 5-7 ngày", "từ năm đến bảy ngày"),
    Case("Bản tin số 15/2026", "Bản tin số mười lăm năm hai nghìn không trăm hai mươi sáu"),
    Case("4/2026", "tháng tư năm hai nghìn không trăm hai mươi sáu"),
    Case("24/7", "hai mươi tư trên bảy"),
    Case(
      "Ngày Quốc khánh 2/9", "Ngày Quốc khánh hai tháng chín"),
    Case("dịp lễ 30/4 - 1/5", "dịp lễ ba mươi tháng tư đến một tháng năm"),
    Case("Bản đồ tỷ lệ 1/2000.", "Bản đồ tỷ lệ một trên hai nghìn."),
    Case("tỉ lệ 1/500", "tỉ lệ một trên năm trăm"),
    Case(
      "Năm học 2025-2026.",
      "Năm học hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu."),
    Case(
      "thứ Bảy, 12/12/2026",
      "thứ Bảy, mười hai tháng mười hai năm hai nghìn không trăm hai mươi sáu"),
  ]

  @Test("d/m is a date unless it looks like a small fraction", arguments: shapes)
  func shapesOfDates(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }

  @Test("dates", arguments: cases)
  func dates(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
