import Foundation

/// The 4× oversampling interpolator of EBU R128 / ITU-R BS.1770 true-peak metering.
///
/// It uses libebur128's filter (49-tap Hann-windowed sinc, four phases), so its figures agree
/// with a libebur128 meter reading the file, but it can measure any stretch of a buffer on
/// demand, which lets the limiter skip the quiet majority of a program.
enum TruePeakFilter {
  /// Samples of history a measurement needs before its first sample.
  static let history = 12

  /// Phases 1…3 (phase 0 is the sample itself): coefficient per delay 0…11.
  static let phases: [[Float]] = {
    let taps = 49
    let factor = 4
    var phases = [[Float]](repeating: [Float](repeating: 0, count: 13), count: factor)
    for j in 0..<taps {
      let m = Double(j) - Double(taps - 1) / 2
      var c = 1.0
      if abs(m) > 1e-6 { c = sin(m * .pi / Double(factor)) / (m * .pi / Double(factor)) }
      c *= 0.5 * (1 - cos(2 * .pi * Double(j) / Double(taps - 1)))
      if abs(c) > 1e-6 { phases[j % factor][j / factor] = Float(c) }
    }
    return Array(phases.dropFirst())
  }()

  /// The largest sum of absolute coefficients of a phase: true peak ≤ this × sample peak.
  static let bound: Float = phases.map { $0.reduce(0) { $0 + abs($1) } }.max() ?? 2

  /// The largest absolute sample or inter-sample value for samples `range` of `samples`, which
  /// must hold ``history`` samples before `range.lowerBound` (zeros at the start of a stream).
  static func peak(_ samples: UnsafePointer<Float>, _ range: Range<Int>) -> Float {
    var best: Float = 0
    let p1 = phases[0]
    let p2 = phases[1]
    let p3 = phases[2]
    for n in range {
      var a: Float = 0
      var b: Float = 0
      var c: Float = 0
      for t in 0..<13 {
        let x = samples[n - t]
        a += p1[t] * x
        b += p2[t] * x
        c += p3[t] * x
      }
      best = max(best, abs(samples[n]), abs(a), abs(b), abs(c))
    }
    return best
  }

  /// The largest absolute sample value in `range`.
  static func samplePeak(_ samples: UnsafePointer<Float>, _ range: Range<Int>) -> Float {
    var best: Float = 0
    for n in range { best = max(best, abs(samples[n])) }
    return best
  }
}
