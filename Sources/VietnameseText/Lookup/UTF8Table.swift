/// A read-only table keyed by words and looked up by their UTF-8 bytes: no `String` to build,
/// no Unicode-aware hashing or comparison.
///
/// Swift's `String` keys compare by canonical equivalence, which costs a normalisation check on
/// every non-ASCII hash and comparison. Text made only of scalars below U+0300 and of Latin
/// Extended Additional (U+1E00–U+1EFF, the precomposed Vietnamese letters) has no two
/// canonically equivalent spellings, so there bytes decide exactly; any other text is looked up
/// in the `String`-keyed dictionary the table was made from, with the same answer as before.
///
/// ```swift
/// let table = UTF8Table(["km": "ki lô mét"])
/// table["km"]  // "ki lô mét"
/// ```
final class UTF8Table<Value: Sendable>: Sendable {
  /// Slot → key number (or -1), open addressing with linear probing.
  private let slots: [Int32]
  /// Key `n` is `bytes[starts[n]..<starts[n + 1]]`.
  private let starts: [Int]
  private let bytes: [UInt8]
  private let values: [Value]
  private let mask: Int
  /// The source dictionary, for text outside the byte-exact range.
  private let fallback: [String: Value]

  /// Indexes `dictionary`.
  init(_ dictionary: [String: Value]) {
    fallback = dictionary
    var starts = [0]
    var bytes: [UInt8] = []
    var values: [Value] = []
    var hashes: [Int] = []
    for (key, value) in dictionary {
      let utf8 = Array(key.utf8)
      guard utf8.withUnsafeBufferPointer(Self.isByteExact) else { continue }
      bytes += utf8
      starts.append(bytes.count)
      values.append(value)
      hashes.append(utf8.withUnsafeBufferPointer(ByteHash.of))
    }
    var capacity = 8
    while capacity < values.count * 2 { capacity *= 2 }
    var slots = [Int32](repeating: -1, count: capacity)
    for (number, hash) in hashes.enumerated() {
      var slot = hash & (capacity - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Int32(number)
    }
    self.slots = slots
    self.starts = starts
    self.bytes = bytes
    self.values = values
    mask = capacity - 1
  }

  /// The value for `word`, or `nil`.
  subscript(_ word: Substring) -> Value? {
    word.utf8.withContiguousStorageIfAvailable(find) ?? fallback[String(word)]
  }

  /// The value for `word`, or `nil`.
  subscript(_ word: String) -> Value? {
    self[Substring(word)]
  }

  /// The value for `word` lower-cased; an ASCII word is folded byte by byte, with no `String`.
  func value(lowercasing word: Substring) -> Value? {
    let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Value?? in
      guard bytes.count <= 64, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
        for offset in 0..<bytes.count {
          let byte = bytes[offset]
          buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        return .some(find(UnsafeBufferPointer(buffer)))
      }
    }
    if let ascii, let found = ascii { return found }
    return self[word.lowercased()]
  }

  /// Whether the table has `word`.
  func contains(_ word: Substring) -> Bool { self[word] != nil }

  /// The lookup of a word's UTF-8 bytes.
  private func find(_ word: UnsafeBufferPointer<UInt8>) -> Value? {
    guard Self.isByteExact(word) else { return fallback[String(decoding: word, as: UTF8.self)] }
    var slot = ByteHash.of(word) & mask
    while true {
      let number = Int(slots[slot])
      if number < 0 { return nil }
      if isKey(number, word) { return values[number] }
      slot = (slot + 1) & mask
    }
  }

  /// Whether key `number` is `word`.
  private func isKey(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[number]
    guard starts[number + 1] - start == word.count else { return false }
    for offset in 0..<word.count where bytes[start + offset] != word[offset] { return false }
    return true
  }

  /// Whether every scalar of the UTF-8 text is below U+0300 or in U+1E00–U+1EFF.
  static func isByteExact(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0xCC {
        index += 1
      } else if byte == 0xE1, index + 1 < count, bytes[index + 1] >= 0xB8,
        bytes[index + 1] <= 0xBB
      {
        index += 3
      } else {
        return false
      }
    }
    return true
  }
}
