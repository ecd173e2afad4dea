extension Normalizer {
  /// The number of spoken syllables in normalised text: its words that hold a letter.
  ///
  /// Vietnamese is written one syllable per word, so this is what the planner divides by the
  /// speaking rate. Pass the output of ``normalize(_:)``; punctuation is not counted.
  ///
  /// ```swift
  /// Normalizer.syllableCount("ủy ban nhân dân xã.")  // 5
  /// ```
  public static func syllableCount(_ spoken: String) -> Int {
    var count = 0
    var hasLetter = false
    for byte in spoken.utf8 {
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0D:
        if hasLetter { count += 1 }
        hasLetter = false
      case 0x41...0x5A, 0x61...0x7A, 0xC0...0xFF:
        // An ASCII letter or the first byte of a non-ASCII letter (spoken text holds no symbols).
        hasLetter = true
      default: break
      }
    }
    return hasLetter ? count + 1 : count
  }
}
