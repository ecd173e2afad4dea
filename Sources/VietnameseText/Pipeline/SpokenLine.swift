/// Builds one output line: words separated by single spaces, pauses attached to the word before.
///
/// A pause never opens a line, and two pauses in a row keep the stronger one: a comma gives way
/// to any other mark, while ".", "!", "?" accumulate ("...", "?!").
struct SpokenLine {
  private(set) var text = ""
  /// Where the current sentence starts in `text` (after the last ".", "!", "?" or ";").
  private var sentenceStart = 0

  /// Appends spoken words (already joined by spaces).
  mutating func word(_ words: String) {
    guard !words.isEmpty else { return }
    if !text.isEmpty { text.append(" ") }
    text.append(words)
  }

  /// Appends a pause mark.
  mutating func pause(_ mark: Character) {
    guard let last = text.last else { return }
    if Self.isPause(last) {
      if mark == "," { return }
      if last == "," || last == ";" || last == ":" {
        text.removeLast()
      }
    }
    text.append(mark)
    if mark == "." || mark == "!" || mark == "?" || mark == ";" { sentenceStart = text.utf8.count }
  }

  /// Whether the current sentence has already said `phrase` (lower-case words), as whole words:
  /// "Thủ tướng Chính phủ đã ban hành" has said "thủ tướng chính phủ".
  func saidInSentence(_ phrase: String) -> Bool {
    guard !phrase.isEmpty, text.utf8.count - sentenceStart >= phrase.utf8.count else {
      return false
    }
    let start = text.utf8.index(text.utf8.startIndex, offsetBy: sentenceStart)
    let sentence = text[start...].lowercased()
    var rest = sentence[...]
    while let found = rest.firstRange(of: phrase) {
      let before =
        found.lowerBound == sentence.startIndex
        ? nil : sentence[sentence.index(before: found.lowerBound)]
      let after = found.upperBound == sentence.endIndex ? nil : sentence[found.upperBound]
      if before?.isLetter != true && after?.isLetter != true { return true }
      rest = sentence[found.upperBound...]
    }
    return false
  }

  /// Whether `character` is one of the kept pause marks.
  static func isPause(_ character: Character) -> Bool {
    character == "." || character == "," || character == ";" || character == ":"
      || character == "!" || character == "?"
  }
}
