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

  static let leadSet: Set<Character> = ["(", "[", "{", "¿", "¡"]
  static let trailSet: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "}"]

  /// Splits a cleaned line (single ASCII spaces) into chunks.
  static func split(_ line: String) -> [Chunk] {
    var chunks: [Chunk] = []
    for raw in line.split(separator: " ", omittingEmptySubsequences: true) {
      var start = raw.startIndex
      while start < raw.endIndex, leadSet.contains(raw[start]) { start = raw.index(after: start) }
      var end = raw.endIndex
      while end > start {
        let previous = raw.index(before: end)
        guard trailSet.contains(raw[previous]) else { break }
        end = previous
      }
      chunks.append(Chunk(lead: raw[..<start], core: raw[start..<end], trail: raw[end...]))
    }
    return chunks
  }

  /// Whether the core is made of letters only (the common, fast case).
  var isPlainWord: Bool {
    !core.isEmpty && core.allSatisfy { $0.isLetter }
  }

  /// Whether the core is ASCII digits only.
  var isDigits: Bool {
    !core.isEmpty && core.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
  }
}
