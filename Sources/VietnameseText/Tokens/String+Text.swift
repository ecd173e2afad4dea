extension StringProtocol {
  /// Whether the text is exactly `literal`, byte for byte (the text is NFC after hygiene, the
  /// folded words the rules compare too): much cheaper than `==`, which compares by canonical
  /// equivalence.
  func isBytes(_ literal: StaticString) -> Bool {
    guard utf8.count == literal.utf8CodeUnitCount else { return false }
    return literal.withUTF8Buffer { utf8.elementsEqual($0) }
  }
}

extension Substring {
  /// Whether the text starts with `literal`, byte for byte: for ASCII text (digits, closing
  /// marks), where it agrees with `hasPrefix` and costs no grapheme breaking.
  func hasBytes(prefix literal: StaticString) -> Bool {
    guard utf8.count >= literal.utf8CodeUnitCount else { return false }
    return literal.withUTF8Buffer { utf8.starts(with: $0) }
  }

  /// Whether the text is a dash of a range, "-" or "–".
  var isDash: Bool { isBytes("-") || isBytes("–") }
}

extension Substring {
  /// The lines of the text, split at "\n" and "\r\n" (one grapheme in Swift); empty lines kept.
  func lines() -> [Substring] {
    if let lines = utf8.withContiguousStorageIfAvailable(lines) { return lines }
    return String(self).lines()
  }

  /// ``lines()`` found in the text's UTF-8 bytes.
  private func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Substring] {
    var lines: [Substring] = []
    let base = utf8.startIndex
    func index(_ offset: Int) -> String.Index { utf8.index(base, offsetBy: offset) }
    var start = 0
    for offset in 0..<bytes.count where bytes[offset] == 0x0A {
      var end = offset
      if end > start, bytes[end - 1] == 0x0D { end -= 1 }
      lines.append(self[index(start)..<index(end)])
      start = offset + 1
    }
    lines.append(self[index(start)..<index(bytes.count)])
    return lines
  }
}

extension String {
  /// The lines of the text, split at "\n" and "\r\n" (one grapheme in Swift); empty lines kept.
  func lines() -> [Substring] {
    var text = self
    text.makeContiguousUTF8()
    return text[...].lines()
  }

  /// The string without leading and trailing white space.
  func trimmingSpaces() -> String {
    let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
    let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
    return String(self[start..<max(start, end)])
  }

  /// Every occurrence of `target` replaced (left to right, no overlap).
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
