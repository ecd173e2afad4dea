import Crypto
import Foundation

/// SHA-256, streaming: feed bytes with `update`, read the lowercase hex digest with
/// `finalizeHex`.
///
/// Used for audio-cache keys, program fingerprints and the manifest's file checksums. The
/// digest itself comes from apple/swift-crypto (`Crypto.SHA256`, BoringSSL's implementation on
/// Linux, CryptoKit on Apple platforms); this type only fixes the hex spelling Loa stores and
/// reads files in 64 KiB pieces, so memory stays flat whatever the file's size.
struct SHA256 {
  private var hasher = Crypto.SHA256()

  /// Creates an empty hasher.
  init() {}

  /// The hex digest of `string`'s UTF-8 bytes.
  static func hex(of string: String) -> String {
    var hasher = SHA256()
    var text = string
    text.withUTF8 { hasher.update(UnsafeRawBufferPointer($0)) }
    return hasher.finalizeHex()
  }

  /// The hex digest of a file's contents, read in 64 KiB pieces into one buffer (under
  /// glibc's mmap threshold: no fresh pages per piece, flat memory however large the file).
  static func hex(ofFile url: URL) throws -> String {
    let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code: CocoaError.Code = errno == ENOENT ? .fileReadNoSuchFile : .fileReadUnknown
      throw CocoaError(code, userInfo: [NSFilePathErrorKey: url.path])
    }
    defer { close(descriptor) }
    var hasher = SHA256()
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: url.path])
      }
      if count == 0 { break }
      buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
    }
    return hasher.finalizeHex()
  }

  /// Feeds bytes.
  mutating func update<Bytes: DataProtocol>(_ bytes: Bytes) {
    for region in bytes.regions {
      region.withUnsafeBytes { update($0) }
    }
  }

  /// Feeds the bytes of a buffer.
  mutating func update(_ buffer: UnsafeRawBufferPointer) {
    hasher.update(bufferPointer: buffer)
  }

  /// The lowercase hex digest of everything fed so far (the hasher is spent afterwards).
  mutating func finalizeHex() -> String {
    let digest = hasher.finalize()
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(64)
    digest.withUnsafeBytes { bytes in
      for byte in bytes {
        hex.append(digits[Int(byte >> 4)])
        hex.append(digits[Int(byte & 0x0f)])
      }
    }
    return String(decoding: hex, as: UTF8.self)
  }
}
