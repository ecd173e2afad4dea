/// Reads what ``ByteWriter`` wrote, throwing ``WorkerFrameError/malformed`` past the end.
struct ByteReader {
  private let bytes: [UInt8]
  private var position = 0
  /// Where the bytes to read end (a reused buffer may hold more).
  private let end: Int

  /// A reader at the start of `bytes`, reading the first `count` of them (default: all).
  init(_ bytes: [UInt8], count: Int? = nil) {
    self.bytes = bytes
    end = min(bytes.count, count ?? bytes.count)
  }

  /// Bytes not read yet.
  var remaining: Int { end - position }

  /// The next byte.
  mutating func uint8() throws -> UInt8 {
    let slice = try take(1)
    return slice[slice.startIndex]
  }

  /// The next little-endian UInt32.
  mutating func uint32() throws -> UInt32 {
    try integer()
  }

  /// The next little-endian UInt64.
  mutating func uint64() throws -> UInt64 {
    try integer()
  }

  /// The next length-prefixed UTF-8 string.
  mutating func string() throws -> String {
    let count = Int(try uint32())
    return String(decoding: try take(count), as: UTF8.self)
  }

  /// Skips the next `count` bytes; returns where they are.
  mutating func skip(_ count: Int) throws -> Range<Int> {
    let slice = try take(count)
    return slice.startIndex..<slice.endIndex
  }

  private mutating func integer<Value: FixedWidthInteger>() throws -> Value {
    let slice = try take(MemoryLayout<Value>.size)
    let value = slice.withUnsafeBytes { $0.loadUnaligned(as: Value.self) }
    return Value(littleEndian: value)
  }

  private mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
    guard count >= 0, count <= remaining else { throw WorkerFrameError.malformed }
    defer { position += count }
    return bytes[position..<position + count]
  }
}
