/// Builds one output line: words separated by single spaces, pauses attached to the word before.
///
/// A pause never opens a line, and two pauses in a row keep the stronger one: a comma gives way
/// to any other mark, while ".", "!", "?" accumulate ("...", "?!").
///
/// The line is kept as UTF-8 bytes: appending a word is a copy, with none of `String`'s
/// grapheme bookkeeping. Every mark it tests is ASCII, so byte tests agree with `Character`
/// ones (see ``pause(_:)`` for the one exotic exception it still honours).
struct SpokenLine {
  /// The line so far, UTF-8, from ``start`` on (the lines before it when it continues them).
  private(set) var bytes: [UInt8] = []
  /// Where the line starts in `bytes`.
  let start: Int
  /// Where the current sentence starts in `bytes` (after the last ".", "!", "?" or ";").
  private var sentenceStart: Int

  /// An empty line.
  init() {
    start = 0
    sentenceStart = 0
  }

  /// An empty line written after `earlier` (the lines read before it), in the same storage:
  /// a whole text is read into one buffer, with no copy per line.
  init(after earlier: consuming [UInt8]) {
    bytes = earlier
    start = bytes.count
    sentenceStart = start
  }

  /// The storage: the earlier lines and this one.
  consuming func storage() -> [UInt8] { bytes }

  /// The line so far.
  var text: String { String(decoding: bytes[start...], as: UTF8.self) }

  /// Whether nothing has been said yet.
  var isEmpty: Bool { bytes.count == start }

  /// The line's last byte, or `nil`.
  private var last: UInt8? { bytes.count > start ? bytes[bytes.count - 1] : nil }

  /// Appends spoken words (already joined by spaces).
  mutating func word(_ words: String) {
    // Native and small strings give their bytes at once; combining marks open no reading.
    let appended = words.utf8.withContiguousStorageIfAvailable { append($0) }
    if appended != true { word(Substring(words)) }
  }

  /// Appends spoken words (already joined by spaces) written in the source as they are said.
  ///
  /// Combining marks that open the words are dropped: after the space they would join it, and
  /// a second pass over the line would not read them as this one did.
  mutating func word(_ words: Substring) {
    // A copy of contiguous bytes (native strings), not the element-by-element generic path.
    if words.utf8.withContiguousStorageIfAvailable({ append($0) }) == true { return }
    var words = words
    if let first = words.utf8.first, first >= 0xCC, let scalar = words.unicodeScalars.first,
      Self.isCombiningMark(scalar)
    {
      let scalars = words.unicodeScalars
      let start = scalars.firstIndex { $0 != " " && !Self.isCombiningMark($0) } ?? scalars.endIndex
      words = words[start...]
    }
    guard !words.isEmpty else { return }
    if !isEmpty { bytes.append(0x20) }
    bytes.append(contentsOf: words.utf8)
  }

  /// Appends `words`' UTF-8 bytes after a space; `false`, having appended nothing, when they
  /// open with a combining mark (or a scalar of four bytes: for the slow path).
  private mutating func append(_ words: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = words.first else { return true }
    if first >= 0xCC {
      let count = words.count
      let value: UInt32
      if first < 0xE0, count >= 2 {
        value = UInt32(first & 0x1F) << 6 | UInt32(words[1] & 0x3F)
      } else if first < 0xF0, count >= 3 {
        value = UInt32(first & 0x0F) << 12 | UInt32(words[1] & 0x3F) << 6 | UInt32(words[2] & 0x3F)
      } else {
        return false
      }
      if Self.isCombiningMark(value) { return false }
    }
    if !isEmpty { bytes.append(0x20) }
    bytes.append(contentsOf: words)
    return true
  }

  /// Whether `scalar` is a combining mark of the combining-diacritics blocks.
  private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    isCombiningMark(scalar.value)
  }

  /// Whether the scalar value `value` is a combining mark of the combining-diacritics blocks.
  private static func isCombiningMark(_ value: UInt32) -> Bool {
    switch value {
    case 0x300...0x36F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
      return true
    default: return false
    }
  }

  /// Whether the line ends with `literal`, byte for byte.
  func hasSuffix(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard bytes.count - start >= count else { return false }
    return literal.withUTF8Buffer { bytes[(bytes.count - count)...].elementsEqual($0) }
  }

  /// Appends a pause mark.
  mutating func pause(_ mark: Character) {
    if mark.utf8.count == 1, let byte = mark.utf8.first {
      pause(ascii: byte)
      return
    }
    // No pause mark is wider than a byte: this one only replaces a weak pause before it.
    guard let last else { return }
    if last == 0x2C || last == 0x3B || last == 0x3A, lastIsLoneMark() { bytes.removeLast() }
    bytes.append(contentsOf: mark.utf8)
  }

  /// Appends a pause mark given by its ASCII code (what the readers of closing marks use).
  mutating func pause(ascii mark: UInt8) {
    guard let last else { return }
    if Self.isPause(byte: last), lastIsLoneMark() {
      if mark == 0x2C { return }
      if last == 0x2C || last == 0x3B || last == 0x3A { bytes.removeLast() }
    }
    bytes.append(mark)
    if mark == 0x2E || mark == 0x21 || mark == 0x3F || mark == 0x3B { sentenceStart = bytes.count }
  }

  /// Whether the last byte, an ASCII mark, is a character of its own.
  ///
  /// A mark after a non-ASCII scalar may belong to its grapheme (a prepended mark such as
  /// U+0600); such a character is no pause, as it was for `String.last`.
  private func lastIsLoneMark() -> Bool {
    guard let last, bytes.count - start >= 2, bytes[bytes.count - 2] >= 0x80 else {
      return true
    }
    return text.last == Character(Unicode.Scalar(last))
  }

  /// Whether `byte` is one of the kept pause marks.
  static func isPause(byte: UInt8) -> Bool {
    switch byte {
    case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F: return true
    default: return false
    }
  }

  /// Whether the current sentence has already said `phrase` (lower-case words), as whole words:
  /// "Thủ tướng Chính phủ đã ban hành" has said "thủ tướng chính phủ".
  func saidInSentence(_ phrase: String) -> Bool {
    guard !phrase.isEmpty, bytes.count - sentenceStart >= phrase.utf8.count else {
      return false
    }
    let sentence =
      bytes[sentenceStart...].withUnsafeBufferPointer(VietnameseLowercase.bytes)
      ?? Array(String(decoding: bytes[sentenceStart...], as: UTF8.self).lowercased().utf8)
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
}
