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
  static func scan(_ core: Substring) -> [Piece] {
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
