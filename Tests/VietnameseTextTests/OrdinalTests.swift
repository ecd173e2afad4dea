import Testing
import VietnameseText

/// Ordinals after "thứ" and weekdays (`CardinalReader.ordinal`, `LineExpander+Numbers`).
@Suite("Ordinals and weekdays")
struct OrdinalTests {
  static let cases: [Case] = [
    Case("Thứ 2 - Thứ 6 hằng tuần.", "Thứ hai đến Thứ sáu hằng tuần."),
    Case("Ngày 20/11 - Ngày Nhà giáo", "Ngày hai mươi tháng mười một, Ngày Nhà giáo"),
    Case("thứ 2", "thứ hai"), Case("Thứ 3", "Thứ ba"), Case("thứ 4", "thứ tư"),
    Case("thứ 5", "thứ năm"),
    Case("thứ 6", "thứ sáu"), Case("thứ 7", "thứ bảy"), Case("thứ 1", "thứ nhất"),
    Case("lần thứ 10", "lần thứ mười"), Case("kỳ họp thứ 14", "kỳ họp thứ mười bốn"),
    Case("hạng thứ 24", "hạng thứ hai mươi tư"), Case("thứ 01", "thứ nhất"), Case("CN", "chủ nhật"),
    Case("T2, T4, T6", "thứ hai, thứ tư, thứ sáu"), Case("thứ Hai", "thứ Hai"),
    Case("thứ tư", "thứ tư"),
    Case(
      "Thứ Bảy, 12/12/2026",
      "Thứ Bảy, mười hai tháng mười hai năm hai nghìn không trăm hai mươi sáu"),
  ]

  @Test("ordinals and weekdays", arguments: cases)
  func ordinals(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
