import CSpeechKernels
import Foundation
import LoaTestSupport
import Testing

@testable import SpeechAudio

/// The C metering kernels (AVX-512, AVX2 or baseline, whichever this processor runs) give bit
/// for bit what straightforward Swift loops give: the same IEEE operations in the same order.
/// Serialized: the AVX-512 switch is global.
@Suite(.serialized) struct SpeechKernelsTests {
  /// Runs `body` with AVX-512 allowed (where the processor has it), then kept to AVX2.
  static func everyWidth(_ body: (Bool) -> Void) {
    for wide in [true, false] {
      let before = loa_kernels_allow_avx512(wide ? 1 : 0)
      defer { _ = loa_kernels_allow_avx512(before) }
      body(wide)
    }
  }

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
    // Whole groups of eight take the vector path, whatever its width.
    let vectorEnd = range.lowerBound + range.count / 8 * 8
    var square: Float = 0
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
      if n < vectorEnd {
        // Squares and a root, as the vector part compares them (squares of values under
        // 1e-19 are 0 there).
        square = max(square, samples[n] * samples[n], a * a, b * b, d * d)
      } else {
        // Absolute values, as the one-at-a-time part after it compares them.
        if n == vectorEnd { result = square.squareRoot() }
        result = max(result, abs(samples[n]), abs(a), abs(b), abs(d))
      }
    }
    return vectorEnd == range.upperBound ? square.squareRoot() : result
  }

  @Test(
    "loa_true_peak equals the one-sample-at-a-time interpolator bit for bit",
    arguments: [8, 13, 24, 45, 64, 256])
  func truePeak(length: Int) {
    Self.everyWidth { truePeak(length: length, wide: $0) }
  }

  private func truePeak(length: Int, wide: Bool) {
    let samples = Self.signal(count: 40_012, seed: 7)
    for start in stride(from: 12, to: samples.count - length, by: 997) {
      let range = start..<(start + length)
      let kernel = samples.withUnsafeBufferPointer { TruePeakFilter.peak($0.baseAddress!, range) }
      let reference = Self.referencePeak(samples, range)
      #expect(
        kernel.bitPattern == reference.bitPattern,
        "\(range), AVX-512 \(wide): \(kernel) vs \(reference)")
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

  /// The filter coefficients of a 22,050 Hz meter, as the kernels take them.
  static func coefficients(_ meter: KWeightedMeter) -> (shelf: [Double], highPass: [Double]) {
    let f = meter.shelf
    let h = meter.highPass
    return ([f.b0, f.b1, f.b2, f.a1, f.a2], [h.b0, h.b1, h.b2, h.a1, h.a2])
  }

  @Test("loa_k_weight_frames equals the plain loops of each of its two frames bit for bit")
  func kWeightingTwoFrames() {
    Self.everyWidth { _ in kWeightingTwoFramesOnce() }
  }

  private func kWeightingTwoFramesOnce() {
    let meter = KWeightedMeter(sampleRate: 22_050)
    let (shelf, highPass) = Self.coefficients(meter)
    let subBlock = meter.subBlock
    let perLane = KWeightedMeter.laneSubBlocks
    let second = subBlock * 4 * perLane
    let samples = Self.signal(count: second + subBlock * (1 + 4 * perLane), seed: 11)
    var first = [Double](repeating: -1, count: (perLane + 1) * 4)
    var next = first
    samples.withUnsafeBufferPointer { input in
      first.withUnsafeMutableBufferPointer { one in
        next.withUnsafeMutableBufferPointer { two in
          loa_k_weight_frames(
            input.baseAddress, second, perLane, subBlock, shelf, highPass, one.baseAddress,
            two.baseAddress)
        }
      }
    }
    let expectedFirst = Self.referenceLanes(
      samples, perLane: perLane, subBlock: subBlock, shelf: shelf, highPass: highPass)
    let expectedNext = Self.referenceLanes(
      Array(samples[second...]), perLane: perLane, subBlock: subBlock, shelf: shelf,
      highPass: highPass)
    #expect(first.map(\.bitPattern) == expectedFirst.map(\.bitPattern))
    #expect(next.map(\.bitPattern) == expectedNext.map(\.bitPattern))
    #expect(first != next)
  }

  /// A meter's sub-block energies as one frame after another gives them: each full frame in
  /// four lanes, then the rest spread over the lanes.
  static func frameByFrame(_ samples: [Float], meter: KWeightedMeter) -> [Double] {
    let (shelf, highPass) = coefficients(meter)
    let subBlock = meter.subBlock
    let input = [Float](repeating: 0, count: subBlock) + samples
    var energies: [Double] = []
    var start = 0
    func lanes(perLane: Int, keeping: Int) {
      var stretch = Array(input[start..<min(input.count, start + subBlock * (1 + 4 * perLane))])
      stretch += [Float](repeating: 0, count: subBlock * (1 + 4 * perLane) - stretch.count)
      let sums = referenceLanes(
        stretch, perLane: perLane, subBlock: subBlock, shelf: shelf, highPass: highPass)
      for lane in 0..<4 {
        for block in 1...perLane where lane * perLane + block <= keeping {
          energies.append(sums[block * 4 + lane])
        }
      }
    }
    while input.count - start >= subBlock * 17 {
      lanes(perLane: 4, keeping: 16)
      start += subBlock * 16
    }
    let whole = (input.count - start - subBlock) / subBlock
    if whole > 0 { lanes(perLane: (whole + 3) / 4, keeping: whole) }
    return energies
  }

  @Test(
    "The meter's sub-block energies are those of one frame after another, bit for bit",
    arguments: [1, 5, 16, 17, 33, 34, 50, 70])
  func meterPairsFrames(subBlocks: Int) {
    Self.everyWidth { _ in meterPairsFramesOnce(subBlocks: subBlocks) }
  }

  private func meterPairsFramesOnce(subBlocks: Int) {
    var meter = KWeightedMeter(sampleRate: 22_050)
    let samples = Self.signal(count: subBlocks * meter.subBlock + 700, seed: UInt64(subBlocks))
    // Handed over in uneven chunks: the figures depend on positions only.
    var position = 0
    var step = 1_000
    while position < samples.count {
      let end = min(samples.count, position + step)
      samples[position..<end].withUnsafeBufferPointer { meter.add($0) }
      position = end
      step = step * 7 % 9_001 + 1
    }
    let expected = Self.frameByFrame(samples, meter: meter)
    #expect(meter.subBlockEnergies.count == subBlocks)
    #expect(meter.subBlockEnergies.map(\.bitPattern) == expected.map(\.bitPattern))
  }

  @Test("loa_ramp equals the plain per-sample gain ramp bit for bit")
  func ramp() {
    let input = Self.signal(count: 5_000, seed: 3)
    for (start, end) in [(0, 5_000), (13, 14), (100, 357), (4_999, 5_000)] {
      let first: Float = 0.73
      let slope: Float = -0.000_41
      var output = [Float](repeating: .nan, count: input.count)
      input.withUnsafeBufferPointer { from in
        output.withUnsafeMutableBufferPointer {
          loa_ramp(from.baseAddress, $0.baseAddress, start, end, first, slope)
        }
      }
      for i in 0..<input.count {
        let expected = (start..<end).contains(i) ? input[i] * (first + slope * Float(i)) : .nan
        #expect(output[i].bitPattern == expected.bitPattern, "\(i) of \(start)..<\(end)")
      }
    }
  }
}
