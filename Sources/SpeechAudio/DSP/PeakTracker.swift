import Foundation

/// Streams samples and keeps their true peak (see ``TruePeakFilter``), computing the
/// oversampled value only for blocks loud enough to raise the running maximum.
struct PeakTracker {
  private var buffer: [Float]
  /// The true peak so far (linear).
  private(set) var peak: Float = 0

  /// The largest ratio of a true peak to the sample peak around it (sum of |coefficients|).
  private static let bound: Float = {
    let c = TruePeakFilter.coefficients
    let taps = TruePeakFilter.taps
    return (0..<3).map { phase in
      c[(phase * taps)..<((phase + 1) * taps)].reduce(0) { $0 + abs($1) }
    }
    .max() ?? 2
  }()

  /// Creates a tracker for the start of a stream.
  init() {
    buffer = [Float](repeating: 0, count: TruePeakFilter.history)
  }

  /// Adds samples.
  mutating func add(_ samples: UnsafeBufferPointer<Float>) {
    let history = TruePeakFilter.history
    buffer.removeFirst(buffer.count - history)
    buffer.append(contentsOf: samples)
    let block = 64
    let bound = Self.bound
    var peak = self.peak
    buffer.withUnsafeBufferPointer { all in
      let base = all.baseAddress!
      var start = history
      while start < all.count {
        let end = min(start + block, all.count)
        if TruePeakFilter.samplePeak(base, (start - history)..<end) * bound > peak {
          peak = max(peak, TruePeakFilter.peak(base, start..<end))
        }
        start = end
      }
    }
    self.peak = peak
  }

  /// The true peak in dBTP (−200 for silence).
  var decibels: Double {
    peak > 0 ? 20 * log10(Double(peak)) : -200
  }
}
