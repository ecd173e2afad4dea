import Testing
import VietnameseText

@Suite("Licence plates")
struct LicencePlateReaderTests {
  static let cases: [Case] = [
    Case("biển kiểm soát 15A-123.45", "biển kiểm soát mười lăm a, một hai ba, bốn năm"),
    Case("Xe khách 29B-456.78.", "Xe khách hai mươi chín bê, bốn năm sáu, bảy tám."),
    Case("xe máy 15B1-234.56", "xe máy mười lăm bê một, hai ba bốn, năm sáu"),
    Case("biển số 30A-12345", "biển số ba mươi a, một hai ba bốn năm"),
    Case("29LD-123.45", "hai mươi chín e lờ dê, một hai ba, bốn năm"),
    Case("lớp 12A1", "lớp mười hai A một"),
  ]

  @Test("plates: province, series, serial digit by digit", arguments: cases)
  func plates(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
