import Testing
import VietnameseText

@Suite("Roman numerals")
struct RomanNumeralTests {
  static let cases: [Case] = [
    Case("Mạng xã hội X, Đại hội XIII", "Mạng xã hội ích, Đại hội mười ba"),
    Case("trên báo động III 0,2m", "trên báo động ba không phẩy hai mét"),
    Case("Khu vực II", "Khu vực hai"),
    Case("Chương IV", "Chương bốn"), Case("Chương I", "Chương một"), Case("Mục II", "Mục hai"),
    Case("Phần III", "Phần ba"), Case("khóa XV", "khóa mười lăm"),
    Case("Quốc hội khóa XV", "Quốc hội khóa mười lăm"),
    Case("thế kỷ XXI", "thế kỷ hai mươi mốt"), Case("Quý IV", "Quý bốn"),
    Case("Đại hội XIII", "Đại hội mười ba"),
    Case("lần thứ IV", "lần thứ tư"), Case("CHƯƠNG IX", "chương chín"),
    Case("I. Mục đích", "một. Mục đích"),
    Case("Điều 7, khoản 2", "Điều bảy, khoản hai"), Case("Tôi là I", "Tôi là I"),
    Case("vitamin C", "vi ta min xê"),
    Case("quý I/2026", "quý một năm hai nghìn không trăm hai mươi sáu"),
    Case("lần thứ XIV", "lần thứ mười bốn"), Case("Mục III.2", "Mục ba chấm hai"),
  ]

  @Test("in context", arguments: cases)
  func roman(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
