/// Reads what ``ByteWriter`` wrote, throwing ``WorkerFrameError/malformed`` past the end.
struct ByteReader {
  private let bytes: [UInt8]
  private var position = 0

  /// A reader at the start of `bytes`.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Bytes not read yet.
  var remaining: Int { bytes.count - position }

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

  /// The next `count` little-endian Float32 values.
  mutating func floats(_ count: Int) throws -> [Float] {
    let slice = try take(count * 4)
    return [Float](unsafeUninitializedCapacity: count) { buffer, initialised in
      slice.withUnsafeBytes { raw in
        #if _endian(little)
          UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
        #else
          for index in 0..<count {
            let bits = raw.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)
            buffer[index] = Float(bitPattern: UInt32(littleEndian: bits))
          }
        #endif
      }
      initialised = count
    }
  }

  /// The next `count` little-endian Int16 values as Float samples (value / 32768, exact).
  mutating func engineSamples(_ count: Int) throws -> [Float] {
    let slice = try take(count * 2)
    let scale: Float = 1.0 / 32768.0
    return [Float](unsafeUninitializedCapacity: count) { buffer, initialised in
      slice.withUnsafeBytes { raw in
        for index in 0..<count {
          let bits = raw.loadUnaligned(fromByteOffset: index * 2, as: Int16.self)
          buffer[index] = Float(Int16(littleEndian: bits)) * scale
        }
      }
      initialised = count
    }
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
