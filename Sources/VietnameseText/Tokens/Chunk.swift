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
  ///
  /// Walks the line's Unicode scalars: every boundary found is scalar-aligned, so slicing the
  /// line there is cheap (no index re-alignment), and the marks tested are all ASCII.
  static func split(_ line: String) -> [Chunk] {
    var chunks: [Chunk] = []
    chunks.reserveCapacity(line.utf8.count / 5 + 1)
    let scalars = line.unicodeScalars
    var index = scalars.startIndex
    let endOfLine = scalars.endIndex
    while index < endOfLine {
      while index < endOfLine, scalars[index] == " " { index = scalars.index(after: index) }
      guard index < endOfLine else { break }
      var end = index
      // Trailing marks are remembered as they are passed: the core ends before the last run.
      var trailStart = index
      var inTrail = false
      var coreStart = index
      var leading = true
      while end < endOfLine {
        let value = scalars[end].value
        if value == 0x20 { break }
        let byte = value < 0x80 ? UInt8(value) : 0
        if leading {
          if isLead(byte) {
            end = scalars.index(after: end)
            coreStart = end
            trailStart = end
            continue
          }
          leading = false
        }
        if isTrail(byte) {
          if !inTrail {
            trailStart = end
            inTrail = true
          }
        } else {
          inTrail = false
        }
        end = scalars.index(after: end)
      }
      let coreEnd = inTrail ? trailStart : end
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
