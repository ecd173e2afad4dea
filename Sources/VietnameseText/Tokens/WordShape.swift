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
}
