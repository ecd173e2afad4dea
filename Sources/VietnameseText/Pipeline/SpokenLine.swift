/// Builds one output line: words separated by single spaces, pauses attached to the word before.
///
/// A pause never opens a line, and two pauses in a row keep the stronger one: a comma gives way
/// to any other mark, while ".", "!", "?" accumulate ("...", "?!").
struct SpokenLine {
  private(set) var text = ""

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
  }

  /// Whether `character` is one of the kept pause marks.
  static func isPause(_ character: Character) -> Bool {
    character == "." || character == "," || character == ";" || character == ":"
      || character == "!" || character == "?"
  }
}
