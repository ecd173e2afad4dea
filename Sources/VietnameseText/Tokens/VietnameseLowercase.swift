/// Lower-casing of Vietnamese text on its UTF-8 bytes, for the byte searches that compare
/// a sentence with lower-case phrases.
///
/// ASCII and the letters of the Vietnamese alphabet with their marks (``WordShape``'s ranges)
/// map as `String.lowercased()` maps them: each capital to its small letter, one scalar to
/// one. Any other scalar is outside the table: the caller then lower-cases the `String`.
enum VietnameseLowercase {
  /// `text.lowercased()`, on its bytes when every scalar is in the table.
  static func lowercased(_ text: Substring) -> String {
    // Lower-case ASCII (most words after a number: "5 km") is already what it would become.
    if text.utf8.allSatisfy({ $0 < 0x80 && ($0 < 0x41 || $0 > 0x5A) }) { return String(text) }
    if let lower = text.utf8.withContiguousStorageIfAvailable(bytes) ?? nil {
      return String(decoding: lower, as: UTF8.self)
    }
    return text.lowercased()
  }

  /// The lower-case UTF-8 of `bytes`, or `nil` when a scalar is outside the table.
  static func bytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        result.append(lead >= 0x41 && lead <= 0x5A ? lead | 0x20 : lead)
        index += 1
        continue
      }
      let length = lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3 : 0
      guard length > 0, index + length <= bytes.count else { return nil }
      var value = UInt32(lead & (length == 2 ? 0x1F : 0x0F))
      for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
      guard let upper = WordShape.vietnameseCase(value) else { return nil }
      if upper { value += value < 0x100 ? 0x20 : 1 }
      append(value, to: &result)
      index += length
    }
    return result
  }

  /// Appends the UTF-8 of `value`, a scalar below U+10000 and above U+007F.
  private static func append(_ value: UInt32, to result: inout [UInt8]) {
    if value < 0x800 {
      result.append(UInt8(0xC0 | value >> 6))
      result.append(UInt8(0x80 | value & 0x3F))
    } else {
      result.append(UInt8(0xE0 | value >> 12))
      result.append(UInt8(0x80 | (value >> 6) & 0x3F))
      result.append(UInt8(0x80 | value & 0x3F))
    }
  }
}
