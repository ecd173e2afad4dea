import Testing

@testable import VietnameseText

@Suite("Words after a number: units and the rest")
struct AfterNumberWordTests {
  /// Lines in which a word read once as a word comes back after a number (remembered, plain
  /// and ASCII words), and units that must still read as units there.
  static let lines = [
    "Cười ha ha, khi đó bà con vui.",
    "Diện tích 5 ha, giá 20 đồng, cánh đồng 3 sào.",
    "Gọi 113 khi cần, khi có cháy gọi 114 khi đó.",
    "Nhiệt độ 8 độ, xã có 12 thôn và 5 tổ.",
    "Mỗi hộ 2 người, chạy 10 km rồi nghỉ 5 phút.",
  ]

  @Test("a text reads each line as the line alone does (the memo changes nothing)")
  func memoAfterNumbers() {
    let normalizer = Normalizer()
    let text = (Self.lines + Self.lines).joined(separator: "\n")
    let alone = (Self.lines + Self.lines).map { normalizer.normalize($0, threads: 1) }
    #expect(normalizer.normalize(text, threads: 1) == alone.joined(separator: "\n"))
  }

  @Test("units after a number still read as units, other words as themselves")
  func readings() {
    let spoken = Normalizer().normalize(Self.lines.joined(separator: "\n"), threads: 1)
    let lines = spoken.split(separator: "\n").map(String.init)
    #expect(lines[0] == "Cười ha ha, khi đó bà con vui.")
    #expect(lines[1] == "Diện tích năm héc ta, giá hai mươi đồng, cánh đồng ba sào.")
    #expect(lines[2] == "Gọi một một ba khi cần, khi có cháy gọi một một bốn khi đó.")
  }
}
