/// Splits long text into pieces espeak-ng synthesises one at a time, so memory stays bounded.
///
/// Pieces end after sentence punctuation or a line break once they reach `limit` UTF-8 bytes;
/// a single sentence longer than twice the limit is cut at a space.
enum TextPieces {
  /// The pieces of `text`, in order, none empty.
  static func split(_ text: String, limit: Int) -> [String] {
    var pieces: [String] = []
    var current = ""
    var currentBytes = 0
    func flush() {
      let trimmed = current.trimmingWhitespace()
      if !trimmed.isEmpty { pieces.append(trimmed) }
      current = ""
      currentBytes = 0
    }
    for character in text {
      current.append(character)
      currentBytes += character.utf8.count
      let boundary = ".!?;…\n".contains(character)
      if boundary && currentBytes >= limit {
        flush()
      } else if character == " " && currentBytes >= 2 * limit {
        flush()
      }
    }
    flush()
    return pieces
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line breaks.
  fileprivate func trimmingWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
