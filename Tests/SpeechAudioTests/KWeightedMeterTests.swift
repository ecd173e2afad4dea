import Foundation
import Testing

@testable import SpeechAudio

/// Loa's own BS.1770 meter against libebur128 on the same samples.
@Suite struct KWeightedMeterTests {
  /// A repeatable signal: tones and noise bursts whose level changes every 0.3 s, with gaps.
  static func signal(seconds: Double, sampleRate: Int, seed: UInt64) -> [Float] {
    var state = seed
    func random() -> Float {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Float(Int64(bitPattern: state >> 11) % 2_000_001) / 1_000_000 - 1
    }
    let count = Int(seconds * Double(sampleRate))
    let piece = Int(0.3 * Double(sampleRate))
    return (0..<count).map { n in
      let part = n / piece
      guard part % 5 != 4 else { return 0 }
      let level = Float(pow(10, -Double((part * 7) % 30) / 20))
      let frequency = Double(90 + 37 * (part % 9))
      let tone = Float(sin(2 * Double.pi * frequency * Double(n) / Double(sampleRate)))
      return 0.5 * level * (part % 2 == 0 ? tone : random())
    }
  }

  static func libebur128(_ samples: [Float], sampleRate: Int) throws -> Double {
    let meter = try LoudnessMeter(sampleRate: sampleRate)
    try samples.withUnsafeBufferPointer { try meter.add($0) }
    return try meter.integratedLoudness()
  }

  @Test(
    "Integrated loudness agrees with libebur128 within 0.02 LU",
    arguments: [
      ("22,050 Hz, 20 s", 22_050, 20.0),
      ("44,100 Hz, 7 s", 44_100, 7.0),
      ("48,000 Hz, 5 s", 48_000, 5.0),
      ("16,000 Hz, 3 s", 16_000, 3.0),
    ])
  func agreesWithLibebur128(label: String, sampleRate: Int, seconds: Double) throws {
    let samples = Self.signal(seconds: seconds, sampleRate: sampleRate, seed: 7)
    var meter = KWeightedMeter(sampleRate: sampleRate)
    // Uneven chunks: the sub-block bookkeeping must not depend on them.
    var start = 0
    var step = 1
    samples.withUnsafeBufferPointer { all in
      while start < all.count {
        let end = min(all.count, start + step)
        meter.add(UnsafeBufferPointer(rebasing: all[start..<end]))
        start = end
        step = step * 3 % 9_973 + 1
      }
    }
    let reference = try Self.libebur128(samples, sampleRate: sampleRate)
    #expect(
      abs(meter.integratedLoudness - reference) < 0.02,
      "\(label): \(meter.integratedLoudness) vs \(reference)")
  }

  @Test("Silence and audio shorter than one gating block measure −70 LUFS")
  func silence() {
    var meter = KWeightedMeter(sampleRate: 22_050)
    let zeros = [Float](repeating: 0, count: 50_000)
    zeros.withUnsafeBufferPointer { meter.add($0) }
    #expect(meter.integratedLoudness == -70)
    var short = KWeightedMeter(sampleRate: 22_050)
    let tone = (0..<8_000).map { Float(sin(Double($0) * 0.1)) * 0.5 }
    tone.withUnsafeBufferPointer { short.add($0) }
    #expect(short.integratedLoudness == -70)
  }

  @Test("Two meters over consecutive parts combine to the whole within 0.05 LU")
  func combinedParts() throws {
    let rate = 22_050
    let samples = Self.signal(seconds: 30, sampleRate: rate, seed: 3)
    let split = 22 * rate / 16_384 * 16_384
    var head = KWeightedMeter(sampleRate: rate)
    var tail = KWeightedMeter(sampleRate: rate)
    samples.withUnsafeBufferPointer { all in
      head.add(UnsafeBufferPointer(rebasing: all[0..<split]))
      tail.add(UnsafeBufferPointer(rebasing: all[split...]))
    }
    let whole = try Self.libebur128(samples, sampleRate: rate)
    let combined = KWeightedMeter.integratedLoudness(of: [head, tail])
    #expect(abs(combined - whole) < 0.05, "\(combined) vs \(whole)")
  }

  /// The K-weighting run the plain way, one sample after the other from the first: what the
  /// meter's lanes must reproduce.
  static func serialEnergies(_ samples: [Float], meter: KWeightedMeter) -> [Double] {
    let (f, h) = (meter.shelf, meter.highPass)
    var (s1, s2, t1, t2, sum) = (0.0, 0.0, 0.0, 0.0, 0.0)
    var energies: [Double] = []
    for (n, sample) in samples.enumerated() {
      let x = Double(sample)
      let y = f.b0 * x + s1
      s1 = f.b1 * x - f.a1 * y + s2
      s2 = f.b2 * x - f.a2 * y
      let z = y + t1
      t1 = -2 * y - h.a1 * z + t2
      t2 = y - h.a2 * z
      sum += z * z
      if (n + 1) % meter.subBlock == 0 {
        energies.append(sum)
        sum = 0
      }
    }
    return energies
  }

  @Test(
    "The lanes reproduce the continuous filter within 1e-8 of each sub-block, for any chunking",
    arguments: [22_050, 48_000])
  func lanesMatchSerialFilter(sampleRate: Int) {
    // 12.35 s: several full frames, a partial one, an incomplete last sub-block; 2 s of
    // silence in the middle (the filter state decays towards denormals there).
    var samples = Self.signal(seconds: 12.35, sampleRate: sampleRate, seed: 11)
    samples.replaceSubrange(
      (4 * sampleRate)..<(6 * sampleRate), with: repeatElement(0, count: 2 * sampleRate))
    var whole = KWeightedMeter(sampleRate: sampleRate)
    var uneven = KWeightedMeter(sampleRate: sampleRate)
    samples.withUnsafeBufferPointer { all in
      whole.add(all)
      var start = 0
      var step = 7
      while start < all.count {
        let end = min(all.count, start + step)
        uneven.add(UnsafeBufferPointer(rebasing: all[start..<end]))
        start = end
        step = step * 5 % 30_011 + 3
      }
    }
    let reference = Self.serialEnergies(samples, meter: whole)
    let lanes = whole.subBlockEnergies
    #expect(lanes.count == samples.count / whole.subBlock)
    #expect(lanes.count == reference.count)
    #expect(uneven.subBlockEnergies == lanes, "the chunking changed the figures")
    let scale = reference.max() ?? 1
    let worst = zip(lanes, reference).map { abs($0 - $1) / max($1, scale * 1e-6) }.max() ?? 0
    #expect(worst < 1e-8, "worst relative difference \(worst)")
  }
}
