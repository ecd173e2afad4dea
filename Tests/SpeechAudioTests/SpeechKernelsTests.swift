import CSpeechKernels
import Foundation
import LoaTestSupport
import Testing

@testable import SpeechAudio

/// The C metering kernels (AVX2 or baseline, whichever this processor runs) give bit for bit
/// what straightforward Swift loops give: the same IEEE operations in the same order.
@Suite struct SpeechKernelsTests {
  /// Noise-like speech levels with loud bursts, silences and denormal-range tails.
  static func signal(count: Int, seed: UInt64) -> [Float] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { n in
      let burst: Float = (n / 3_000) % 5 == 2 ? 0.97 : 0.2
      let silent = (n / 7_000) % 6 == 4
      let value = Float.random(in: -1...1, using: &generator) * burst
      return silent ? value * 1e-33 : value
    }
  }

  /// The true peak one sample at a time: the interpolator's phases as plain sums.
  static func referencePeak(_ samples: [Float], _ range: Range<Int>) -> Float {
    let c = TruePeakFilter.coefficients
    let taps = TruePeakFilter.taps
    var result: Float = 0
    for n in range {
      var a: Float = 0
      var b: Float = 0
      var d: Float = 0
      for t in 0..<taps {
        a += c[t] * samples[n - t]
        b += c[taps + t] * samples[n - t]
        d += c[2 * taps + t] * samples[n - t]
      }
      // Squares and a root, as the eight-wide part compares them.
      let square = max(samples[n] * samples[n], a * a, b * b, d * d)
      result = max(result, square.squareRoot())
    }
    return result
  }

  @Test(
    "loa_true_peak equals the one-sample-at-a-time interpolator bit for bit",
    arguments: [8, 64, 256])
  func truePeak(length: Int) {
    let samples = Self.signal(count: 40_012, seed: 7)
    for start in stride(from: 12, to: samples.count - length, by: 997) {
      let range = start..<(start + length)
      let kernel = samples.withUnsafeBufferPointer { TruePeakFilter.peak($0.baseAddress!, range) }
      let reference = Self.referencePeak(samples, range)
      #expect(kernel.bitPattern == reference.bitPattern, "\(range): \(kernel) vs \(reference)")
    }
  }

  /// Four lanes of BS.1770 K-weighting, each a plain loop over its samples.
  static func referenceLanes(
    _ samples: [Float], perLane: Int, subBlock: Int, shelf f: [Double], highPass h: [Double]
  ) -> [Double] {
    var sums = [Double](repeating: 0, count: (perLane + 1) * 4)
    for lane in 0..<4 {
      var (s1, s2, t1, t2) = (0.0, 0.0, 0.0, 0.0)
      for block in 0...perLane {
        var sum = 0.0
        for n in (block * subBlock)..<((block + 1) * subBlock) {
          let x = Double(samples[n + lane * perLane * subBlock])
          let y = f[0] * x + s1
          s1 = f[1] * x - f[3] * y + s2
          s2 = f[2] * x - f[4] * y
          let z = y + t1
          t1 = -2 * y - h[3] * z + t2
          t2 = y - h[4] * z
          sum += z * z
        }
        sums[block * 4 + lane] = sum
        func flushed(_ state: Double) -> Double { abs(state) < 1e-30 ? 0 : state }
        (s1, s2, t1, t2) = (flushed(s1), flushed(s2), flushed(t1), flushed(t2))
      }
    }
    return sums
  }

  @Test("loa_k_weight_lanes equals four plain filter loops bit for bit")
  func kWeighting() {
    let meter = KWeightedMeter(sampleRate: 22_050)
    let shelf = [meter.shelf.b0, meter.shelf.b1, meter.shelf.b2, meter.shelf.a1, meter.shelf.a2]
    let highPass = [
      meter.highPass.b0, meter.highPass.b1, meter.highPass.b2, meter.highPass.a1,
      meter.highPass.a2,
    ]
    let subBlock = meter.subBlock
    for perLane in [1, 4] {
      let samples = Self.signal(count: subBlock * (1 + 4 * perLane), seed: UInt64(perLane))
      var sums = [Double](repeating: -1, count: (perLane + 1) * 4)
      samples.withUnsafeBufferPointer { input in
        sums.withUnsafeMutableBufferPointer {
          loa_k_weight_lanes(
            input.baseAddress, perLane, subBlock, shelf, highPass, $0.baseAddress)
        }
      }
      let reference = Self.referenceLanes(
        samples, perLane: perLane, subBlock: subBlock, shelf: shelf, highPass: highPass)
      #expect(sums.map(\.bitPattern) == reference.map(\.bitPattern))
      #expect(sums.allSatisfy { $0 >= 0 } && sums.contains { $0 > 0 })
    }
  }
}
