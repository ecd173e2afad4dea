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
  static func clean(_ line: Substring, offsets: inout [Int]?) -> String {
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
