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
  /// Walks the line's UTF-8 bytes: every mark tested is ASCII, and the bytes of a non-ASCII
  /// scalar are neither marks nor spaces, so every boundary found is scalar-aligned.
  static func split(_ line: String) -> [Chunk] {
    var line = line
    line.makeContiguousUTF8()
    return line.utf8.withContiguousStorageIfAvailable { split(line, $0) } ?? []
  }

  /// ``split(_:)`` over the line's bytes.
  private static func split(_ line: String, _ bytes: UnsafeBufferPointer<UInt8>) -> [Chunk] {
    var chunks: [Chunk] = []
    chunks.reserveCapacity(bytes.count / 5 + 1)
    let utf8 = line.utf8
    let base = utf8.startIndex
    func slice(_ from: Int, _ to: Int) -> Substring {
      line[utf8.index(base, offsetBy: from)..<utf8.index(base, offsetBy: to)]
    }
    var index = 0
    let count = bytes.count
    while index < count {
      while index < count, bytes[index] == 0x20 { index += 1 }
      guard index < count else { break }
      var end = index
      while end < count, isLead(bytes[end]) { end += 1 }
      let coreStart = end
      // Trailing marks are remembered as they are passed: the core ends before the last run.
      var trailStart = end
      var inTrail = false
      while end < count {
        let byte = bytes[end]
        if byte == 0x20 { break }
        if isTrail(byte) {
          if !inTrail {
            trailStart = end
            inTrail = true
          }
        } else {
          inTrail = false
        }
        end += 1
      }
      let coreEnd = inTrail ? trailStart : end
      chunks.append(
        Chunk(
          lead: slice(index, coreStart), core: slice(coreStart, coreEnd),
          trail: slice(coreEnd, end)))
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
