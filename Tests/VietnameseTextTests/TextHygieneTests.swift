import Testing
import VietnameseText

@Suite("Text hygiene")
struct TextHygieneTests {
  static let cases: [Case] = [
    Case("Lua\u{0323}\u{0302}t", "Luật"), Case("Ða Nẵng", "Đa Nẵng"), Case("ðường", "đường"),
    Case("  bà   con  ", "bà con"), Case("bà\tcon", "bà con"), Case("“Zalo”", "Da lô"),
    Case("\"tin\"", "tin"), Case("deepfake — công nghệ", "đíp phếch, công nghệ"),
    Case("Hải Phòng – ngày", "Hải Phòng, ngày"), Case("- Mục một", "Mục một"),
    Case("• Không chuyển tiền", "Không chuyển tiền"), Case("* ghi chú", "ghi chú"),
    Case("Chờ đã…", "Chờ đã..."), Case("bà\u{00A0}con", "bà con"), Case("hò\u{200B}a", "hòa"),
    Case("Thật sao?!", "Thật sao?!"), Case("Vâng , ạ", "Vâng, ạ"), Case("(xem)", "xem,"),
    Case("xã/phường", "xã, phường"), Case("Hà Nội-Hải Phòng", "Hà Nội Hải Phòng"),
    Case("bà con\r", "bà con"),
  ]

  @Test("cleaned", arguments: cases)
  func cleaned(_ example: Case) {
    #expect(spoken(example.input) == example.expected)
  }
}
