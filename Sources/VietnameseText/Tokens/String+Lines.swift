extension String {
  /// The lines of the text, split at "\n" and "\r\n" (one grapheme in Swift); empty lines kept.
  func lines() -> [Substring] {
    split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
  }

  /// The string without leading and trailing white space.
  func trimmingSpaces() -> String {
    let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
    let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
    return String(self[start..<max(start, end)])
  }
}
