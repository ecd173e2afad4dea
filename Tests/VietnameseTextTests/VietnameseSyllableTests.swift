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

  static let strict: [(String, Bool)] = [
    ("haip", false), ("taot", false), ("huynh", true), ("xoong", true), ("khoai", true),
    ("thuyền", true), ("coin", false),
  ]

  @Test("strict: no final consonant after a glide", arguments: strict)
  func strictSyllable(_ word: String, _ expected: Bool) {
    #expect(VietnameseSyllable.isSyllable(Substring(word), strict: true) == expected)
  }

  @Test("syllable or not", arguments: syllables)
  func syllable(_ word: String, _ expected: Bool) {
    #expect(VietnameseSyllable.isSyllable(Substring(word)) == expected)
  }
}

@Suite("Word shape")
struct WordShapeTests {
  @Test("the fast Vietnamese case table agrees with Unicode properties")
  func caseTable() {
    let letters =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    for letter in letters + letters.uppercased() {
      for scalar in letter.unicodeScalars where scalar.value >= 0x80 {
        #expect(
          WordShape.vietnameseCase(scalar.value) == scalar.properties.isUppercase, "\(letter)")
      }
    }
  }

  static let shapes: [(String, Bool, Bool, Bool, Bool)] = [
    ("hòa", true, false, false, true), ("UBND", true, true, true, false),
    ("Đà", true, false, true, true), ("a1", false, true, false, true),
    ("乐", true, false, false, false),
  ]

  @Test("letters, ASCII, upper, lower", arguments: shapes)
  func shape(_ word: String, _ letters: Bool, _ ascii: Bool, _ upper: Bool, _ lower: Bool) {
    let shape = WordShape(Substring(word))
    #expect(shape.isLetters == letters)
    #expect(shape.isASCII == ascii)
    #expect(shape.hasUpper == upper)
    #expect(shape.hasLower == lower)
  }
}
