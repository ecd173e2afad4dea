import Foundation
import Testing

@testable import LoaStudio

@Suite("SHA-256")
struct SHA256Tests {
  @Test(
    "FIPS 180-4 test vectors",
    arguments: [
      ("empty", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "two blocks", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
    ])
  func vectors(label: String, input: String, expected: String) {
    #expect(SHA256.hex(of: input) == expected, "\(label)")
  }

  @Test("a million 'a's, fed in uneven chunks")
  func millionA() {
    var hasher = SHA256()
    let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 997)
    var fed = 0
    while fed < 1_000_000 {
      let take = min(chunk.count, 1_000_000 - fed)
      hasher.update(chunk[0..<take])
      fed += take
    }
    #expect(
      hasher.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("byte-by-byte feeding gives the same digest as one call")
  func byteByByte() {
    let text =
      "Đài truyền thanh xã Hải Hưng xin kính chào bà con. " + String(repeating: "Loa ", count: 40)
    var hasher = SHA256()
    for byte in Array(text.utf8) { hasher.update([byte]) }
    #expect(hasher.finalizeHex() == SHA256.hex(of: text))
  }

  @Test("a file's digest equals the digest of its bytes")
  func fileDigest() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("loa-sha-\(UUID()).bin")
    let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    var hasher = SHA256()
    hasher.update(bytes)
    #expect(try SHA256.hex(ofFile: url) == hasher.finalizeHex())
  }
}
