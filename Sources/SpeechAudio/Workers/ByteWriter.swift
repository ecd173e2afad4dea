/// Appends little-endian integers and length-prefixed strings to a byte array (``WorkerFrame``).
struct ByteWriter {
  /// The bytes written so far.
  var bytes: [UInt8] = []

  /// Appends a fixed-width integer, little-endian.
  mutating func append<Value: FixedWidthInteger>(_ value: Value) {
    var little = value.littleEndian
    withUnsafeBytes(of: &little) { bytes.append(contentsOf: $0) }
  }

  /// Appends a string as its UTF-8 byte count (UInt32) and bytes.
  mutating func append(_ string: String) {
    let utf8 = Array(string.utf8)
    append(UInt32(utf8.count))
    bytes.append(contentsOf: utf8)
  }
}
