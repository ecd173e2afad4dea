/// Moves tone marks to one placement style, the modern one ("hòa", "khỏe", "thủy").
///
/// Old-style spelling puts the mark on the second vowel of an open "oa", "oe", "uy" ("hoà",
/// "khoẻ", "thuỷ"); the modern style puts it on the first. "qu" keeps its mark on the vowel after
/// it ("quý"). Both spellings sound the same; one style keeps the lexicon and tests simple.
enum ToneMarks {
  /// Marked vowel → the same vowel without its tone mark (both cases).
  static let toneless: [Character: Character] = {
    var table: [Character: Character] = [:]
    let rows: [(Character, String)] = [
      ("a", "àáảãạ"), ("ă", "ằắẳẵặ"), ("â", "ầấẩẫậ"), ("e", "èéẻẽẹ"), ("ê", "ềếểễệ"),
      ("i", "ìíỉĩị"), ("o", "òóỏõọ"), ("ô", "ồốổỗộ"), ("ơ", "ờớởỡợ"), ("u", "ùúủũụ"),
      ("ư", "ừứửữự"), ("y", "ỳýỷỹỵ"),
    ]
    for (base, marked) in rows {
      for character in marked { table[character] = base }
      let upperBase = Character(base.uppercased())
      for character in marked.uppercased() { table[character] = upperBase }
    }
    return table
  }()

  /// Marked "a", "e", "y" (old placement) → (tone index, base letter).
  private static let moved: [Character: (Int, Character)] = {
    var table: [Character: (Int, Character)] = [:]
    for (base, marks) in [("a", "àáảãạ"), ("e", "èéẻẽẹ"), ("y", "ỳýỷỹỵ")] {
      for (index, character) in marks.enumerated() {
        table[character] = (index, Character(base))
        table[Character(character.uppercased())] = (index, Character(base.uppercased()))
      }
    }
    return table
  }()

  /// Whether a scalar is a marked a, e or y (the marks old placement puts last).
  private static func isOldPlacementMark(_ value: UInt32) -> Bool {
    switch value {
    case 0xC0, 0xC1, 0xE0, 0xE1, 0xC8, 0xC9, 0xE8, 0xE9, 0xDD, 0xFD, 0xC3, 0xE3: return true
    case 0x1EA0...0x1EA3, 0x1EB8...0x1EBD, 0x1EF2...0x1EF9: return true
    default: return false
    }
  }

  /// A byte-level pre-check: whether `word` ends in "o" or "u" then a marked a, e or y (the
  /// only shape whose mark may move). `true` when the bytes are not contiguous (full check).
  private static func mayMove(_ word: Substring) -> Bool {
    word.utf8.withContiguousStorageIfAvailable(mayMove) ?? true
  }

  /// ``mayMove(_:)`` over a word's UTF-8 bytes.
  static func mayMove(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let (value, length) = lastMarkedVowel(bytes), isOldPlacementMark(value) else {
      return false
    }
    let before = bytes[bytes.count - length - 1] | 0x20
    return before == 0x6F || before == 0x75
  }

  /// The scalar value and UTF-8 length of a last scalar that may be a marked vowel (leads C3,
  /// or E1 BA / E1 BB), with at least one byte before it; `nil` otherwise.
  private static func lastMarkedVowel(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt32, Int)? {
    let count = bytes.count
    guard count >= 3 else { return nil }
    if bytes[count - 2] == 0xC3 { return (0xC0 | UInt32(bytes[count - 1] & 0x3F), 2) }
    guard count >= 4, bytes[count - 3] == 0xE1,
      bytes[count - 2] == 0xBA || bytes[count - 2] == 0xBB
    else { return nil }
    return (0x1000 | UInt32(bytes[count - 2] & 0x3F) << 6 | UInt32(bytes[count - 1] & 0x3F), 3)
  }

  /// The marked "o" and "u" of each tone, lower and upper case, as UTF-8.
  private static let markedO = "òóỏõọ".map { Array(String($0).utf8) }
  private static let markedU = "ùúủũụ".map { Array(String($0).utf8) }
  private static let markedUpperO = "ÒÓỎÕỌ".map { Array(String($0).utf8) }
  private static let markedUpperU = "ÙÚỦŨỤ".map { Array(String($0).utf8) }

  /// ``moved`` by scalar value, the base letter as its ASCII code.
  private static let movedByValue: [UInt32: (tone: Int, base: UInt8)] = {
    var table: [UInt32: (tone: Int, base: UInt8)] = [:]
    for (marked, (tone, base)) in moved {
      guard let scalar = marked.unicodeScalars.first, let code = base.asciiValue else { continue }
      table[scalar.value] = (tone, code)
    }
    return table
  }()

  /// `word` with an old-style tone mark moved to the modern place; unchanged otherwise.
  static func modernize(_ word: Substring) -> Substring {
    // Most words end in an ASCII letter: no marked vowel last, nothing to move.
    guard let lastByte = word.utf8.last, lastByte >= 0x80, mayMove(word) else { return word }
    var bytes = word
    return bytes.withUTF8(modernized).map { Substring($0) } ?? word
  }

  /// The modern spelling of the UTF-8 word `bytes`, or `nil` when its marks stay.
  ///
  /// Only an ASCII "o" or "u" before a last marked "a", "e" or "y" moves (``mayMove(_:)``):
  /// "oa", "oe" and "uy", not after "q".
  private static func modernized(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard let (value, length) = lastMarkedVowel(bytes), let (tone, base) = movedByValue[value]
    else { return nil }
    let vowelAt = bytes.count - length - 1
    let vowel = bytes[vowelAt]
    let isO = (vowel == 0x6F || vowel == 0x4F) && (base | 0x20 == 0x61 || base | 0x20 == 0x65)
    let isU = (vowel == 0x75 || vowel == 0x55) && base | 0x20 == 0x79
    guard isO || isU else { return nil }
    if isU, vowelAt >= 1, bytes[vowelAt - 1] | 0x20 == 0x71 { return nil }  // "quý" stays
    let upper = vowel < 0x60
    let marked =
      isO ? (upper ? markedUpperO : markedO)[tone] : (upper ? markedUpperU : markedU)[tone]
    var result = Array(bytes[..<vowelAt])
    result.append(contentsOf: marked)
    result.append(base)
    return String(decoding: result, as: UTF8.self)
  }
}
