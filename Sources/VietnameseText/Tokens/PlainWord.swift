/// The common case of a chunk core: a lower-case Vietnamese word with marks ("thưa", "người").
///
/// Such a word matches no abbreviation, foreign word, unit or number rule (each of those is
/// ASCII, capitalised, one letter, or checked by ``LineExpander/readPlainWord(_:at:_:_:)``), so
/// it is read as written, its tone mark in the modern place. The test is one pass over the
/// UTF-8 bytes, with no `Character` or Unicode property lookup.
enum PlainWord {
  /// Whether `word` is two or more lower-case letters, ASCII or precomposed Vietnamese ones,
  /// at least one of them not ASCII (an ASCII word may be foreign or an abbreviation).
  static func isPlain(_ word: Substring) -> Bool {
    word.utf8.withContiguousStorageIfAvailable(isPlain) ?? false
  }

  /// ``isPlain(_:)`` over the UTF-8 bytes of a word.
  static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var index = 0
    var scalars = 0
    var marked = false
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        guard lead >= 0x61 && lead <= 0x7A else { return false }
        index += 1
      } else if lead >= 0xC2 && lead < 0xE0 {
        guard index + 1 < count else { return false }
        let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        guard WordShape.vietnameseCase(value) == false else { return false }
        marked = true
        index += 2
      } else if lead == 0xE1 {
        guard index + 2 < count else { return false }
        let value =
          0x1000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        guard WordShape.vietnameseCase(value) == false else { return false }
        marked = true
        index += 3
      } else {
        return false
      }
      scalars += 1
    }
    return marked && scalars >= 2
  }
}
