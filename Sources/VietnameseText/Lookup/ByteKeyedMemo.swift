/// A growing table keyed by UTF-8 bytes, for what one text has already worked out about its
/// words (``WordMemo``): open addressing with linear probing, keys stored back to back.
///
/// Keys compare byte for byte: two spellings of one word are two keys, which costs a second
/// entry, never a wrong answer (each value is a function of the bytes it is stored under).
///
/// A class, so that a lookup reads the storage in place instead of copying (retaining) it. One
/// memo serves one thread, and no access to its storage overlaps another: its properties skip
/// the run-time exclusivity check.
final class ByteKeyedMemo<Value> {
  /// Slot → entry number (or -1).
  @exclusivity(unchecked) private var slots = [Int32](repeating: -1, count: 1024)
  /// Entry `n`'s key is `bytes[starts[n]..<starts[n + 1]]`.
  @exclusivity(unchecked) private var starts = [0]
  @exclusivity(unchecked) private var bytes: [UInt8] = []
  @exclusivity(unchecked) private var values: [Value] = []
  /// The most entries kept; past it new keys are no longer stored.
  let limit: Int

  /// An empty memo keeping at most `limit` entries.
  init(limit: Int) {
    self.limit = limit
  }

  /// The value stored under `key`, or `nil`.
  func value(_ key: UnsafeBufferPointer<UInt8>) -> Value? {
    var slot = ByteHash.of(key) & (slots.count - 1)
    while true {
      let number = Int(slots[slot])
      if number < 0 { return nil }
      if isEntry(number, key) { return values[number] }
      slot = (slot + 1) & (slots.count - 1)
    }
  }

  /// Stores `value` under `key` (a key not stored yet), unless the memo is full.
  func store(_ value: Value, _ key: UnsafeBufferPointer<UInt8>) {
    guard values.count < limit else { return }
    if values.count * 2 >= slots.count { grow() }
    bytes.append(contentsOf: key)
    starts.append(bytes.count)
    values.append(value)
    insert(values.count - 1, hash: ByteHash.of(key))
  }

  private func insert(_ number: Int, hash: Int) {
    var slot = hash & (slots.count - 1)
    while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
    slots[slot] = Int32(number)
  }

  private func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    for number in values.indices {
      let hash = bytes.withUnsafeBufferPointer {
        ByteHash.of(UnsafeBufferPointer(rebasing: $0[starts[number]..<starts[number + 1]]))
      }
      insert(number, hash: hash)
    }
  }

  private func isEntry(_ number: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[number]
    guard starts[number + 1] - start == key.count else { return false }
    for offset in 0..<key.count where bytes[start + offset] != key[offset] { return false }
    return true
  }
}
