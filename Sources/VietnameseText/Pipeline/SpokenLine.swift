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
    let sentence = Array(text[start...].lowercased().utf8)
    let wanted = Array(phrase.utf8)
    guard wanted.count <= sentence.count else { return false }
    // A byte search (no grapheme breaking); a match counts when no letter touches it.
    for offset in 0...(sentence.count - wanted.count) where sentence[offset] == wanted[0] {
      var length = 1
      while length < wanted.count, sentence[offset + length] == wanted[length] { length += 1 }
      guard length == wanted.count else { continue }
      let end = offset + wanted.count
      if !Self.letterEnds(sentence, before: offset) && !Self.letterStarts(sentence, at: end) {
        return true
      }
    }
    return false
  }

  /// Whether a letter ends just before byte `offset` of the UTF-8 text `bytes`.
  private static func letterEnds(_ bytes: [UInt8], before offset: Int) -> Bool {
    guard offset > 0 else { return false }
    var start = offset - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return scalar(in: bytes, at: start)?.properties.isAlphabetic ?? false
  }

  /// Whether a letter starts at byte `offset` of the UTF-8 text `bytes`.
  private static func letterStarts(_ bytes: [UInt8], at offset: Int) -> Bool {
    guard offset < bytes.count else { return false }
    return scalar(in: bytes, at: offset)?.properties.isAlphabetic ?? false
  }

  /// The scalar whose encoding starts at byte `offset`.
  private static func scalar(in bytes: [UInt8], at offset: Int) -> Unicode.Scalar? {
    var iterator = bytes[offset...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return nil
  }

  /// Whether `character` is one of the kept pause marks.
  static func isPause(_ character: Character) -> Bool {
    character == "." || character == "," || character == ";" || character == ":"
      || character == "!" || character == "?"
  }
}
