/// One space-separated stretch of a line: opening punctuation, the core, closing punctuation.
///
/// "(UBND)," has lead "(", core "UBND" and trail "),". The core is what the rules read; lead
/// and trail become pauses or nothing.
struct Chunk: Sendable, Equatable {
  /// Opening punctuation: brackets and quotes.
  var lead: Substring
  /// The text between them.
  var core: Substring
  /// Closing punctuation: . , ; : ! ? brackets, quotes.
  var trail: Substring

  /// Opening marks (ASCII): ( [ {.
  static func isLead(_ byte: UInt8) -> Bool { byte == 0x28 || byte == 0x5B || byte == 0x7B }

  /// Closing marks (ASCII): . , ; : ! ? ) ] }.
  static func isTrail(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D: return true
    default: return false
    }
  }

  /// Splits a cleaned line (single ASCII spaces) into chunks.
  static func split(_ line: String) -> [Chunk] {
    var chunks: [Chunk] = []
    let bytes = line.utf8
    var index = bytes.startIndex
    while index < bytes.endIndex {
      while index < bytes.endIndex, bytes[index] == 0x20 { index = bytes.index(after: index) }
      guard index < bytes.endIndex else { break }
      var end = index
      while end < bytes.endIndex, bytes[end] != 0x20 { end = bytes.index(after: end) }
      var coreStart = index
      while coreStart < end, isLead(bytes[coreStart]) { coreStart = bytes.index(after: coreStart) }
      var coreEnd = end
      while coreEnd > coreStart {
        let previous = bytes.index(before: coreEnd)
        guard isTrail(bytes[previous]) else { break }
        coreEnd = previous
      }
      chunks.append(
        Chunk(
          lead: line[index..<coreStart], core: line[coreStart..<coreEnd], trail: line[coreEnd..<end]
        ))
      index = end
    }
    return chunks
  }

  /// Whether the core starts with an ASCII digit.
  var startsWithDigit: Bool {
    guard let byte = core.utf8.first else { return false }
    return byte >= 48 && byte <= 57
  }

  /// Whether the core is ASCII digits only.
  var isDigits: Bool {
    !core.isEmpty && core.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
  }
}
