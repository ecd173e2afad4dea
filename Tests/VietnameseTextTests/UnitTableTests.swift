import Testing
import VietnameseText

@Suite("Money, units, percentages, ranges, ratios")
struct UnitTableTests {
  static let money: [Case] = [
    Case("Giá 1 000 000 đồng.", "Giá một triệu đồng."),
    Case("Giá 1,000,000 đồng.", "Giá một triệu đồng."),
    Case(
      "Số 1 234 567 đồng/tháng.",
      "Số một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng một tháng."),
    Case("Giá 1,500 đồng.", "Giá một phẩy năm trăm đồng."),
    Case(
      "Thông điệp 5K, video 4K, thẻ 100K, 5k",
      "Thông điệp năm ca, vi đê ô bốn ca, thẻ một trăm nghìn, năm nghìn"),
    Case("Giá 50 nghìn đ/kg.", "Giá năm mươi nghìn đồng một ki lô gam."),
    Case("85,5 triệu đồng/lượng", "tám mươi lăm phẩy năm triệu đồng một lượng"),
    Case("Khoảng 1tr5 một người", "Khoảng một triệu năm trăm nghìn một người"),
    Case("2tr35", "hai triệu ba trăm năm mươi nghìn"),
    Case("500.000đ", "năm trăm nghìn đồng"), Case("500.000 đ", "năm trăm nghìn đồng"),
    Case("200.000 VNĐ", "hai trăm nghìn đồng"), Case("200.000VND", "hai trăm nghìn đồng"),
    Case("1,5 tỷ đồng", "một phẩy năm tỷ đồng"), Case("2 triệu đồng", "hai triệu đồng"),
    Case("50k", "năm mươi nghìn"), Case("100 USD", "một trăm đô la Mỹ"),
    Case("$100", "một trăm đô la"), Case("7.500 đ/kg", "bảy nghìn năm trăm đồng một ki lô gam"),
    Case("2.000.000 đồng/hộ", "hai triệu đồng một hộ"),
    Case("99.000đ/kg", "chín mươi chín nghìn đồng một ki lô gam"),
    Case("75 triệu đồng/người/năm", "bảy mươi lăm triệu đồng một người một năm"),
    Case("8-10%/năm", "tám đến mười phần trăm một năm"),
    Case("FM 98,5 MHz", "ép em chín mươi tám phẩy năm mê ga héc"),
    Case("15.000.000 đồng", "mười lăm triệu đồng"),
  ]

  @Test("money", arguments: money)
  func moneyCases(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }

  static let units: [Case] = [
    Case(
      "Tốc độ (km/h), diện tích (m²), m3",
      "Tốc độ, ki lô mét trên giờ, diện tích, mét vuông, mét khối"),
    Case("Dung lượng 4GB, 128 GB", "Dung lượng bốn gi ga bai, một trăm hai mươi tám gi ga bai"),
    Case("25°C ± 2°C", "hai mươi lăm độ xê cộng trừ hai độ xê"),
    Case("đường dây 35kV", "đường dây ba mươi lăm ki lô vôn"),
    Case("Tốc độ 100 Mbps", "Tốc độ một trăm mê ga bít trên giây"),
    Case("Pin 5.000 mAh", "Pin năm nghìn mi li am pe giờ"), Case("6,1 inch", "sáu phẩy một inh"),
    Case("2 x 3 m", "hai nhân ba mét"),
    Case("Bàn 1,2m x 2,4m", "Bàn một phẩy hai mét nhân hai phẩy bốn mét"),
    Case("Giá 2.5 triệu.", "Giá hai phẩy năm triệu."),
    Case("Phiên bản 2.5 mới", "Phiên bản hai chấm năm mới"),
    Case(
      "Nước sạch đạt QCVN 01:2009/BYT.",
      "Nước sạch đạt quy chuẩn Việt Nam một năm hai nghìn không trăm linh chín, bộ y tế."),
    Case("100 km", "một trăm ki lô mét"), Case("5km", "năm ki lô mét"),
    Case("60km/h", "sáu mươi ki lô mét trên giờ"), Case("60 km/h", "sáu mươi ki lô mét trên giờ"),
    Case("2 ha", "hai héc ta"), Case("50 m2", "năm mươi mét vuông"),
    Case("30 m²", "ba mươi mét vuông"),
    Case("35°C", "ba mươi lăm độ xê"), Case("35 °C", "ba mươi lăm độ xê"),
    Case("10 kg", "mười ki lô gam"), Case("200mm", "hai trăm mi li mét"),
    Case("1,5 m", "một phẩy năm mét"), Case("-5°C", "âm năm độ xê"),
    Case("500 ml", "năm trăm mi li lít"), Case("3 m³", "ba mét khối"),
    Case("Quốc lộ 10, km 25", "Quốc lộ mười, ki lô mét hai mươi lăm"),
    Case("1m70", "một mét bảy mươi"),
    Case("nặng 65kg", "nặng sáu mươi lăm ki lô gam"), Case("3x4m", "ba nhân bốn mét"),
    Case("12g", "mười hai gam"),
  ]

  @Test("units", arguments: units)
  func unitCases(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }

  static let ratios: [Case] = [
    Case("Tăng +15%", "Tăng cộng mười lăm phần trăm"),
    Case("Lịch trực: 24/24h.", "Lịch trực: hai mươi tư trên hai mươi tư giờ."),
    Case("Đánh giá 5/5 sao.", "Đánh giá năm trên năm sao."),
    Case("Có 12/12 thôn đạt chuẩn", "Có mười hai trên mười hai thôn đạt chuẩn"),
    Case("7/12 xã", "bảy trên mười hai xã"),
    Case("ngày 12/12 họp", "ngày mười hai tháng mười hai họp"),
    Case("Km 15+200 quốc lộ 10", "ki lô mét mười lăm cộng hai trăm quốc lộ mười"),
    Case("Đường ĐT.354 và QL.10", "Đường tỉnh ba trăm năm mươi tư và quốc lộ mười"),
    Case("QL10, TL.353", "quốc lộ mười, tỉnh lộ ba trăm năm mươi ba"),
    Case("30%", "ba mươi phần trăm"), Case("2,5%", "hai phẩy năm phần trăm"),
    Case("30 %", "ba mươi phần trăm"), Case("100%", "một trăm phần trăm"),
    Case("2026-2030", "hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi"),
    Case("2026 - 2030", "hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi"),
    Case("2026–2030", "hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi"),
    Case("15-20 phút", "mười lăm đến hai mươi phút"),
    Case("30-40%", "ba mươi đến bốn mươi phần trăm"),
    Case("1/3", "một phần ba"), Case("tỷ lệ 1:500", "tỷ lệ một trên năm trăm"),
    Case("tỉ số 2:1", "tỉ số hai trên một"), Case("2/5 số hộ", "hai phần năm số hộ"),
    Case("429/434 đại biểu", "bốn trăm hai mươi chín trên bốn trăm ba mươi tư đại biểu"),
    Case("1.234/1.500 hộ", "một nghìn hai trăm ba mươi tư trên một nghìn năm trăm hộ"),
  ]

  @Test("percentages, ranges, ratios", arguments: ratios)
  func ratioCases(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
