import Testing
import VietnameseText

@Suite("Letter names for unknown acronyms")
struct LetterSpellerTests {
  static let cases: [Case] = [
    Case("Nguyễn H. A. bị lừa.", "Nguyễn hát a bị lừa."), Case("Ông Trần Q. B.", "Ông Trần cu bê."),
    Case("H. Vĩnh Bảo, Q. Ngô Quyền", "huyện Vĩnh Bảo, quận Ngô Quyền"),
    Case("XYZ", "ích i dét"), Case("QWE", "cu vê kép e"), Case("BKF", "bê ca ép"),
    Case("JRL", "giây e rờ e lờ"), Case("ĐPT", "đê pê tê"), Case("MNP", "em en pê"),
    Case("Vitamin C", "Vi ta min xê"), Case("độ C", "độ xê"), Case("hạng D", "hạng dê"),
    Case("Ông Nguyễn V. A. bị lừa.", "Ông Nguyễn vê a bị lừa."),
    Case("anh N.V.A và chị T.H. bị lừa", "anh en vê a và chị tê hát bị lừa"),
    Case("Đối tượng Trần V.Nam", "Đối tượng Trần vê Nam"), Case("Gặp chị T.H.", "Gặp chị tê hát."),
    Case("Ông Nguyễn Văn A. Bà Lê Thị B.", "Ông Nguyễn Văn A. Bà Lê Thị bê."),
    Case("P.Tân Mai", "phường Tân Mai"),
  ]

  @Test("spelled with Vietnamese letter names", arguments: cases)
  func spelled(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
