/// Words said one after another, joined by single spaces as they are appended: what
/// `[String].joined(separator: " ")` gives, without the array.
struct SpokenWords {
  /// The words so far.
  private(set) var text = ""

  /// Appends `word` (a space first, unless it is the first word).
  mutating func append(_ word: String) {
    if !text.isEmpty { text.append(" ") }
    text.append(word)
  }
}
