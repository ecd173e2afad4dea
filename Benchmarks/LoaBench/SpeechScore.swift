import VietnameseText

/// Word (syllable) and character error counts of recognised speech against its reference.
///
/// Both texts go through the Vietnamese normaliser (digits and abbreviations become words, as
/// Loa speaks them), then are lower-cased with punctuation stripped; WER counts syllables
/// (Vietnamese words are written syllable by syllable), CER counts characters, spaces between
/// syllables included.
struct SpeechScore {
  /// The normaliser both texts go through (with the station's lexicon, as Loa speaks).
  let normalizer: Normalizer
  /// Word edits (substitutions, deletions, insertions) and reference words.
  var wordErrors = 0
  var words = 0
  /// Character edits and reference characters.
  var characterErrors = 0
  var characters = 0

  /// Word error rate (0…, 1 = as many errors as words).
  var wer: Double { words == 0 ? 0 : Double(wordErrors) / Double(words) }
  /// Character error rate.
  var cer: Double { characters == 0 ? 0 : Double(characterErrors) / Double(characters) }

  /// Adds one item's counts.
  mutating func add(reference: String, hypothesis: String) {
    let referenceWords = syllables(reference)
    let hypothesisWords = syllables(hypothesis)
    wordErrors += Self.editDistance(referenceWords, hypothesisWords)
    words += referenceWords.count
    let referenceCharacters = Array(referenceWords.joined(separator: " "))
    let hypothesisCharacters = Array(hypothesisWords.joined(separator: " "))
    characterErrors += Self.editDistance(referenceCharacters, hypothesisCharacters)
    characters += referenceCharacters.count
  }

  /// The spoken syllables of `text`: normalised, lower-cased, without punctuation.
  func syllables(_ text: String) -> [String] {
    let spoken = normalizer.sentences(text).map(\.text).joined(separator: " ")
    let cleaned = String(
      spoken.lowercased().unicodeScalars.map { scalar -> Character in
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? Character(scalar) : " "
      })
    return cleaned.split(separator: " ").map(String.init)
  }

  /// Levenshtein distance (unit costs), two rows of memory.
  static func editDistance<Element: Equatable>(_ left: [Element], _ right: [Element]) -> Int {
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for (i, leftElement) in left.enumerated() {
      current[0] = i + 1
      for (j, rightElement) in right.enumerated() {
        let substitution = previous[j] + (leftElement == rightElement ? 0 : 1)
        current[j + 1] = min(substitution, previous[j + 1] + 1, current[j] + 1)
      }
      swap(&previous, &current)
    }
    return previous[right.count]
  }
}
