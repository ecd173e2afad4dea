import Foundation
import LoaTestSupport
import Testing

@testable import SpeechAudio

/// 16-bit files: `SoundFile` converts Float samples itself, eight at a time, the same way
/// libsndfile scales them (× 32767, clipped, rounded to nearest even, NaN as 0).
@Suite struct SixteenBitConversionTests {
  /// Every step of the 16-bit scale, just under, on and just over each half-way point, plus
  /// clipping, infinities and NaN; an odd count, so both the eight-wide and the one-by-one
  /// paths run.
  static let samples: [Float] = {
    var values: [Float] = []
    for step in stride(from: -32_768, through: 32_767, by: 1) {
      let halfway = (Float(step) + 0.5) / 32_767
      values += [Float(step) / 32_767, halfway.nextDown, halfway, halfway.nextUp]
    }
    values += [1.5, -1.5, 1, -1, .infinity, -.infinity, .nan, 0, -0.0, 3e-5, -3e-5]
    return values
  }()

  /// The conversion one sample at a time, as the scale defines it.
  static func expected(_ sample: Float) -> Int16 {
    guard !sample.isNaN else { return 0 }
    let scaled = min(max(sample * 32_767, -32_768), 32_767)
    return Int16(scaled.rounded(.toNearestOrEven))
  }

  @Test("A WAV file holds each sample converted as the scale defines it")
  func wavSamples() throws {
    let folder = try TemporaryFolder("loa-sixteen")
    defer { folder.remove() }
    let url = folder.file("scale.wav")
    let output = try OutputFile(for: url)
    let file = try SoundFile.openForWriting(
      descriptor: output.descriptor, path: url.path, format: .wav, sampleRate: 22_050)
    // In uneven chunks, so that the eight-wide path starts at different offsets.
    var start = 0
    var size = 1
    try Self.samples.withUnsafeBufferPointer { all in
      while start < all.count {
        let end = min(start + size, all.count)
        try file.write(UnsafeBufferPointer(rebasing: all[start..<end]))
        start = end
        size = size * 3 % 1_001 + 1
      }
    }
    try file.close()
    try output.commit()
    let written = try Self.dataChunk(of: url)
    #expect(written.count == Self.samples.count)
    let wrong = zip(Self.samples, written).filter { Self.expected($0) != $1 }
    #expect(wrong.isEmpty, "first mismatches: \(wrong.prefix(5))")
  }

  /// The 16-bit samples of a WAV file's `data` chunk.
  static func dataChunk(of url: URL) throws -> [Int16] {
    let bytes = [UInt8](try Data(contentsOf: url))
    func word(_ at: Int) -> Int {
      Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16
        | Int(bytes[at + 3]) << 24
    }
    var offset = 12
    while offset + 8 <= bytes.count {
      let size = word(offset + 4)
      if bytes[offset..<(offset + 4)].elementsEqual("data".utf8) {
        return stride(from: offset + 8, to: offset + 8 + size, by: 2).map {
          Int16(bitPattern: UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8)
        }
      }
      offset += 8 + size + size % 2
    }
    return []
  }
}
