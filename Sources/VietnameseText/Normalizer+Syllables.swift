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
    var inWord = false
    var hasLetter = false
    for character in spoken {
      if character.isWhitespace {
        if inWord && hasLetter { count += 1 }
        inWord = false
        hasLetter = false
      } else {
        inWord = true
        if character.isLetter { hasLetter = true }
      }
    }
    if inWord && hasLetter { count += 1 }
    return count
  }
}
