/// A run inside a chunk core: ASCII digits, letters, or one other character.
///
/// "117/KH-UBND" → number 117, symbol /, word KH, symbol -, word UBND.
enum Piece: Sendable, Equatable {
  /// A run of ASCII digits.
  case number(Substring)
  /// A run of letters (any script).
  case word(Substring)
  /// Any other single character.
  case symbol(Character)

  /// Splits a core into pieces.
  ///
  /// Cores whose every scalar is a character of its own (ASCII, Latin letters and the
  /// precomposed Vietnamese ones: no combining marks) are walked over their UTF-8 bytes; others
  /// character by character, with the same result.
  static func scan(_ core: Substring) -> [Piece] {
    guard isStandalone(core.utf8) else { return scanCharacters(core) }
    return core.utf8.withContiguousStorageIfAvailable { scan(core, $0) }
      ?? scanCharacters(core)
  }

  /// ``scan(_:)`` over the UTF-8 bytes of a core of standalone scalars (one, two or three
  /// bytes each, by ``isStandalone(_:)``).
  private static func scan(_ core: Substring, _ bytes: UnsafeBufferPointer<UInt8>) -> [Piece] {
    var pieces: [Piece] = []
    pieces.reserveCapacity(8)  // "01/3/2026" has five; growing one by one cost more
    let utf8 = core.utf8
    let base = utf8.startIndex
    func slice(_ from: Int, _ to: Int) -> Substring {
      core[utf8.index(base, offsetBy: from)..<utf8.index(base, offsetBy: to)]
    }
    let count = bytes.count
    var index = 0
    while index < count {
      let (scalar, length) = decode(bytes, at: index)
      var end = index + length
      if isDigit(scalar) {
        while end < count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
        pieces.append(.number(slice(index, end)))
      } else if isLetter(scalar) {
        while end < count {
          let (next, nextLength) = decode(bytes, at: end)
          guard isLetter(next) else { break }
          end += nextLength
        }
        pieces.append(.word(slice(index, end)))
      } else {
        pieces.append(.symbol(Character(scalar)))
      }
      index = end
    }
    return pieces
  }

  /// The scalar whose one-, two- or three-byte encoding starts at `offset`, and its length.
  private static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int
  ) -> (Unicode.Scalar, Int) {
    let lead = bytes[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    if lead < 0xE0 {
      let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
      return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
    }
    let value =
      UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6
      | UInt32(bytes[offset + 2] & 0x3F)
    return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
  }

  /// Whether every scalar of the UTF-8 text `utf8` is ``isStandalone(_:)``, by its lead
  /// bytes: ASCII but CR, two-byte scalars up to U+02FF (leads C2–CB), and E1 B8–E1 BB.
  private static func isStandalone(_ utf8: Substring.UTF8View) -> Bool {
    var iterator = utf8.makeIterator()
    while let byte = iterator.next() {
      switch byte {
      case 0x0D: return false
      case 0x00...0x7F, 0x80...0xBF: continue  // ASCII, or the continuation bytes skipped over
      case 0xC2...0xCB: _ = iterator.next()
      case 0xE1:
        guard let second = iterator.next(), second >= 0xB8, second <= 0xBB else { return false }
        _ = iterator.next()
      default: return false
      }
    }
    return true
  }

  /// Whether `scalar` is always a character by itself: ASCII other than CR, Latin-1 and the
  /// Latin Extended blocks, and Latin Extended Additional (Vietnamese letters with marks).
  private static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x300 && value != 0x0D || (value >= 0x1E00 && value < 0x1F00)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  /// `Character.isLetter` for a standalone scalar.
  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    if WordShape.vietnameseCase(value) != nil { return true }
    return scalar.properties.isAlphabetic
  }

  /// The character-by-character scan, for cores with combining marks or other scripts.
  private static func scanCharacters(_ core: Substring) -> [Piece] {
    var pieces: [Piece] = []
    var index = core.startIndex
    while index < core.endIndex {
      let character = core[index]
      if character.isASCII && character.isNumber {
        var end = index
        while end < core.endIndex, core[end].isASCII, core[end].isNumber {
          end = core.index(after: end)
        }
        pieces.append(.number(core[index..<end]))
        index = end
      } else if character.isLetter {
        var end = index
        while end < core.endIndex, core[end].isLetter { end = core.index(after: end) }
        pieces.append(.word(core[index..<end]))
        index = end
      } else {
        pieces.append(.symbol(character))
        index = core.index(after: index)
      }
    }
    return pieces
  }

  /// The digits, when this is a number.
  var digits: Substring? {
    if case .number(let digits) = self { return digits }
    return nil
  }

  /// The letters, when this is a word.
  var letters: Substring? {
    if case .word(let letters) = self { return letters }
    return nil
  }

  /// Whether this is the symbol `character`.
  func isSymbol(_ character: Character) -> Bool {
    if case .symbol(let symbol) = self { return symbol == character }
    return false
  }
}
