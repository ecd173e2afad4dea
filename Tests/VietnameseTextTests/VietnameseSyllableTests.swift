import Testing
@testable import VietnameseText

@Suite("Vietnamese syllable shape")
struct VietnameseSyllableTests {
  static let syllables: [(String, Bool)] = [
    ("thông", true), ("BÁO", true), ("KHẨN", true), ("nghiêng", true), ("người", true),
    ("khuya", true), ("quý", true), ("gì", true), ("gia", true), ("tin", true), ("oanh", true),
    ("UBND", false), ("THCS", false), ("OTP", false), ("ID", false), ("VN", false),
    ("BHYT", false), ("qu", false), ("xyz", false), ("strong", false), ("", false),
  ]

  @Test("syllable or not", arguments: syllables)
  func syllable(_ word: String, _ expected: Bool) {
    #expect(VietnameseSyllable.isSyllable(Substring(word)) == expected)
  }
}
