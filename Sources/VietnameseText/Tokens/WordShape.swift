/// What one pass over a word's scalars tells: letters only, ASCII only, upper and lower case.
///
/// Computed once per chunk so that the common case (an ordinary lower-case Vietnamese word)
/// skips every table lookup.
struct WordShape: Sendable, Equatable {
  /// Every scalar is a letter (combining marks excluded).
  var isLetters = true
  /// Every scalar is ASCII.
  var isASCII = true
  /// Some letter is upper-case.
  var hasUpper = false
  /// Some letter is lower-case.
  var hasLower = false

  /// The shape of `text`.
  init(_ text: Substring) {
    if text.isEmpty { isLetters = false }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        if value >= 0x61 && value <= 0x7A {
          hasLower = true
        } else if value >= 0x41 && value <= 0x5A {
          hasUpper = true
        } else {
          isLetters = false
        }
        continue
      }
      isASCII = false
      if let upper = Self.vietnameseCase(value) {
        if upper { hasUpper = true } else { hasLower = true }
        continue
      }
      let properties = scalar.properties
      if properties.isLowercase {
        hasLower = true
      } else if properties.isUppercase {
        hasUpper = true
      } else if !properties.isAlphabetic {
        isLetters = false
      }
    }
  }

  /// The case of a letter of the Vietnamese alphabet, ASCII included (see
  /// ``vietnameseCase(_:)``): `true` upper, `false` lower, `nil` for any other scalar.
  static func alphabetCase(_ value: UInt32) -> Bool? {
    switch value {
    case 0x41...0x5A: return true
    case 0x61...0x7A: return false
    default: return vietnameseCase(value)
    }
  }

  /// The case of a Vietnamese letter outside ASCII, without a Unicode property lookup:
  /// `true` upper, `false` lower, `nil` when the scalar is not one of them.
  static func vietnameseCase(_ value: UInt32) -> Bool? {
    switch value {
    case 0x1EA0...0x1EF9: return value % 2 == 0
    case 0xC0...0xD6, 0xD8...0xDD: return true
    case 0xDF...0xF6, 0xF8...0xFF: return false
    case 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF: return true
    case 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0: return false
    default: return nil
    }
  }
}
