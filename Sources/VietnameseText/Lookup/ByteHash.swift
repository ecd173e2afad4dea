/// The hash the byte-keyed tables (``UTF8Table``, the word memo) place words by: FNV-1a over the
/// UTF-8 bytes, folded so the low bits (the slot) depend on all of them.
enum ByteHash {
  /// The hash of `bytes`.
  static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}
