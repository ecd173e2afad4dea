import LoaTestSupport
import Testing

@testable import VietnameseText

@Suite("Lower-casing Vietnamese on bytes")
struct VietnameseLowercaseTests {
  static func lowered(_ text: String) -> String? {
    Array(text.utf8).withUnsafeBufferPointer(VietnameseLowercase.bytes).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  @Test("every scalar of the table maps as String.lowercased() maps it")
  func everyScalar() {
    var covered = 0
    for value in UInt32(0)..<0x2000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = String(scalar)
      guard let lower = Self.lowered(text) else { continue }
      #expect(lower == text.lowercased(), "U+\(String(value, radix: 16))")
      covered += 1
    }
    // ASCII (128), Latin-1 letters À–Ý, ß–ÿ (61), Ă Đ Ĩ Ũ Ơ Ư in both cases (12), U+1EA0–U+1EF9 (90).
    #expect(covered == 128 + 61 + 12 + 90)
  }

  @Test("sentences map as String.lowercased(); other scripts and marks are left to it")
  func sentences() {
    let text = "THỦ TƯỚNG Chính phủ, Ủy ban nhân dân ĐÀ NẴNG: 19h30 ngày 01/3/2026!"
    #expect(Self.lowered(text) == text.lowercased())
    var generator = SeededGenerator(seed: 3)
    for _ in 0..<300 {
      let line = NormalizerPropertyTests.randomText(&generator)
      if let lower = Self.lowered(line) { #expect(lower == line.lowercased(), "\(line)") }
    }
    #expect(Self.lowered("Ω") == nil)
    #expect(Self.lowered("A\u{301}") == nil)
    #expect(Self.lowered("ẞ") == nil)
  }
}
