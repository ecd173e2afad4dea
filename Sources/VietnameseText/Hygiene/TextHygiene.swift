import Foundation

/// Cleans one line before it is read: Unicode NFC, Ð → Đ, spaces, quotes, dashes and bullets.
///
/// Decomposed input makes espeak-ng drop tone marks ("Luật" → "Luạt"), so NFC comes first.
/// Quotes are silent and removed; en and em dashes become a spaced "–" that the reader turns into
/// a pause (espeak-ng gives dashes none) or "đến" between numbers; a bullet opening the line is
/// dropped; every kind of space becomes one ASCII space.
enum TextHygiene {
  /// Characters that open a list item when they start a line.
  static let bullets: Set<Character> = [
    "•", "●", "▪", "◦", "·", "*", "-", "+", "–", "—", "✓", "✔", "→", ">", "■", "□", "○", "❖", "◆",
    "♦", "➢", "►", "※",
  ]

  /// The cleaned line.
  static func clean(_ line: Substring) -> String {
    var offsets: [Int]?
    return clean(line, offsets: &offsets)
  }

  /// The cleaned line; when `offsets` is not `nil` it receives, for each character of the
  /// result, the 0-based character offset in `line` it comes from (for ``Normalizer/place(_:)``).
  ///
  /// Most lines need nothing (``isClean(_:)``) and are merely copied.
  static func clean(_ line: Substring, offsets: inout [Int]?) -> String {
    if offsets == nil, line.utf8.withContiguousStorageIfAvailable(isClean) == true {
      return String(line)
    }
    return cleaned(line, offsets: &offsets)
  }

  /// Whether the UTF-8 line needs no cleaning: no combining mark, no character that
  /// `mapCharacters` changes, no bullet first. A conservative byte scan: any three-byte
  /// character outside Latin Extended Additional sends the line the long way.
  static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var first = 0
    while first < bytes.count, bytes[first] == 0x20 { first += 1 }
    if first < bytes.count {
      switch bytes[first] {
      case 0x2A, 0x2B, 0x2D, 0x3E, 0xC2: return false  // "*", "+", "-", ">", "·" may be bullets
      default: break
      }
    }
    let count = bytes.count
    // One table load per byte: most bytes are letters, spaces and marks that need nothing.
    return byteClass.withUnsafeBufferPointer { classes in
      var index = first
      while index < count {
        let byte = bytes[index]
        switch classes[Int(byte)] {
        case 0: break
        case 1: return false
        default:
          guard index + 1 < count, !mapped(lead: byte, bytes[index + 1]) else { return false }
        }
        index += 1
      }
      return true
    }
  }

  /// What ``isClean(_:)`` makes of each byte: 0 nothing, 1 not clean (controls, quotes,
  /// combining marks, leads of scalars `mapCharacters` may change), 2 look at the next byte
  /// (leads C2, C3 and E1).
  private static let byteClass: [UInt8] = (0...255).map { byte -> UInt8 in
    switch byte {
    case 0x09...0x0D, 0x22, 0x27, 0xCC, 0xCD, 0xE0, 0xE2...0xFF: return 1
    case 0xC2, 0xC3, 0xE1: return 2
    default: return 0
    }
  }

  /// Whether a character starting with bytes `lead`, `second` may be one `mapCharacters`
  /// changes: U+0085, no-break space, guillemets, "Ð", "ð", and every three-byte character
  /// outside U+1E00–U+1EFF.
  private static func mapped(lead: UInt8, _ second: UInt8) -> Bool {
    switch lead {
    case 0xC2: return second == 0x85 || second == 0xA0 || second == 0xAB || second == 0xBB
    case 0xC3: return second == 0x90 || second == 0xB0
    default: return second < 0xB8 || second > 0xBB
    }
  }

  /// The full cleaning: NFC, characters mapped, a bullet dropped.
  private static func cleaned(_ line: Substring, offsets: inout [Int]?) -> String {
    var text = composed(line)
    if offsets != nil { offsets = Array(0..<text.count) }
    if needsMapping(text) { text = mapCharacters(text, offsets: &offsets) }
    let cleaned = dropBullet(text)
    if offsets != nil, let all = offsets {
      offsets = Array(all.dropFirst(max(0, all.count - cleaned.count)))
    }
    return cleaned
  }

  /// The text in Unicode NFC.
  static func composed(_ text: Substring) -> String {
    needsComposition(text) ? text.precomposedStringWithCanonicalMapping : String(text)
  }

  /// Whether the line holds a combining mark (only then is NFC work needed).
  static func needsComposition(_ line: Substring) -> Bool {
    // U+0300–U+036F are encoded with lead byte 0xCC or 0xCD (which also cover a few Greek
    // letters: NFC is then merely done for nothing).
    line.utf8.contains { $0 == 0xCC || $0 == 0xCD }
  }

  /// Whether a character of the line needs `mapCharacters` (a fast scan over UTF-8 / scalars).
  private static func needsMapping(_ text: String) -> Bool {
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A...0x0D, 0x22, 0x27: return true
      case 0x00...0x7F: continue
      case 0xA0, 0xAB, 0xBB, 0xD0, 0xF0, 0x2000...0x206F, 0x2212, 0x3000, 0xFEFF: return true
      case 0x85, 0x1680: return true
      default: continue
      }
    }
    return false
  }

  private static func mapCharacters(_ text: String, offsets: inout [Int]?) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    let characters = Array(text)
    guard let sources = offsets else {
      for index in characters.indices { _ = mapCharacter(at: index, in: characters, into: &result) }
      return result
    }
    var mapped: [Int] = []
    for index in characters.indices {
      let produced = mapCharacter(at: index, in: characters, into: &result)
      mapped += repeatElement(index < sources.count ? sources[index] : index, count: produced)
    }
    offsets = mapped
    return result
  }

  /// Appends the cleaned form of `characters[index]` to `result`; returns how many characters
  /// it appended.
  private static func mapCharacter(
    at index: Int, in characters: [Character], into result: inout String
  ) -> Int {
    let character = characters[index]
    switch character {
    case "Ð": result.append("Đ")
    case "ð": result.append("đ")
    case "\u{200B}", "\u{FEFF}", "\r": return 0
    case "\"", "“", "”", "„", "‟", "«", "»": return 0
    case "'", "‘", "’", "‚", "‛", "′":
      // A prime after a number is minutes ("15'", "6h30'" → "15p", "6h30p"); an apostrophe
      // inside a word ("don't") is kept out; quotes are silent.
      let before = index > 0 ? characters[index - 1] : " "
      let after = index + 1 < characters.count ? characters[index + 1] : " "
      guard before.isASCII, before.isNumber, !after.isLetter, !after.isNumber, character != "‘"
      else { return 0 }
      result.append("p")
    case "–", "—", "―", "−":
      let before = index > 0 ? characters[index - 1] : " "
      let after = index + 1 < characters.count ? characters[index + 1] : " "
      if before.isNumber && after.isNumber || character == "−" && after.isNumber {
        result.append("-")
      } else {
        result.append(" – ")
        return 3
      }
    case "…":
      result.append("...")
      return 3
    default:
      if character.isWhitespace { result.append(" ") } else { result.append(character) }
    }
    return 1
  }

  private static func dropBullet(_ text: String) -> String {
    let trimmed = text.drop(while: { $0 == " " })
    guard let first = trimmed.first, bullets.contains(first) else { return text }
    let rest = trimmed.dropFirst()
    if first == "-" || first == "+", let next = rest.first, next.isNumber { return text }
    guard rest.isEmpty || rest.first == " " else { return text }
    return String(rest)
  }
}
