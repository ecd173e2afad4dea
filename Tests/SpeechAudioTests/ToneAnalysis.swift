import Foundation

/// Pitch and level measurements on samples read back from files (tests only).
enum ToneAnalysis {
  /// A sine of `frequency` Hz at `amplitude`, `seconds` long.
  static func tone(frequency: Double, seconds: Double, sampleRate: Int, amplitude: Float = 0.5)
    -> [Float]
  {
    let count = Int((seconds * Double(sampleRate)).rounded())
    return (0..<count).map {
      amplitude * Float(sin(2 * Double.pi * frequency * Double($0) / Double(sampleRate)))
    }
  }

  /// The frequency from upward zero crossings (good for a clean sine).
  static func zeroCrossingFrequency(_ samples: ArraySlice<Float>, sampleRate: Int) -> Double {
    var crossings: [Int] = []
    var previous = samples.first ?? 0
    for (i, sample) in zip(samples.indices, samples) {
      if previous < 0 && sample >= 0 { crossings.append(i) }
      previous = sample
    }
    guard let first = crossings.first, let last = crossings.last, crossings.count > 1 else {
      return 0
    }
    return Double(crossings.count - 1) * Double(sampleRate) / Double(last - first)
  }

  /// Goertzel power of `frequency` in `samples` (normalised by length²).
  static func power(_ samples: ArraySlice<Float>, frequency: Double, sampleRate: Int) -> Double {
    let coefficient = 2 * cos(2 * Double.pi * frequency / Double(sampleRate))
    var s1 = 0.0
    var s2 = 0.0
    for sample in samples {
      let s0 = Double(sample) + coefficient * s1 - s2
      s2 = s1
      s1 = s0
    }
    let n = Double(max(samples.count, 1))
    return (s1 * s1 + s2 * s2 - coefficient * s1 * s2) / (n * n)
  }

  /// The strongest frequency between `range` (step `step` Hz) in `samples`.
  static func dominantFrequency(
    _ samples: ArraySlice<Float>, sampleRate: Int, range: ClosedRange<Double> = 200...3_000,
    step: Double = 5
  ) -> Double {
    var best = (frequency: range.lowerBound, power: -1.0)
    for frequency in stride(from: range.lowerBound, through: range.upperBound, by: step) {
      let p = power(samples, frequency: frequency, sampleRate: sampleRate)
      if p > best.power { best = (frequency, p) }
    }
    return best.frequency
  }

  /// Root-mean-square level in dBFS.
  static func rmsDecibels(_ samples: ArraySlice<Float>) -> Double {
    guard !samples.isEmpty else { return -200 }
    let sum = samples.reduce(0.0) { $0 + Double($1) * Double($1) }
    return 10 * log10(max(sum / Double(samples.count), 1e-20))
  }

  /// The index range where the level first rises above and last falls below `threshold`
  /// (absolute sample value).
  static func audibleRange(_ samples: [Float], threshold: Float = 0.05) -> Range<Int>? {
    guard let first = samples.firstIndex(where: { abs($0) > threshold }),
      let last = samples.lastIndex(where: { abs($0) > threshold })
    else { return nil }
    return first..<(last + 1)
  }
}
