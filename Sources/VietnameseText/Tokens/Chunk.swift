/// One space-separated stretch of a line: opening punctuation, the core, closing punctuation.
///
/// "(UBND)," has lead "(", core "UBND" and trail "),". The core is what the rules read; lead
/// and trail become pauses or nothing.
///
/// Lead and trail, ASCII marks, are copies of their own (small strings, stored inline), and so
/// is a short core unless the split keeps cores as slices of the line (see
/// ``split(_:slicing:locating:)``): the readers copy chunks often, and copying most of them
/// then retains nothing. Where the chunk stands in the line is ``extent``.
struct Chunk: Sendable, Equatable {
  /// Opening punctuation: brackets.
  var lead: Substring
  /// The text between them: a slice of the line, or a copy (``split(_:slicing:locating:)``).
  var core: Substring
  /// Closing punctuation: . , ; : ! ? brackets.
  var trail: Substring
  /// The whole chunk's place in the line, lead to trail; an empty range at the line's start
  /// when the split was told nothing would ask (``split(_:slicing:locating:)``).
  var extent: Range<String.Index>
  /// The core's length in UTF-8 bytes.
  var coreLength: Int
  /// The core's first byte (0 when the core is empty).
  var coreFirstByte: UInt8
  /// The trail's first byte (0 when there is no trail).
  var trailFirstByte: UInt8
  /// Whether the trail is one mark.
  var trailIsSingle: Bool
  /// Whether the core is a ``PlainWord``.
  var isPlain: Bool
  /// Whether the core ends as a word whose old-style tone mark may move (``ToneMarks``).
  var mayMoveMark: Bool

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
  ///
  /// With `slicing` off, a core of up to 15 bytes (most words) is copied into a small string
  /// of its own rather than sliced from the line: copies of such chunks retain nothing. Only
  /// ``extent`` then places the chunk in the line; `slicing` keeps every core a slice, for the
  /// readers that place the words inside a core (``Normalizer/place(_:)``).
  ///
  /// With `locating` off, no chunk's ``extent`` is worked out (each is empty): for the reader
  /// of a whole text, which places nothing.
  static func split(_ line: String, slicing: Bool = true, locating: Bool = true) -> [Chunk] {
    var line = line
    line.makeContiguousUTF8()
    return line.utf8.withContiguousStorageIfAvailable {
      split(line, $0, slicing: slicing, locating: locating || slicing)
    } ?? []
  }

  /// Each ASCII character as a one-character small string, by its code.
  private static let singleMarks = (0..<128).map { Substring(String(UnicodeScalar(UInt8($0)))) }

  /// The longest core copied inline: Swift's small strings hold 15 UTF-8 bytes.
  private static let inlineCore = 15

  /// ``split(_:slicing:locating:)`` over the line's bytes.
  private static func split(
    _ line: String, _ bytes: UnsafeBufferPointer<UInt8>, slicing: Bool, locating: Bool
  ) -> [Chunk] {
    var chunks: [Chunk] = []
    chunks.reserveCapacity(bytes.count / 5 + 1)
    let singleMarks = Self.singleMarks
    let utf8 = line.utf8
    let base = utf8.startIndex
    func position(_ offset: Int) -> String.Index { utf8.index(base, offsetBy: offset) }
    /// ASCII marks, or a short core, copied: a small string of its own (one mark, most
    /// closing punctuation, from a table).
    func copy(_ from: Int, _ to: Int) -> Substring {
      if from == to { return Substring() }
      if to - from == 1, bytes[from] < 0x80 { return singleMarks[Int(bytes[from])] }
      return Substring(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self))
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
      let start = locating ? position(index) : base
      let stop = locating ? position(end) : base
      let core =
        if !slicing && coreEnd - coreStart <= inlineCore {
          copy(coreStart, coreEnd)
        } else if locating && coreStart == index && coreEnd == end {
          line[start..<stop]
        } else {
          line[position(coreStart)..<position(coreEnd)]
        }
      let coreBytes = UnsafeBufferPointer(rebasing: bytes[coreStart..<coreEnd])
      chunks.append(
        Chunk(
          lead: copy(index, coreStart), core: core, trail: copy(coreEnd, end),
          extent: start..<stop, coreLength: coreEnd - coreStart,
          coreFirstByte: coreEnd > coreStart ? bytes[coreStart] : 0,
          trailFirstByte: end > coreEnd ? bytes[coreEnd] : 0, trailIsSingle: end - coreEnd == 1,
          isPlain: PlainWord.isPlain(coreBytes), mayMoveMark: ToneMarks.mayMove(coreBytes)))
      index = end
    }
    return chunks
  }

  /// Whether the core starts with an ASCII digit.
  var startsWithDigit: Bool { coreFirstByte >= 48 && coreFirstByte <= 57 }

  /// Whether the core is ASCII digits only.
  var isDigits: Bool {
    startsWithDigit && core.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
  }

  /// Whether the core is `literal`, byte for byte (a length test first).
  func coreIs(_ literal: StaticString) -> Bool {
    coreLength == literal.utf8CodeUnitCount && core.isBytes(literal)
  }

  /// Whether the trail starts with a dot.
  var trailStartsWithDot: Bool { trailFirstByte == 0x2E }
}
