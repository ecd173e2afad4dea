/// Streams samples and keeps their true peak (see ``TruePeakFilter``), computing the expensive
/// oversampled value only for blocks loud enough to raise the running maximum.
struct PeakTracker {
  private var buffer: [Float] = []
  /// The true peak so far (linear).
  private(set) var peak: Float = 0

  /// Creates a tracker.
  init() {
    buffer = [Float](repeating: 0, count: TruePeakFilter.history)
  }

  /// Adds samples.
  mutating func add(_ samples: UnsafeBufferPointer<Float>) {
    let history = TruePeakFilter.history
    buffer.removeFirst(buffer.count - history)
    buffer.append(contentsOf: samples)
    let block = 64
    buffer.withUnsafeBufferPointer { all in
      let base = all.baseAddress!
      var start = history
      while start < all.count {
        let end = min(start + block, all.count)
        let samplePeak = TruePeakFilter.samplePeak(base, (start - history)..<end)
        if samplePeak * TruePeakFilter.bound > peak {
          peak = max(peak, TruePeakFilter.peak(base, start..<end))
        }
        start = end
      }
    }
  }

  /// The true peak in dBTP (−200 for silence).
  var decibels: Double {
    peak > 0 ? 20 * log10(Double(peak)) : -200
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
