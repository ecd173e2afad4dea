import CSpeechKernels
import Foundation

/// The 4× oversampling interpolator of EBU R128 / ITU-R BS.1770 true-peak metering.
///
/// It uses libebur128's filter (49-tap Hann-windowed sinc, four phases), so its figures agree
/// with a libebur128 meter reading the file, but it measures any stretch of a buffer on demand
/// and eight samples at a time, so per-block peaks for the limiter cost little.
enum TruePeakFilter {
  /// Samples of history a measurement needs before its first sample.
  static let history = 12
  /// Taps per phase.
  static let taps = 13

  /// Phases 1…3 (phase 0 is the sample itself), flattened: `phase * taps + delay`.
  static let coefficients: [Float] = {
    let length = 49
    let factor = 4
    var phases = [[Float]](repeating: [Float](repeating: 0, count: taps), count: factor)
    for j in 0..<length {
      let m = Double(j) - Double(length - 1) / 2
      var c = 1.0
      if abs(m) > 1e-6 { c = sin(m * .pi / Double(factor)) / (m * .pi / Double(factor)) }
      c *= 0.5 * (1 - cos(2 * .pi * Double(j) / Double(length - 1)))
      if abs(c) > 1e-6 { phases[j % factor][j / factor] = Float(c) }
    }
    return Array(phases.dropFirst().joined())
  }()

  /// The largest absolute sample or inter-sample value for samples `range` of `samples`, which
  /// must hold ``history`` samples before `range.lowerBound` (zeros at the start of a stream).
  ///
  /// Eight samples at a time, in C (`loa_true_peak`): compiled for AVX2 as well as the
  /// baseline, the processor's version chosen when the program loads.
  static func peak(_ samples: UnsafePointer<Float>, _ range: Range<Int>) -> Float {
    coefficients.withUnsafeBufferPointer { c in
      loa_true_peak(samples, range.lowerBound, range.upperBound, c.baseAddress)
    }
  }

  /// The sum of squares of `range`.
  static func energy(_ samples: UnsafePointer<Float>, _ range: Range<Int>) -> Float {
    var lanes = SIMD8<Float>(repeating: 0)
    let raw = UnsafeRawPointer(samples)
    let stride = MemoryLayout<Float>.stride
    var n = range.lowerBound
    while n + 8 <= range.upperBound {
      let x = raw.loadUnaligned(fromByteOffset: n * stride, as: SIMD8<Float>.self)
      lanes += x * x
      n += 8
    }
    var sum = lanes.sum()
    while n < range.upperBound {
      sum += samples[n] * samples[n]
      n += 1
    }
    return sum
  }
}
